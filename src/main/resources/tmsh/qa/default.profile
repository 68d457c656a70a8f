# tmsh QA: the default profile. Which checks run, at which severity, their options, and examples that
# ProfileExamplesTest runs (and that tmsh runs when it reads a profile of your own).
# Source: tmsh, after the checks of Xbench, Okapi CheckMate and the QA of memoQ and Trados. Licence: tmsh's own.
# Format: tab-separated rows
#   check<TAB>ID<TAB>on|off<TAB>error|warning|info|default   (default: each finding keeps the severity the check gives)
#   severity<TAB>KIND<TAB>error|warning|info                  (one kind of finding, such as missing-term)
#   option<TAB>NAME<TAB>VALUE
#   regex<TAB>ID<TAB>SEVERITY<TAB>target|source|kept<TAB>PATTERN (Java)<TAB>MESSAGE
#   example<TAB>CHECK<TAB>finding|clean<TAB>SRC-LANG<TAB>TGT-LANG<TAB>SOURCE<TAB>TARGET ((none): no target; \s a space, \t a tab)
# A profile of your own names only what it changes; everything else stays as here.

check	terms	on	default
check	numbers	on	default
check	codes	on	default
check	untranslated	on	default
check	consistency	on	default
check	punctuation	on	default
check	spacing	on	default
check	repeated-words	on	default
check	fixed-tokens	on	default
check	acronyms	on	default
check	length	on	default

# the length check's robust range: median of log(target/source) +- spread x MAD; sources shorter than minChars are not judged
option	length.spread	4
option	length.minChars	20
option	length.minSegments	30

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
example	punctuation	finding	en	de	Save the file.	Speichern Sie die Datei
example	punctuation	finding	en	de	Save the file?	Speichern Sie die Datei.
example	punctuation	clean	en	de	Save the "file".	Speichern Sie die „Datei“.
example	punctuation	finding	en	de	Save the "file".	Speichern Sie die “Datei”.
example	punctuation	finding	en	de	Save (all) files.	Alle (Dateien speichern.
example	punctuation	clean	en	de	Wait...	Warten Sie …
example	punctuation	clean	de	en	Er sagte: »Nein.«	He said: “No.”
# spacing
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
# length: the range is learnt from many segments; one pair is never judged, only a maxwidth is
example	length	clean	en	de	Save the file now, please.	Speichern Sie die Datei jetzt bitte sofort und ohne Verzögerung.
