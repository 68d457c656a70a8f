# tmsh QA: the default profile. Which checks run, at which severity, their options, and examples that
# ProfileExamplesTest runs (and that tmsh runs when it reads a profile of your own).
# Source: tmsh, after the checks of Xbench, Okapi CheckMate and the QA of memoQ and Trados. Licence: tmsh's own.
# Format: tab-separated rows
#   check<TAB>ID<TAB>on|off<TAB>error|warning|info|default   (default: each finding keeps the severity the check gives)
#   severity<TAB>KIND<TAB>error|warning|info                  (one kind of finding, such as missing-term)
#   option<TAB>NAME<TAB>VALUE
#   regex<TAB>ID<TAB>SEVERITY<TAB>target|source|kept<TAB>PATTERN (Java)<TAB>MESSAGE
#   example<TAB>CHECK<TAB>finding|clean<TAB>SRC-LANG<TAB>TGT-LANG<TAB>SOURCE<TAB>TARGET ((none): no target; \s a space, \t a tab)
#     an optional 8th column gives the segment's status as a returned file says it: unconfirmed, rejected, locked
# A profile of your own names only what it changes; everything else stays as here.

check	terms	on	default
check	numbers	on	default
check	dates	on	default
check	codes	on	default
check	untranslated	on	default
check	status	on	default
check	consistency	on	default
check	punctuation	on	default
check	spacing	on	default
check	repeated-words	on	default
check	spelling	on	default
check	initial-case	on	default
check	fixed-tokens	on	default
check	characters	on	default
check	unedited-match	on	default
check	acronyms	on	default
check	negation	on	default
check	length	on	default

# the length check's robust range: median of log(target/source) +- spread x MAD; sources shorter than minChars are not judged
option	length.spread	4
option	length.minChars	20
option	length.minSegments	30
# status: on checks the segments a returned file locks against editing too (off: they are counted, not checked)
option	status.checkLocked	off
# punctuation: on reports a target that adds . or : where the source has no end mark (real translations often do)
option	punctuation.endAdded	off

# numbers and dates by value and locale
example	numbers	clean	de	en	Es kostet 1.500 Euro.	It costs 1,500 euros.
example	numbers	clean	de	en	Der Wert ist 3,5.	The value is 3.5.
example	numbers	clean	de	en	Er kam am 2. November.	He came on November 2.
example	numbers	clean	de	en	Er kam am 2. November.	He came on 2 November.
example	numbers	clean	de	en	Stand: 2.11.2024	As of 11/2/2024
example	numbers	finding	de	en-GB	Stand: 2.11.2024	As of 11/2/2024
example	numbers	finding	de	en	Er kam am 2. November.	He came on November 3.
example	numbers	finding	de	en	Es kostet 1.500 Euro.	It costs 1.5 euros.
example	numbers	finding	en	de	Wait 10 seconds.	Warten Sie 100 Sekunden.
example	numbers	clean	en	de	Click twice on 2 files.	Klicken Sie zweimal auf zwei Dateien.
example	numbers	clean	en	de	Use %1$s or {0} in version 7.4.	Verwenden Sie {0} oder %1$s in Version 7.4.
example	numbers	finding	en	de	Released in 2019.	Veröffentlicht im Jahr 2018.
example	numbers	clean	en	de	Unlike splines, they have zero curvature.	Anders als Splines haben sie eine Krümmung von 0.
example	numbers	clean	de	en	Es gab 0 Fehler.	There were no errors.
example	numbers	finding	de	en	Es gab 0 Fehler.	There were 8 errors.
example	numbers	clean	en	de	The 2nd column is linked.	Die 2. Spalte ist verknüpft.
example	numbers	clean	en	de	A resolution of 300dpi is high.	Eine Auflösung von 300 dpi ist hoch.
example	numbers	finding	de	en	Am 3. Oktober 2025 kam er.	He came on October 4, 2025.
example	numbers	clean	de	en	Am 3. Oktober 2025 kam er.	He came on October 3, 2025.
example	numbers	clean	de	en	Es kostet 1.234,5 Euro.	It costs 1,234.5 euros.
example	numbers	finding	de	en	Es kostet 1.234,5 Euro.	It costs 1.234,5 euros.
example	numbers	finding	de	en	Die Strecke misst 3,5 km.	The track is 3,5 km long.
example	numbers	finding	en	de	The track is 3.5 km long.	Die Strecke misst 3.5 km.
example	numbers	clean	de	en	Am 3.10. kam er zurück.	On 10/3 he came back.
example	numbers	finding	de	en	Am 3.10. kam er zurück.	On 3/10 he came back.
example	numbers	clean	de	en-GB	Am 3.10. kam er zurück.	On 3/10 he came back.
example	numbers	clean	de	en	Er gewann 3/4 der Stimmen.	He won 3/4 of the votes.
example	numbers	clean	en	de	It stands for 1 and 1/8.	Es steht für 1 und 1/8.
example	numbers	finding	de	en	Es kostet 1.500 Euro.	It costs 1.500 euros.
example	numbers	finding	de	en	Er ist 1965 geboren.	He was born in 1956.
example	numbers	finding	de	en	Es sind 45 Prozent.	It is 54 percent.
example	numbers	clean	de	en	Es sind 45 %.	It is 45%.
example	numbers	clean	de	en	Um 14 Uhr.	At 2 pm.
example	numbers	clean	de	en	Um 14:30 Uhr.	At 2:30 p.m.
example	numbers	finding	de	en	Um 14 Uhr.	At 3 pm.
example	numbers	clean	de	en	Von 10 bis 12 Uhr.	From 10 to 12.
example	numbers	clean	de	en	Es kostet 5 Mio. Euro.	It costs 5 million euros.
example	numbers	finding	de	en	Es kostet 5 Milliarden Euro.	It costs 5 million euros.
example	numbers	clean	de	en	Es kostet 2,5 Mrd. Euro.	It costs EUR 2.5bn.
example	numbers	finding	de	en	Das kostet 12 Euro.	That costs $12.
example	numbers	clean	de	en	Der Umsatz stieg auf 2,5 Mio. Euro.	Sales rose to 2.5 million euros.
example	numbers	clean	de	en	Der Umsatz stieg auf 2,5 Mio. Euro.	Sales rose to €2.5m.
example	numbers	clean	de	en	Der Umsatz stieg auf 2,5 Mio. Euro.	Sales rose to 2,500,000 euros.
example	numbers	finding	de	en	Der Umsatz stieg auf 2,5 Mio. Euro.	Sales rose to 2.5 billion euros.
example	numbers	clean	de	en	Die Schulden betragen 3 Mrd. Dollar.	Debts amount to $3bn.
example	numbers	finding	de	en	Die Schulden betragen 3 Mrd. Dollar.	Debts amount to $3 trillion.
example	numbers	clean	de	en	Die Schulden betragen 3 Billionen Dollar.	Debts amount to $3 trillion.
example	numbers	clean	en	de	Sales of 1.2 trillion euros.	Umsatz von 1,2 Bio. Euro.
example	numbers	clean	de	en	Die Quote stieg um 2 Prozentpunkte.	The rate rose by 2 percentage points.
example	numbers	clean	de	en	Die Quote stieg um 2,5 Prozentpunkte.	The rate rose by 2.5 points.
example	numbers	finding	de	en	Die Quote stieg um 2 Prozentpunkte.	The rate rose by 2 percent.
example	numbers	finding	de	en	Die Quote stieg um 2 Prozent.	The rate rose by 2 percentage points.
example	numbers	clean	en	de	Unemployment fell 0.3 percentage points to 5.1%.	Die Arbeitslosigkeit sank um 0,3 Prozentpunkte auf 5,1 Prozent.
example	numbers	finding	en	de	Unemployment fell 0.3 percentage points to 5.1%.	Die Arbeitslosigkeit sank um 0,3 Prozent auf 5,1 Prozent.
example	numbers	clean	de	en	Die Quote liegt bei 45 %.	The rate is 45 per cent.
example	numbers	clean	en	de	That costs €5.	Das kostet 5 Euro.
example	numbers	clean	en	de	That costs €5.	Das kostet EUR 5.
example	numbers	clean	en	de	That costs $5.	Das kostet 5 US-Dollar.
example	numbers	finding	en	de	That costs £5.	Das kostet 5 Euro.
example	numbers	finding	en	de	That costs €5.	Das kostet 6 €.
example	numbers	clean	de	en	Das kostet 12 Euro.	That costs EUR 12.
example	numbers	finding	de	en	Die Strecke ist 5 km lang.	The track is 5 miles long.
example	numbers	clean	en	de	Wait 5 s.	Warten Sie 5 Sekunden.
example	numbers	finding	de	en	Es ist -5 Grad kalt.	It is 5 degrees.
example	numbers	finding	de	en	Er wurde 3. im Rennen.	He came 4th in the race.
example	spacing	finding	en	de	The rate is 45%.	Die Quote liegt bei 45%.
example	spacing	clean	en	de	The rate is 45%.	Die Quote liegt bei 45 %.
example	spacing	finding	de	en	Die Quote liegt bei 45 %.	The rate is 45 %.
example	spacing	clean	de	en	Die Quote liegt bei 45 %.	The rate is 45%.
example	spacing	clean	en	fr	The rate is 45%.	Le taux est de 45 %.
example	spacing	clean	en	de	=EFFECT(9.75%;4) is 10.11 %.	=EFFEKTIV(9,75%;4) ergibt 10,11 %.
example	spacing	clean	en	de	Set the size to 100%/100%.	Setzen Sie die Größe auf 100%/100%.
example	spacing	clean	en	de	Use %d%% as the format.	Verwenden Sie %d%% als Format.
# a weekday beside a date without its year, in the year the file names (here the segment's own full date)
example	dates	finding	en	de	The hearing of March 2, 2026 moves to Tuesday, March 3.	Die Anhörung vom 2. März 2026 wird auf Dienstag, 4. März verlegt.
example	dates	clean	en	de	The hearing of March 2, 2026 moves to Tuesday, March 3.	Die Anhörung vom 2. März 2026 wird auf Dienstag, 3. März verlegt.
example	dates	clean	en	de	The hearing of March 2, 2027 moves to Tuesday, March 3.	Die Anhörung vom 2. März 2027 wird auf Dienstag, 4. März verlegt.
# OmegaT's fuzzy prefix left in a target (the file's own states and match rates: ReturnedFilesTest)
example	unedited-match	finding	en	de	Save the file.	[fuzzy]Speichern Sie die Dateien.
example	unedited-match	clean	en	de	Save the file.	Speichern Sie die Datei.
example	unedited-match	clean	en	de	[fuzzy] is OmegaT's prefix.	[fuzzy] ist das Präfix von OmegaT.
# spelled numbers compared by value (ICU's spell-out rules read numbers of several parts)
example	numbers	finding	en	de	Make three copies.	Machen Sie vier Kopien.
example	numbers	clean	en	de	Make three copies.	Machen Sie drei Kopien.
example	numbers	finding	en	de	About two thousand users.	Etwa dreitausend Benutzer.
example	numbers	clean	en	de	About two thousand users.	Etwa 2.000 Benutzer.
example	numbers	clean	en	de	About 2,000 users.	Etwa zweitausend Benutzer.
example	numbers	finding	en	de	About 3,000 users.	Etwa zweitausend Benutzer.
example	numbers	clean	en	de	Twenty-five files were saved.	Fünfundzwanzig Dateien wurden gespeichert.
example	numbers	clean	de	en	Fünfundzwanzig Dateien wurden gespeichert.	25 files were saved.
example	numbers	clean	en	de	News at half past two.	Nachrichten um halb drei.
# a month the other side abbreviates ("mid-Oct.") is the dates check's to compare, not a number missing
example	numbers	clean	en	de	X11 video window (vote mid-Oct.)	X11-Videofenster (Abstimmung Mitte Oktober)
example	numbers	finding	en	de	X11 video window (vote mid-Oct.)	X11-Videofenster (Abstimmung Mitte November)
# "a thousand", "a hundred and fifty" (the article stands for one); a number with a half ("two and a half",
# "zweieinhalb", "eineinhalb", "anderthalb") by value
example	numbers	clean	en	de	About a thousand users.	Etwa 1.000 Benutzer.
example	numbers	clean	en	de	About a thousand users.	Etwa tausend Benutzer.
example	numbers	finding	en	de	About a thousand users.	Etwa zweitausend Benutzer.
example	numbers	clean	en	de	It took a hundred and fifty days.	Es dauerte 150 Tage.
example	numbers	finding	en	de	It took a hundred and fifty days.	Es dauerte 250 Tage.
example	numbers	clean	en	de	It took one and a half hours.	Es dauerte eineinhalb Stunden.
example	numbers	clean	en	de	It took one and a half hours.	Es dauerte anderthalb Stunden.
example	numbers	clean	en	de	It took one and a half hours.	Es dauerte 1,5 Stunden.
example	numbers	finding	en	de	It took one and a half hours.	Es dauerte zweieinhalb Stunden.
example	numbers	finding	en	de	It took two and a half hours.	Es dauerte drei Stunden.
example	numbers	clean	de	en	Es dauerte zweieinhalb Stunden.	It took two and a half hours.
example	numbers	finding	de	en	Es dauerte anderthalb Stunden.	It took two and a half hours.
example	numbers	clean	de	en	Es dauerte dreieinhalb Jahre.	It took 3.5 years.
example	numbers	finding	en	de	See chapter IV.	Siehe Kapitel V.
example	numbers	clean	en	de	See chapter IV.	Siehe Kapitel 4.
example	numbers	clean	en	de	I saw a CD in chapter XII.	Ich sah eine CD in Kapitel XII.
example	numbers	finding	en	de	France grew under Louis V.	Frankreich wuchs unter Ludwig X.
example	numbers	finding	de	en	Elisabeth II. besuchte Berlin.	Queen Elizabeth I visited Berlin.
example	numbers	finding	de	en	Unter Ludwig XIV. wuchs Frankreich.	France grew under Louis XV.
example	numbers	clean	en	de	France grew under Louis XIV and Charles X.	Frankreich wuchs unter Ludwig XIV. und Karl X.
example	numbers	clean	de	en	Gestern sagte Ludwig, Teil II. fehle.	Yesterday I said that Louis II was missing.
example	numbers	clean	en	de	Press Ctrl V, then choose Option X.	Drücken Sie Strg V und wählen Sie Option X.
example	numbers	clean	de	en	Die Reform gilt 2020-2024.	The reform applies 2020-24.
example	numbers	finding	de	en	Die Reform gilt 2020-2024.	The reform applies 2020-25.
example	numbers	clean	en	de	The 1998-02 term.	Die Amtszeit 1998–2002.
example	numbers	clean	de	en	Rund zwei Millionen Menschen flohen.	Around 2 million people fled.
example	numbers	finding	de	en	Rund zwei Millionen Menschen flohen.	Around 3 million people fled.
example	numbers	finding	de	en	Die Inflation lag bei zwei Prozent.	Inflation was 3 per cent.
# dates in words: weekdays, months without a day, decades, time zones (dates check); ranges, ordinal days, clock words (numbers)
example	dates	finding	de	en	Am Dienstag trifft er den Kanzler.	On Wednesday he meets the chancellor.
example	dates	clean	de	en	Am Dienstag trifft er den Kanzler.	On Tuesday he meets the chancellor.
example	dates	finding	de	en	Im Frühjahr 2024 wurde gewählt.	Elections were held in autumn 2024.
example	dates	finding	en	de	Parliament resumes in the fall.	Das Parlament tagt wieder im Frühjahr.
example	dates	finding	de	en	Die Sommerpause endet.	The winter recess ends.
example	dates	clean	de	en	Im Spätsommer 2024 wurde gewählt.	Elections were held in late summer 2024.
example	dates	clean	en	de	Prices fall in spring.	Die Preise sinken im Frühling.
example	dates	clean	de	en	Im Frühjahr wurde gewählt.	Elections were held in March.
example	dates	finding	de	en	Im Herbst wurde gewählt.	Elections were held in March.
example	dates	clean	en	de	The Arab Spring began in the winter of 2010.	Der Arabische Frühling begann im Winter 2010.
example	dates	clean	de	en	Der 09.05.0658 ist ein Datum mit dreistelligem Jahr.	The 09.05.0658 is a date with a three-digit year.
example	dates	clean	de	en	0105-08-31 ergibt WAHR.	0105-08-31 returns TRUE.
example	dates	clean	de	en	Am Dienstagabend sprach er.	He spoke on Tuesday evening.
example	dates	finding	en	de	On Wednesday, May 6, he spoke.	Am Donnerstag, 6. Mai, sprach er.
example	dates	clean	en	de	On Wednesday, May 6, he spoke.	Am Mittwoch, dem 6. Mai, sprach er.
example	dates	finding	de	en	Im März wird gewählt.	The election is in May.
example	dates	clean	de	en	Im März wird gewählt.	The election is in March.
example	dates	finding	de	en	Anfang Juni tagt der Rat.	The council meets in early July.
example	dates	clean	de	en	Anfang Juni tagt der Rat.	The council meets in early June.
example	dates	clean	en	de	May I ask a question?	Darf ich eine Frage stellen?
example	dates	clean	en	de	May 3 is the day.	Der 3. Mai ist der Tag.
example	dates	clean	de	en	Am 3.10.2025 kam er.	He came on October 3, 2025.
example	dates	clean	en	de	In Sept. the talks resume.	Im September gehen die Gespräche weiter.
example	dates	finding	en	de	In Sept. the talks resume.	Im Oktober gehen die Gespräche weiter.
example	dates	finding	de	en	Die 1990er Jahre waren ruhig.	The 1980s were quiet.
example	dates	clean	de	en	Die 1990er Jahre waren ruhig.	The 1990s were quiet.
example	dates	clean	en	de	In the 1980s it grew.	In den 80er Jahren wuchs es.
example	dates	clean	en	de	In the '80s it grew.	In den Achtzigerjahren wuchs es.
example	dates	finding	en	de	In the 1980s it grew.	In den 1970er-Jahren wuchs es.
example	dates	finding	de	en	Um 14 Uhr MEZ beginnt es.	It starts at 2 pm GMT.
example	dates	clean	de	en	Um 14 Uhr MEZ beginnt es.	It starts at 2 pm CET.
example	dates	clean	de	en	Um 14 Uhr Ortszeit beginnt es.	It starts at 2 pm local time.
example	dates	clean	de	en	Um 14 Uhr MEZ beginnt es.	It starts at 8 a.m. EST.
example	dates	finding	de	en	Um 14 Uhr MEZ beginnt es.	It starts at 9 a.m. EST.
example	numbers	clean	de	en	Um 14 Uhr MEZ beginnt es.	It starts at 8 a.m. EST.
example	numbers	finding	de	en	Um 14 Uhr MEZ beginnt es.	It starts at 9 a.m. EST.
example	numbers	clean	en	de	Live at 2 p.m. GMT.	Live um 15 Uhr MEZ.
example	dates	clean	de	en	Um halb drei MEZ beginnt es.	It starts at 8:30 a.m. EST.
example	dates	clean	en	de	The vote is on Tuesday, March 3, 2026.	Die Abstimmung ist am Dienstag, 3. März 2026.
example	dates	clean	en	de	The vote is on Tuesday, 3 March 2026.	Die Abstimmung ist am Dienstag, dem 03.03.2026.
example	dates	finding	en	de	The vote is on Tuesday, March 3, 2026.	Die Abstimmung ist am Dienstag, 4. März 2026.
example	dates	finding	de	en	Die Abstimmung ist am 3.3.2026, einem Dienstag.	The vote is on March 3, 2026, a Monday.
example	dates	finding	en	de	The vote is on Tuesday, March 4, 2026.	Die Abstimmung ist am Dienstag, 4. März 2026.
example	dates	finding	en	de	The vote is on Tuesday, March 4, 2026.	Die Abstimmung ist am Mittwoch, 4. März 2026.
example	dates	clean	de	en	Gestern tagte der Rat.	On Tuesday the council met.
example	dates	clean	en	de	Yesterday the council met.	Am Dienstag tagte der Rat.
example	dates	clean	de	en	Im vergangenen Monat stieg der Preis.	In May the price rose.
example	dates	clean	en	de	Next week the council meets.	Nächste Woche tagt der Rat.
example	dates	finding	de	en	Anfang Juni tagt der Rat.	The council meets in late June.
example	dates	clean	de	en	Mitte Juni tagt der Rat.	The council meets in mid-June.
example	dates	clean	de	en	Mitte Juni tagt der Rat.	The council meets in the middle of June.
example	dates	clean	de	en	Ende Juni tagt der Rat.	The council meets at the end of June.
example	dates	finding	de	en	Ende Juni tagt der Rat.	The council meets in early June.
example	dates	finding	de	en	Ende Juni tagt der Rat.	The council meets in June.
example	dates	clean	de	en	Ende 2025 tagt der Rat.	The council meets in late 2025.
example	dates	finding	de	en	Ende 2025 tagt der Rat.	The council meets in early 2025.
example	dates	clean	de	en	Anfang des Jahres 2026 tagt der Rat.	The council meets at the beginning of 2026.
example	dates	clean	de	en	Mitte der 1990er Jahre wuchs es.	It grew in the mid-1990s.
example	dates	finding	de	en	Mitte der 1990er Jahre wuchs es.	It grew in the late 1990s.
example	dates	clean	de	en	In den frühen Achtzigerjahren wuchs es.	It grew in the early eighties.
example	dates	clean	en	de	Late in the evening he spoke.	Spät am Abend sprach er.
example	dates	finding	en	de	The vote was the day before yesterday.	Die Abstimmung war gestern.
example	dates	finding	de	en	Die Sitzung findet übernächste Woche statt.	The session takes place next week.
example	dates	finding	en	de	Last year, turnout fell.	Im nächsten Jahr sank die Beteiligung.
example	dates	clean	en	de	Last year, turnout fell; next year it may rise.	Im Vorjahr sank die Beteiligung; im kommenden Jahr könnte sie steigen.
example	dates	clean	de	en	Die Sitzung fand am Vortag statt, heute wird abgestimmt.	The session took place the day before, today there is a vote.
example	dates	clean	en	de	The vote was yesterday.	Die Abstimmung war am Dienstag.
example	numbers	finding	de	en	Vom 3. bis 5. März tagt der Rat.	The council meets March 3-6.
example	numbers	clean	de	en	Vom 3. bis 5. März tagt der Rat.	The council meets March 3-5.
example	numbers	clean	en	de	The council meets March 3 to 5, 2026.	Der Rat tagt vom 3. bis zum 5. März 2026.
example	numbers	finding	en	de	The council meets March 3-5.	Der Rat tagt vom 3. bis 6. März.
example	numbers	clean	en	de	On the third of March he left.	Am 3. März ging er.
example	numbers	finding	en	de	On the third of March he left.	Am 4. März ging er.
example	numbers	clean	de	en	Am dritten März ging er.	He left on March 3.
example	numbers	finding	en	de	On Sept. 3 he left.	Am 3. Okt. ging er.
example	numbers	clean	en	de	On Sept. 3 he left.	Am 3. Sept. ging er.
example	numbers	clean	de	en	Um halb drei beginnt es.	It starts at 2:30.
example	numbers	clean	de	en	Um halb drei beginnt es.	It starts at 2:30 p.m.
example	numbers	finding	de	en	Um halb drei beginnt es.	It starts at 3:30.
example	numbers	clean	de	en	Um Viertel nach drei beginnt es.	It starts at a quarter past three.
example	numbers	finding	de	en	Um Viertel vor drei beginnt es.	It starts at a quarter past three.
example	numbers	clean	de	en	Um Viertel vor drei beginnt es.	It starts at 2:45.
example	numbers	clean	en	de	He has been in office since '98.	Er ist seit 1998 im Amt.
example	numbers	clean	de	en	Der Sommer ’89 war heiß.	The summer of 1989 was hot.
example	numbers	finding	en	de	He has been in office since '98.	Er ist seit 1999 im Amt.
example	numbers	finding	en	de	A fine of 104 Swiss francs.	Eine Strafe von 104 Pfund.
example	numbers	finding	en	de	An area of 40 hectares.	Eine Fläche von 40 Quadratmetern.
example	numbers	clean	en	de	An area of 40 square metres.	Eine Fläche von 40 m².
example	numbers	clean	en	de	A loss of 3 billion roubles.	Ein Verlust von 3 Milliarden Rubel.
example	numbers	finding	en	de	Three quarters of the members voted.	Die Hälfte der Mitglieder stimmte ab.
example	numbers	finding	de	en	Zwei Drittel der Stimmen wurden ausgezählt.	A third of the votes were counted.
example	numbers	finding	en	de	The motion needs a two-thirds majority.	Der Antrag braucht eine Dreiviertelmehrheit.
example	numbers	finding	en	de	¾ of the members voted.	Ein Viertel der Mitglieder stimmte ab.
example	numbers	clean	en	de	1/2 of the members voted.	Die Hälfte der Mitglieder stimmte ab.
example	numbers	clean	en	de	Half an hour later, at half past two, two and a half hours of debate began.	Eine halbe Stunde später, um halb drei, begannen zweieinhalb Stunden Debatte.
example	numbers	clean	en	de	He was elected for a third term.	Er wurde für eine dritte Amtszeit gewählt.
example	numbers	finding	en	de	The party was founded in nineteen ninety-eight.	Die Partei wurde 1997 gegründet.
example	numbers	clean	en	de	The party was founded in twenty twenty-one.	Die Partei wurde 2021 gegründet.
example	numbers	finding	de	en	Die Partei wurde zweitausendzwanzig gegründet.	The party was founded in 2021.
example	numbers	clean	de	en	Die Partei wurde neunzehnhundertachtundneunzig gegründet.	The party was founded in 1998.
# spelling: a source word the target takes over and inflects (loanwords.txt)
example	spelling	clean	en	de	The rendered image is encoded.	Das gerenderte Bild wird encodiert.
example	spelling	clean	en	de	Enter an octal number.	Geben Sie eine oktale Zahl ein.
example	spelling	clean	en	de	Returns a polynomial trend.	Gibt einen polynomischen Trend zurück.
example	spelling	finding	en	de	Enter the length.	Geben Sie die Lenght ein.
example	spelling	clean	en	de	Choose the subtitle decoder.	Wählen Sie den Untertiteldekoder.
example	spelling	clean	en	de	Switch to drag mode.	Wechseln Sie in den Dragmodus.
example	spelling	finding	en	de	Switch to drag mode.	Wechseln Sie in den Dragmodsu.
# initial-case: a sentence inside the target that opens in lower case
example	initial-case	finding	en	de	Save the file. Then close it.	Speichern Sie die Datei. dann schließen Sie sie.
example	initial-case	clean	en	de	Fruit, vegetables, etc. are sold.	Obst, Gemüse usw. werden verkauft.
example	initial-case	clean	en	de	See the manual. It helps.	Siehe Handbuch. Es hilft.
# spelling (Hunspell dictionaries of the system; a language without one is not checked) and the first letter's case
example	spelling	finding	de	en	Die Regierung tagt.	The goverment meets.
example	spelling	clean	de	en	Die Regierung tagt.	The government meets.
example	spelling	clean	de	en	Lawrow traf Merz in Moskau.	Lavrov met Merz in Moscow.
example	spelling	clean	de	en	Die NATO und LibreOffice.	NATO and LibreOffice.
example	spelling	finding	en	de	The government meets.	Die Regirung tagt.
example	spelling	clean	de	en	Die Delegation reiste nach Moskau.	The delegation travelled to Moscow.
example	spelling	finding	de	en-US	Die Farbe der Organisation.	The colour of the organization.
example	spelling	clean	en	de	The stream handler starts.	Der Streamhandler startet.
example	spelling	clean	en	de	The coalition talks go on.	Die Koalitionsverhandlungen gehen weiter.
example	spelling	clean	en	de	The CDU leader spoke.	Der CDU-Vorsitzende sprach.
example	spelling	clean	en	de	Invoice or check number	Rechnungs- oder Schecknummer
example	spelling	finding	en	de	Invoice or check number	Rechnugns- oder Schecknummer
example	spelling	clean	en	de	Input/output	Ein-/Ausgabe
example	spelling	finding	en	de	Input/output	Ein-/Ausgbae
example	spelling	clean	en	de	Cell value (incl.)	Zellwert (inkl.)
example	spelling	clean	en	de	Create a Bezier path	Einen Bézier-Pfad erstellen
example	spelling	clean	en	de	The eraser is ready.	Der Radierer ist bereit.
example	spelling	clean	en	de	Masking the layer	Maskierung der Ebene
example	spelling	finding	en	de	Masking the layer	Maksierung der Ebene
example	spelling	clean	en	de	Sardinian and Occitan	Sardisch und Okzitanisch
example	spelling	clean	en	de	Search term	Suchbegriff
example	spelling	clean	en	de	The visually impaired	Die Sehbehinderten
example	spelling	clean	en	de	Drag it along	Es nachzuschleppen
example	spelling	clean	en	de	Get List _Usage Information	⟨1⟩Ben⟨/1⟩_utzungsinformationen der Liste abrufen
example	spelling	finding	en	de	Get List _Usage Information	⟨1⟩Ben⟨/1⟩_uztungsinformationen der Liste abrufen
example	spelling	clean	en	de	A 3D view, tenfold	Eine 3D-Ansicht, 10-fach
example	spelling	finding	en	de	A 3D view, tenfold	Eine 3D-Ansihct, 10-fach
example	initial-case	finding	de	en	Die Regierung tagt.	the government meets.
example	initial-case	clean	de	en	Die Regierung tagt.	The government meets.
example	initial-case	clean	en	de	the government meets	Die Regierung tagt
example	initial-case	clean	en	de	the current time	Die aktuelle Zeit
example	initial-case	finding	en	de	Save the file first.	speichern Sie zuerst die Datei.
example	initial-case	clean	en	de	Search backwards	rückwärts suchen
example	initial-case	finding	en	de	Search backwards	rückwärts
example	initial-case	clean	en	de	government meeting	Regierungssitzung
example	initial-case	clean	de	en	Haus und Hof	house and home
example	initial-case	clean	en	de	iPhone sales rose.	Die iPhone-Verkäufe stiegen.
example	initial-case	clean	de	en	Das iPhone verkauft sich.	iPhone sales rose.
example	initial-case	clean	de	en	… und dann kam er.	… and then he came.
# inline codes
example	codes	finding	de	en	Das ist ⟨1⟩wichtig⟨/1⟩.	This is important.
example	codes	finding	de	en	Siehe Seite ⟨1/⟩.	See page ⟨1/⟩ and ⟨2/⟩.
example	codes	finding	de	en	Das ist ⟨1⟩wichtig⟨/1⟩.	This is ⟨/1⟩important⟨1⟩.
example	codes	finding	de	en	⟨1⟩a ⟨2⟩b⟨/2⟩⟨/1⟩	⟨1⟩a⟨/1⟩ ⟨2⟩b⟨/2⟩
example	codes	clean	de	en	⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Putin⟨/2⟩.	⟨2⟩Putin⟨/2⟩ met ⟨1⟩Lavrov⟨/1⟩.
example	codes	finding	en	de	Delete %s?	Löschen?
example	codes	clean	en	de	Delete %s?	%s löschen?
# untranslated and empty targets
example	untranslated	finding	en	de	Open the file menu.	Open the file menu.
example	untranslated	finding	en	de	Open the file menu.	(none)
example	untranslated	clean	en	de	LibreOffice Calc	LibreOffice Calc
example	untranslated	clean	en	de	SUM(A1:B2)	SUM(A1:B2)
example	untranslated	clean	en	de	Open the file menu.	Öffnen Sie das Menü Datei.
# consistency needs two segments; one pair alone is always consistent
example	consistency	clean	en	de	Save the file.	Speichern Sie die Datei.
# punctuation
example	punctuation	finding	en	de	Save the file.	Speichern Sie die Datei..
example	punctuation	finding	en	de	Red, green and blue.	Rot,, Grün und Blau.
example	punctuation	clean	en	de	Wait...	Warten Sie...
example	punctuation	finding	en	de	Save the file.	Speichern Sie die Datei
example	punctuation	finding	en	de	Save the file?	Speichern Sie die Datei.
example	punctuation	clean	en	de	Save the "file".	Speichern Sie die „Datei“.
example	punctuation	finding	en	de	Save the "file".	Speichern Sie die “Datei”.
example	punctuation	finding	en	de	Save (all) files.	Alle (Dateien speichern.
example	punctuation	clean	en	de	Wait...	Warten Sie …
example	punctuation	clean	de	en	Er sagte: »Nein.«	He said: “No.”
example	punctuation	clean	en	de	Set the encoding used in subtitles	Stellt die in Untertiteln benutzte Codierung ein.
example	punctuation	clean	en	de	To Define a Condition	So definieren Sie eine Bedingung:
example	punctuation	finding	en	de	To Define a Condition	So definieren Sie eine Bedingung?
example	punctuation	clean	en	de	Replace named parameters with ?	Benannte Parameter durch ? ersetzen
example	punctuation	clean	en	de	(The password can be empty)	(Das Kennwort kann leer sein.)
example	punctuation	finding	en	de	(The password can be empty.)	(Das Kennwort kann leer sein?)
example	punctuation	clean	de	en	Er kam am 3. Oktober.	He came on 3 October.
example	punctuation	clean	en	de	See chapter 3, etc.	Siehe Kapitel 3 usw.
example	punctuation	finding	de	en	Er sagte: „Nein.“	He said: „No.“
# spacing
example	spacing	finding	en	de	Save the file. Then close it.	Speichern Sie die Datei.Dann schließen Sie sie.
example	spacing	finding	en	de	Red, green and blue.	Rot,grün und blau.
example	spacing	clean	en	de	Open index.html in Writer.	Öffnen Sie index.html in Writer.
example	spacing	clean	en	de	Call object.Method() here.	Rufen Sie object.Method() hier auf.
example	spacing	finding	en	de	Save the file.	Speichern Sie\s\sdie Datei.
example	spacing	finding	en	de	Save the file.	Speichern Sie die Datei ?
example	spacing	clean	de	fr	Warum?	Pourquoi ?
example	spacing	finding	de	fr	Warum?	Pourquoi?
example	spacing	finding	en	de	\sSave	Speichern
example	spacing	clean	en	de	Time: 12:30	Zeit: 12:30
# repeated words
example	repeated-words	finding	de	en	Er sah das Haus.	He saw the the house.
example	repeated-words	clean	de	en	Er sagte, dass das gut ist.	He said that that is good.
example	repeated-words	clean	de	en	Er sah das Haus.	He saw the house.
# damaged characters: UTF-8 read as Windows-1252, the replacement character, control characters
example	characters	finding	en	de	Size of the file	GrÃ¶ÃŸe der Datei
example	characters	finding	en	de	It's done.	Es ist fertigâ€œ.
example	characters	finding	en	de	Size of the file	Gr��e der Datei
example	characters	clean	en	de	Size of the file	Größe der Datei
example	characters	clean	en	de	The "street"	Die „Straße“
example	characters	clean	en	fr	The price is 20 °C.	Le prix : 20 °C à Paris.
example	characters	clean	en	de	The code GrÃ¶ÃŸe is shown.	Der Code GrÃ¶ÃŸe wird gezeigt.
# URLs, e-mail addresses, hashtags, handles
example	fixed-tokens	finding	en	de	See https://example.org/help.	Siehe https://example.org/hilfe.
example	fixed-tokens	clean	en	de	See https://example.org/help.	Siehe https://example.org/help.
example	fixed-tokens	finding	en	de	Write to info@example.org.	Schreiben Sie an info@beispiel.de.
example	fixed-tokens	finding	en	de	Follow @tmsh_app and #translation.	Folgen Sie @tmsh_app und #Übersetzung.
# acronyms and CamelCase
example	acronyms	finding	en	de	Export as PDF.	Als Dokument exportieren.
example	acronyms	clean	en	de	Open LibreOffice documents.	Öffnen Sie LibreOffice-Dokumente.
example	acronyms	clean	en	de	IMPORTANT NOTE	WICHTIGER HINWEIS
example	acronyms	clean	de	en	Die DVRK und die USA.	The DPRK and the U.S.
example	acronyms	finding	en	de	Export as PDF.	Als Pdf exportieren.
example	acronyms	finding	en	de	Open it in LibreOffice Writer.	Öffnen Sie es in Libreoffice Writer.
example	acronyms	finding	en	de	Use HTTP proxies.	Http-Proxys verwenden.
example	acronyms	clean	en	de	Open the dBASE file.	Öffnen Sie die dBase-Datei.
example	acronyms	clean	de	en	Die UNO und die Nato tagen.	The UN and NATO meet.
example	acronyms	clean	en	de	The UN and NATO meet.	Die UNO und die Nato tagen.
example	acronyms	clean	en	de	The EU, the FBI and the CDU.	Die EU, das FBI und die CDU.
example	acronyms	finding	de	en	Der BND und die AfD.	The agency and the party.
example	acronyms	clean	de	en	Der BND und die AfD.	The BND and the AfD.
example	acronyms	clean	en	de	Press CTRL and ESCAPE.	Drücken Sie Strg und Esc.
example	acronyms	clean	de	en	Sein erster Besuch in der UdSSR.	His first visit to the Union of Soviet Socialist Republics.
example	acronyms	finding	de	en	Sein erster Besuch in der UdSSR.	His first visit to the country.
example	acronyms	clean	en	de	Use AGGREGATE(Function; Array).	Verwenden Sie AGGREGAT(Funktion; Matrix).
example	negation	finding	en	de	The bill was not passed.	Das Gesetz wurde verabschiedet.
example	negation	finding	en	de	There is no agreement yet.	Es gibt bereits eine Einigung.
example	negation	finding	de	en	Der Minister ist nicht zurückgetreten.	The minister has resigned.
example	negation	finding	en	de	The talks will continue.	Die Gespräche werden nicht fortgesetzt.
example	negation	finding	en	de	The court hasn't ruled.	Das Gericht hat entschieden.
example	negation	clean	en	de	The bill was not passed.	Das Gesetz wurde nicht verabschiedet.
example	negation	clean	en	de	No decision was reached.	Es wurde keine Entscheidung getroffen.
example	negation	clean	en	de	The value is not valid.	Der Wert ist ungültig.
example	negation	finding	de	en	Die Vereinigten Staaten haben den Vertrag nicht unterzeichnet.	The United States has signed the treaty.
example	negation	finding	en	de	The accident was not reported.	Der Unfall wurde gemeldet.
example	negation	clean	en	de	The figures are not clear.	Die Zahlen sind unklar.
example	negation	clean	en	de	Function not known	Unbekannte Funktion
example	negation	clean	en	de	Whether or not to show the grid.	Legt fest, ob das Raster angezeigt wird.
example	negation	clean	en	de	The service is free of charge.	Der Dienst ist kostenlos.
example	negation	clean	en	de	Counts the non-empty cells.	Zählt die nicht leeren Zellen.
example	negation	clean	en	de	The file is missing.	Die Datei ist nicht vorhanden.
example	negation	clean	de	en	Er war nie dort.	He has never been there.
example	negation	clean	en	de	See Invoice No. 5.	Siehe Rechnung Nr. 5.
# length: the range is learnt from many segments; one pair is never judged, only a maxwidth is
example	length	clean	en	de	Save the file now, please.	Speichern Sie die Datei jetzt bitte sofort und ohne Verzögerung.
example	length	finding	en	de	The number for which the factorial is calculated.	Die Zahl, deren Fakultät berechnet wird. Die Zahl, deren Fakultät berechnet wird.
example	length	clean	en	de	Yes. Yes. The number for which the factorial is calculated.	Ja. Ja. Die Zahl, deren Fakultät berechnet wird.

# the state a returned file gives a target (segment-states.txt): an 8th column is the segment's status
example	status	finding	de	en	Er kam am Montag.	He came on Monday.	unconfirmed
example	status	finding	de	en	Er kam am Montag.	He came on Monday.	rejected
example	status	clean	de	en	Er kam am Montag.	He came on Monday.
example	status	clean	de	en	Er kam am Montag.	(none)	unconfirmed
