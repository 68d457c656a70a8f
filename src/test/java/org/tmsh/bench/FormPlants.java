package org.tmsh.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sixth part of the planted-error corpus: the forms the first five did not plant, drawn at random from a grammar
 * of each form rather than from chosen sentences. Dates written with numbers in the US order ("03/10/2025" = 10.
 * März) and with abbreviated or ordinal months ("Mar. 10th, 2025", "10 Mar 2025"); ranges with an en dash or "between
 * ... and"; years with an apostrophe ("'98"); times with a dot ("14.30 Uhr", "2.30pm"); percent as "per cent",
 * "Prozent", "%"; currencies as symbols and words (£, ¥, "Swiss francs", "Pfund", "Franken"); units as words
 * ("kilometres", "square metres"); Roman numerals of rulers ("Benedict XVI" / "Benedikt XVI."); ordinals in digits
 * and words ("the 3rd round" / "die dritte Runde"); the negation of a real target dropped ("nicht", "kein"), or added
 * to a clause; German quotation marks written wrong ("“Wort”", "„Wort”"); a closing bracket dropped; a hashtag or
 * handle changed; a leading space. Written on its own like {@link ReviewPlants}: its own month, number and unit
 * words, no call into tmsh. As many untouched pairs again, two in three with one of these clauses written right in
 * one of the forms German writes.
 */
final class FormPlants {

    /** Kind of error to the class of tmsh's checks it belongs to. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("us-numeric-date", "numbers");
        KINDS.put("abbreviated-month-date", "numbers");
        KINDS.put("dash-range", "numbers");
        KINDS.put("apostrophe-year", "numbers");
        KINDS.put("dot-time", "numbers");
        KINDS.put("percent-form", "numbers");
        KINDS.put("currency-word", "numbers");
        KINDS.put("unit-word", "numbers");
        KINDS.put("roman-ruler", "numbers");
        KINDS.put("ordinal-form", "numbers");
        KINDS.put("negation-dropped", "negation");
        KINDS.put("negation-added", "negation");
        KINDS.put("quote-form", "punctuation");
        KINDS.put("bracket-dropped", "punctuation");
        KINDS.put("hashtag-handle", "fixed-tokens");
        KINDS.put("leading-space", "spacing");
    }

    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] EN_ABBR = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."};
    private static final String[] DE_MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember"};
    private static final String[] EN_ORD = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth"};
    private static final String[] DE_ORD = {"", "erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte",
        "neunte", "zehnte"};
    /** Currency: English forms ({} for the amount), German forms. */
    private static final String[][][] CURRENCIES = {
        {{"£{}", "{} pounds"}, {"{} Pfund", "{} britische Pfund"}},
        {{"¥{}", "{} yen"}, {"{} Yen"}},
        {{"{} Swiss francs", "CHF {}"}, {"{} Franken", "{} Schweizer Franken", "CHF {}"}},
        {{"${}", "{} dollars", "US${}"}, {"{} Dollar", "{} US-Dollar", "{} $"}},
        {{"€{}", "{} euros", "EUR {}"}, {"{} Euro", "{} €", "EUR {}"}},
    };
    /** Units: English forms, German forms. */
    private static final String[][][] UNITS = {
        {{"{} kilometres", "{} kilometers", "{} km"}, {"{} Kilometer", "{} km"}},
        {{"{} miles"}, {"{} Meilen"}},
        {{"{} tonnes", "{} metric tons"}, {"{} Tonnen", "{} t"}},
        {{"{} kilograms", "{} kg"}, {"{} Kilogramm", "{} kg"}},
        {{"{} square metres", "{} sq m", "{} m²"}, {"{} Quadratmeter", "{} m²"}},
        {{"{} cubic metres", "{} m³"}, {"{} Kubikmeter", "{} m³"}},
        {{"{} hours"}, {"{} Stunden"}},
        {{"{} minutes"}, {"{} Minuten"}},
        {{"{} litres", "{} liters"}, {"{} Liter", "{} l"}},
        {{"{} hectares"}, {"{} Hektar", "{} ha"}},
    };
    private static final String[][] RULERS = {{"Benedict", "Benedikt"}, {"Henry", "Heinrich"}, {"Louis", "Ludwig"},
        {"Elizabeth", "Elisabeth"}, {"Charles", "Karl"}, {"Frederick", "Friedrich"}, {"George", "Georg"}, {"Pius", "Pius"}};
    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
        "XV", "XVI"};
    private static final String[][] ROUNDS = {{"round", "Runde", "e"}, {"term", "Amtszeit", "e"}, {"attempt", "Versuch", "e"},
        {"reading", "Lesung", "e"}, {"place", "Platz", "e"}};
    /** Clauses that can be negated: English, its negation, German, its negation. */
    private static final String[][] CLAUSES = {
        {"the bill was passed", "the bill was not passed", "das Gesetz wurde verabschiedet", "das Gesetz wurde nicht verabschiedet"},
        {"the talks will continue", "the talks will not continue", "die Gespräche werden fortgesetzt",
            "die Gespräche werden nicht fortgesetzt"},
        {"the minister has resigned", "the minister has not resigned", "der Minister ist zurückgetreten",
            "der Minister ist nicht zurückgetreten"},
        {"a decision was reached", "no decision was reached", "eine Entscheidung wurde getroffen",
            "keine Entscheidung wurde getroffen"},
        {"the figures are confirmed", "the figures are not confirmed", "die Zahlen sind bestätigt", "die Zahlen sind nicht bestätigt"},
        {"the party supports it", "the party does not support it", "die Partei unterstützt es", "die Partei unterstützt es nicht"},
        {"there is an agreement", "there is no agreement", "es gibt eine Einigung", "es gibt keine Einigung"},
        {"the court has ruled", "the court has never ruled", "das Gericht hat entschieden", "das Gericht hat nie entschieden"},
    };
    private static final String[] TAGS = {"#COP29", "#Bundestag", "#EUCO", "#G7Summit", "#Wahl2025", "#ClimateAction"};
    private static final String[] HANDLES = {"@EUCouncil", "@bundestag", "@UN_News", "@dpa_intl", "@NATOpress", "@Reuters"};
    private static final Pattern NEGATED = Pattern.compile("(?<![\\p{L}])(nicht|keine?[mnrs]?|nie|niemals|nichts)(?![\\p{L}])");
    private static final Pattern EN_NEGATION = Pattern.compile("(?i)(?<![\\p{L}])(not|no|never|nothing|none|cannot)(?![\\p{L}])|n't\\b");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{2,})\\)");

    /** The kinds written as a clause added to both sides: the untouched pairs get them written right. */
    private static final List<String> CLAUSE_KINDS = List.of("us-numeric-date", "abbreviated-month-date", "dash-range",
            "apostrophe-year", "dot-time", "percent-form", "currency-word", "unit-word", "roman-ruler", "ordinal-form", "negation-added",
            "quote-form");

    private FormPlants() {
    }

    static List<PlantedCorpus.Segment> build(List<TmData.Pair> pairs, Set<String> used, int perKind, long seed) {
        return PlantedCorpus.part(pairs, used, perKind, new Random(seed), KINDS, FormPlants::plant,
                (i, en, de, rnd) -> {
                    if (i % 3 == 2) {
                        return new String[] {en, de};
                    }
                    String kind = CLAUSE_KINDS.get(rnd.nextInt(CLAUSE_KINDS.size()));
                    String[] right = clause(kind, rnd, false);
                    return new String[] {en + " (" + right[0] + ")", de + " (" + right[1] + ")"};
                }, "f", "e");
    }

    private static String[] plant(String kind, String s, String t, Random rnd) {
        return switch (kind) {
            case "negation-dropped" -> dropNegation(s, t);
            case "quote-form" -> {
                String[] q = quoted(rnd, true);
                yield new String[] {s + " " + q[0], t + " " + q[1]};
            }
            case "bracket-dropped" -> {
                Matcher m = BRACKETED.matcher(t);
                if (!m.find() || !s.contains("(")) {
                    yield null;
                }
                yield new String[] {s, t.substring(0, m.end() - 1) + t.substring(m.end())};
            }
            case "leading-space" -> new String[] {s, " " + t};
            case "hashtag-handle" -> {
                String[] tok = rnd.nextBoolean() ? TAGS : HANDLES;
                String x = tok[rnd.nextInt(tok.length)];
                String wrong = switch (rnd.nextInt(3)) {
                    case 0 -> x.substring(1);                                    // the sign dropped
                    case 1 -> x.substring(0, x.length() - 1);                    // a letter lost
                    default -> x.charAt(0) + x.substring(1).toLowerCase() + "_de"; // another account
                };
                yield new String[] {s + " (" + (x.startsWith("#") ? "tagged " : "follow ") + x + ")",
                    t + " (" + (x.startsWith("#") ? "Schlagwort " : "folgen Sie ") + wrong + ")"};
            }
            default -> {
                String[] wrong = clause(kind, rnd, true);
                yield new String[] {s + " (" + wrong[0] + ")", t + " (" + wrong[1] + ")"};
            }
        };
    }

    /** A real pair whose target's negation is taken out, when the source negates too. */
    private static String[] dropNegation(String s, String t) {
        Matcher m = NEGATED.matcher(t);
        if (!EN_NEGATION.matcher(s).find() || !m.find()) {
            return null;
        }
        Matcher again = NEGATED.matcher(t);
        int count = 0;
        while (again.find()) {
            count++;
        }
        if (count != 1) {
            return null; // one negation, so that the plant leaves none
        }
        String word = m.group(1);
        String repl = word.startsWith("kein") ? word.substring(1) : ""; // "keine" -> "eine", "nicht" -> nothing
        String out = (t.substring(0, m.start()) + repl + t.substring(m.end())).replace("  ", " ").replace(" .", ".").replace(" ,", ",");
        return new String[] {s, out.strip()};
    }

    private static String[] quoted(Random rnd, boolean wrong) {
        String[][] words = {{"Yes", "Ja"}, {"Reform", "Reform"}, {"Agenda 2030", "Agenda 2030"}, {"No", "Nein"},
            {"fake news", "Fake News"}, {"Brexit", "Brexit"}};
        String[] w = words[rnd.nextInt(words.length)];
        String en = rnd.nextBoolean() ? "“" + w[0] + "”" : "\"" + w[0] + "\"";
        String de;
        if (!wrong) {
            de = rnd.nextBoolean() ? "„" + w[1] + "“" : "»" + w[1] + "«";
        } else {
            de = switch (rnd.nextInt(3)) {
                case 0 -> "“" + w[1] + "”";
                case 1 -> "„" + w[1] + "”";
                default -> "„" + w[1];
            };
        }
        return new String[] {"(slogan: " + en + ")", "(Motto: " + de + ")"};
    }

    private static int other(int n, int lo, int hi, Random rnd) {
        int m;
        do {
            m = lo + rnd.nextInt(hi - lo + 1);
        } while (m == n);
        return m;
    }

    private static String pick(String[] forms, Random rnd, String value) {
        return forms[rnd.nextInt(forms.length)].replace("{}", value);
    }

    /** A clause of a kind, English and German, right or with one error. */
    static String[] clause(String kind, Random rnd, boolean wrong) {
        int year = 1995 + rnd.nextInt(35);
        int month = rnd.nextInt(12);
        int day = 13 + rnd.nextInt(16); // 13-28: never a month number, so the order decides
        switch (kind) {
            case "us-numeric-date" -> {
                int mo = 1 + rnd.nextInt(12);
                int d = 1 + rnd.nextInt(12);
                if (d == mo) {
                    d = mo % 12 + 1;
                }
                String en = String.format("%02d/%02d/%d", mo, d, year);
                int dd = wrong ? mo : d;
                int mm = wrong ? d : mo; // the swapped order: the US month read as the day
                String de = switch (rnd.nextInt(3)) {
                    case 0 -> String.format("%02d.%02d.%d", dd, mm, year);
                    case 1 -> dd + "." + mm + "." + year;
                    default -> dd + ". " + DE_MONTHS[mm - 1] + " " + year;
                };
                return new String[] {"as of " + en, "Stand: " + de};
            }
            case "abbreviated-month-date" -> {
                String en = switch (rnd.nextInt(4)) {
                    case 0 -> EN_ABBR[month] + " " + day + ", " + year;
                    case 1 -> day + " " + EN_ABBR[month].replace(".", "") + " " + year;
                    case 2 -> EN_MONTHS[month] + " " + day + "th, " + year;
                    default -> "the " + day + "th of " + EN_MONTHS[month] + " " + year;
                };
                int d = wrong ? other(day, 13, 28, rnd) : day;
                String de = rnd.nextInt(3) == 0 ? d + ". " + DE_MONTHS[month].substring(0, 3) + ". " + year
                        : d + ". " + DE_MONTHS[month] + " " + year;
                return new String[] {"signed on " + en, "unterzeichnet am " + de};
            }
            case "dash-range" -> {
                int a = 2 + rnd.nextInt(10);
                int b = a + 1 + rnd.nextInt(5);
                int bb = wrong ? b + 1 + rnd.nextInt(3) : b;
                String en = switch (rnd.nextInt(3)) {
                    case 0 -> EN_MONTHS[month] + " " + a + "–" + b;
                    case 1 -> a + "–" + b + " " + EN_MONTHS[month];
                    default -> "between " + EN_MONTHS[month] + " " + a + " and " + b;
                };
                String de = switch (rnd.nextInt(3)) {
                    case 0 -> a + ".–" + bb + ". " + DE_MONTHS[month];
                    case 1 -> "vom " + a + ". bis " + bb + ". " + DE_MONTHS[month];
                    default -> "zwischen dem " + a + ". und " + bb + ". " + DE_MONTHS[month];
                };
                return new String[] {"the summit runs " + en, "der Gipfel findet " + de + " statt"};
            }
            case "apostrophe-year" -> {
                int y = 1960 + rnd.nextInt(39);
                int yy = wrong ? other(y, 1960, 1998, rnd) : y;
                String de = rnd.nextBoolean() ? String.valueOf(yy) : "'" + (yy % 100);
                return new String[] {"in office since '" + (y % 100), "im Amt seit " + de};
            }
            case "dot-time" -> {
                int h = 13 + rnd.nextInt(10);
                int min = 5 * (1 + rnd.nextInt(11));
                String en = switch (rnd.nextInt(4)) {
                    case 0 -> (h - 12) + ":" + String.format("%02d", min) + " p.m.";
                    case 1 -> (h - 12) + "." + String.format("%02d", min) + "pm";
                    case 2 -> (h - 12) + ":" + String.format("%02d", min) + " PM";
                    default -> h + ":" + String.format("%02d", min);
                };
                int hh = h;
                int mm = min;
                if (wrong) {
                    switch (rnd.nextInt(3)) {
                        case 0 -> hh = h - 12;                       // not turned into the 24-hour clock
                        case 1 -> hh = other(h, 13, 22, rnd);
                        default -> mm = other(min / 5, 1, 11, rnd) * 5;
                    }
                }
                String de = hh + (rnd.nextBoolean() ? "." : ":") + String.format("%02d", mm) + " Uhr";
                return new String[] {"the vote is at " + en, "die Abstimmung ist um " + de};
            }
            case "percent-form" -> {
                int whole = 1 + rnd.nextInt(40);
                int tenth = 1 + rnd.nextInt(9);
                int ww = wrong ? other(whole, 1, 40, rnd) : whole;
                String en = pick(new String[] {"{} per cent", "{} percent", "{}%", "{} pc"}, rnd, whole + "." + tenth);
                String de = pick(new String[] {"{} Prozent", "{} %", "{} v. H."}, rnd, ww + "," + tenth);
                return new String[] {"turnout rose by " + en, "die Wahlbeteiligung stieg um " + de};
            }
            case "currency-word" -> {
                int c = rnd.nextInt(CURRENCIES.length);
                int cc = wrong ? other(c, 0, CURRENCIES.length - 1, rnd) : c;
                String amount = String.valueOf(20 + rnd.nextInt(900));
                return new String[] {"a fine of " + pick(CURRENCIES[c][0], rnd, amount),
                    "eine Strafe von " + pick(CURRENCIES[cc][1], rnd, amount)};
            }
            case "unit-word" -> {
                int u = rnd.nextInt(UNITS.length);
                int uu = wrong ? other(u, 0, UNITS.length - 1, rnd) : u;
                String amount = String.valueOf(3 + rnd.nextInt(500));
                return new String[] {"a distance or amount of " + pick(UNITS[u][0], rnd, amount),
                    "eine Strecke oder Menge von " + pick(UNITS[uu][1], rnd, amount)};
            }
            case "roman-ruler" -> {
                String[] r = RULERS[rnd.nextInt(RULERS.length)];
                int n = 2 + rnd.nextInt(15);
                int nn = wrong ? other(n, 2, 16, rnd) : n;
                return new String[] {"under " + r[0] + " " + ROMAN[n], "unter " + r[1] + " " + ROMAN[nn] + "."};
            }
            case "ordinal-form" -> {
                String[] r = ROUNDS[rnd.nextInt(ROUNDS.length)];
                int n = 2 + rnd.nextInt(9);
                int nn = wrong ? other(n, 2, 10, rnd) : n;
                String suffix = n == 2 ? "nd" : n == 3 ? "rd" : "th";
                String en = rnd.nextBoolean() ? "the " + n + suffix + " " + r[0] : "the " + EN_ORD[n] + " " + r[0];
                String article = r[1].equals("Versuch") || r[1].equals("Platz") ? "der " : "die ";
                String de = rnd.nextBoolean() ? article + nn + ". " + r[1] : article + DE_ORD[nn] + " " + r[1];
                return new String[] {"in " + en, "in " + de.replace("der ", "dem ").replace("die ", "der ")
                        .replace("erste ", "ersten ").replace("te ", "ten ")};
            }
            case "negation-added", "negation-dropped" -> {
                String[] c = CLAUSES[rnd.nextInt(CLAUSES.length)];
                boolean negated = rnd.nextBoolean();
                String en = negated ? c[1] : c[0];
                String de = negated != wrong ? c[3] : c[2];
                return new String[] {"reports say " + en, "Berichten zufolge " + de};
            }
            case "quote-form" -> {
                String[] q = quoted(rnd, wrong);
                return new String[] {q[0].substring(1, q[0].length() - 1), q[1].substring(1, q[1].length() - 1)};
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }
}
