package org.tmsh.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * German-English news-like document pairs with the damage real websites have, generated from the
 * real LibreOffice help pairs of {@code ../shared/tm-data} and the furniture lines of
 * {@code bench/news-furniture.tsv}, seeded (the same seed gives the same pairs), with the gold
 * links known by construction.
 *
 * <p>Every pair has a headline, a byline, a dateline before its first sentence and a subheading;
 * each pair also has one kind of damage ({@link Kind}), and the {@link Kind#MIXED} pairs have all
 * of them at once. A pair is a list of blocks (paragraphs in the German order); a block is a list
 * of beads, each bead one gold link (1-1, 2-1, 1-2, 1-0, 0-1). The English side reads the blocks
 * in its own order (two swapped), so the gold can cross.
 *
 * <p>Nothing here is taken from a held-out set: the text is help text, the news trappings are
 * generic and written for tmsh.
 */
public final class DamagedPairs {

    /** What was done to a pair. */
    public enum Kind {
        /** only the trappings every pair has: headline, byline, dateline, subheading */
        CLEAN,
        /** a paragraph missing on one side */
        MISSING,
        /** two paragraphs in the other order on the English side */
        SWAPPED,
        /** two German sentences translated as one English sentence is made of (1-2) */
        SPLIT,
        /** two English sentences written as one (2-1) */
        MERGED,
        /** navigation, cookie, share, caption, teaser and footer lines on each side, in different words */
        BOILERPLATE,
        /** quotes: one left in English in the German text, quotes after a colon, quotes before the speaker */
        QUOTE,
        /** a list after a colon, its items without full stops, one a line */
        LIST,
        /** all of the above in one pair */
        MIXED,
        /** an image caption translated on both sides, its credit different (own line, or after the caption) */
        CAPTION,
        /** a box of related articles inside the body: a heading and other articles' headlines, different on each side */
        RELATED,
        /** one German sentence as three English ones (1-3), three German as one English (3-1), with a 1-2 and a 2-1 */
        SPLIT3,
        /** a paragraph moved two to four places on the English side */
        MOVED,
        /** sentences with numbers and dates in each language's format, one of them untranslated */
        NUMBERS,
        /** names transliterated differently (Selenskyj / Zelensky) in the byline, quotes and sentences */
        NAMES,
        /** the English paragraphs cut differently: two paragraphs joined, two split in two */
        PARAGRAPHING,
        /** page furniture of two sites: one or two menu lines, a breadcrumb, a cookie notice, one or two footer lines */
        SITE,
        /** every kind above, old and new, in one pair */
        WEB
    }

    /** One gold link: its German and English sentences. */
    record Bead(List<String> de, List<String> en) {
        static Bead pair(String de, String en) {
            return new Bead(List.of(de), List.of(en));
        }
    }

    /** A paragraph: its beads (one line of a text file on each side). */
    record Block(List<Bead> beads) {
    }

    /**
     * A generated pair: each side's sentences, their paragraph numbers and the text lines (a
     * paragraph a line) that {@code align} would read, and the gold links over sentence ids.
     */
    public record Pair(String name, Kind kind, List<String> deSentences, int[] deParagraphs, List<String> deLines,
                       List<String> enSentences, int[] enParagraphs, List<String> enLines, List<GoldLinks.L> gold) {
    }

    private static final Path TM_DATA = Path.of("../shared/tm-data/libreoffice-help.tsv.gz");
    private static final String FURNITURE = "/bench/news-furniture.tsv";

    /** A sentence end inside a row, not after one of a few abbreviations: such a row is not one sentence. */
    private static final Pattern INNER_END = Pattern.compile(
            "(?<!\\b(?:e\\.g|i\\.e|z\\.B|z\\. B|d\\. h|d\\.h|bzw|ggf|usw|etc|ca|Nr|No|Dr|vs|u\\.a|u\\. a))[.!?:;][\"“”]?\\s+\\S");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[\\p{Lu}\\d„\"].*\\p{L}.*[.!?]$");

    private final List<String[]> sentences = new ArrayList<>();
    private final List<String[]> headings = new ArrayList<>();
    private final List<String[]> items = new ArrayList<>();
    private final Map<String, List<String>> furniture = new HashMap<>();
    /** KIND/* rows whose text is "German|English": templates and names that are translations. */
    private final Map<String, List<String[]>> pairsOf = new HashMap<>();

    private DamagedPairs() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(TM_DATA)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length != 3 || c[1].equals(c[2]) || c[1].contains("$[") || c[2].contains("$[")) {
                    continue;
                }
                String en = c[1].strip();
                String de = c[2].strip();
                int words = en.split(" ").length;
                boolean lengthsAgree = de.length() >= 0.6 * en.length() && de.length() <= 1.8 * en.length();
                if (!lengthsAgree) {
                    continue;
                }
                if (c[0].contains("#hd_id") && words >= 2 && words <= 8 && !en.matches(".*[.!?:]$")
                        && !de.matches(".*[.!?:]$") && Character.isLetter(en.charAt(0))) {
                    headings.add(new String[] {de, en});
                } else if (c[0].contains("#par_id") && words >= 6 && words <= 40 && ENDS_SENTENCE.matcher(en).matches()
                        && ENDS_SENTENCE.matcher(de).matches() && !INNER_END.matcher(en).find()
                        && !INNER_END.matcher(de).find()) {
                    sentences.add(new String[] {de, en});
                    if (words <= 10) {
                        items.add(new String[] {de.substring(0, de.length() - 1), en.substring(0, en.length() - 1)});
                    }
                }
            }
        }
        try (InputStream in = DamagedPairs.class.getResourceAsStream(FURNITURE)) {
            if (in == null) {
                throw new IOException(FURNITURE + " is missing from the test resources");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                furniture.computeIfAbsent(c[0] + "/" + c[1], k -> new ArrayList<>()).add(c[2]);
                if (c[1].equals("*") && c[2].contains("|")) {
                    pairsOf.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c[2].split("\\|", -1));
                }
            }
        }
    }

    /** {@code perKind} pairs of every kind, seeded. */
    public static List<Pair> generate(int perKind, long seed) throws IOException {
        DamagedPairs g = new DamagedPairs();
        List<Pair> out = new ArrayList<>();
        Random rnd = new Random(seed);
        int doc = 0;
        for (Kind kind : Kind.values()) {
            for (int k = 0; k < perKind; k++) {
                out.add(g.pair(kind.name().toLowerCase() + "-" + k, kind, new Random(rnd.nextLong()), doc++));
            }
        }
        return out;
    }

    /** The pairs by kind, for per-kind scores. */
    public static Map<Kind, List<Pair>> byKind(List<Pair> pairs) {
        Map<Kind, List<Pair>> out = new LinkedHashMap<>();
        for (Pair p : pairs) {
            out.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    private Pair pair(String name, Kind kind, Random rnd, int doc) {
        boolean all = kind == Kind.MIXED || kind == Kind.WEB;
        boolean web = kind == Kind.WEB;
        List<Block> blocks = new ArrayList<>();
        // the body: consecutive sentences of one stretch of the help, in paragraphs of 1 to 4
        int paragraphs = 6 + rnd.nextInt(4);
        int from = rnd.nextInt(sentences.size() - 60);
        int next = from;
        List<Block> body = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            int n = 1 + rnd.nextInt(4);
            List<Bead> beads = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String[] s = sentences.get(next++);
                beads.add(Bead.pair(s[0], s[1]));
            }
            body.add(new Block(beads));
        }
        // the dateline before the first sentence
        String[] city = pick(rnd, "city/de").split("\\|");
        String[] agency = pick(rnd, "agency/*").split("\\|");
        int day = 1 + rnd.nextInt(28);
        int month = rnd.nextInt(12);
        Bead first = body.get(0).beads().get(0);
        String deDate = day + ". " + DE_MONTHS[month];
        String enDate = rnd.nextBoolean() ? EN_MONTHS[month] + " " + day : EN_SHORT[month] + " " + day;
        body.get(0).beads().set(0, Bead.pair(city[0] + ", " + deDate + " (" + agency[0] + ") – " + first.de().get(0),
                city[1] + ", " + enDate + " (" + agency[1] + ") - " + first.en().get(0)));
        int year = 2019 + rnd.nextInt(6);
        // damage to the body before the trappings go round it
        if (kind == Kind.SPLIT || all) {
            join(body, rnd, true);
            join(body, rnd, true);
        }
        if (kind == Kind.MERGED || all) {
            join(body, rnd, false);
            join(body, rnd, false);
        }
        if (kind == Kind.SPLIT3 || web) {
            join3(body, rnd, false);
            join3(body, rnd, true);
            join(body, rnd, true);
            join(body, rnd, false);
        }
        if (kind == Kind.NUMBERS || web) {
            numbers(body, rnd);
        }
        if (kind == Kind.NAMES || web) {
            names(body, rnd);
        }
        if (kind == Kind.CAPTION || web) {
            for (int k = 0; k < 1 + rnd.nextInt(2); k++) {
                body.addAll(1 + rnd.nextInt(body.size() - 1), caption(rnd));
            }
        }
        if (kind == Kind.RELATED || web) {
            related(body, rnd);
        }
        if (kind == Kind.QUOTE || all) {
            quotes(body, rnd);
        }
        if (kind == Kind.LIST || all) {
            list(body, rnd);
        }
        // the subheading before a paragraph in the second half
        String[] sub = headings.get(rnd.nextInt(headings.size()));
        body.add(body.size() / 2 + rnd.nextInt(Math.max(1, body.size() / 2)), new Block(beads(Bead.pair(sub[0], sub[1]))));
        // the trappings: headline, byline
        String[] head = headings.get(rnd.nextInt(headings.size()));
        String author = pick(rnd, "author/*");
        String enAuthor = author;
        if (kind == Kind.NAMES || web) {
            String[] n = pairsOf.get("name").get(rnd.nextInt(pairsOf.get("name").size()));
            author = n[0];
            enAuthor = n[1];
        }
        boolean dated = rnd.nextBoolean();
        boolean boiler = kind == Kind.BOILERPLATE || all;
        if (boiler) {
            blocks.addAll(furniture(rnd, "nav", 3, 6));
            blocks.addAll(furniture(rnd, "cookie", 1, 3));
        }
        boolean site = kind == Kind.SITE || web;
        if (site) {
            blocks.addAll(furniture(rnd, "nav", 1, 2));
            blocks.addAll(furniture(rnd, "breadcrumb", 1, 1));
        }
        blocks.add(new Block(beads(Bead.pair(head[0], head[1]))));
        if (boiler) {
            blocks.addAll(furniture(rnd, "caption", 1, 1));
        }
        blocks.add(new Block(beads(Bead.pair("Von " + author + (dated ? ", " + deDate + " " + year : ""),
                "By " + enAuthor + (dated ? ", " + EN_MONTHS[month] + " " + day + ", " + year : "")))));
        if (boiler) {
            blocks.addAll(furniture(rnd, "share", 2, 4));
        }
        int bodyStart = blocks.size();
        blocks.addAll(body);
        int bodyEnd = blocks.size();
        if (boiler) {
            blocks.addAll(furniture(rnd, "share", 1, 3));
            blocks.addAll(furniture(rnd, "teaser", 1, 1));
            // teaser headlines: real headings, but other articles on each side
            for (int k = 0; k < 2 + rnd.nextInt(2); k++) {
                blocks.add(new Block(beads(new Bead(List.of(headings.get(rnd.nextInt(headings.size()))[0]), List.of()))));
                blocks.add(new Block(beads(new Bead(List.of(), List.of(headings.get(rnd.nextInt(headings.size()))[1])))));
            }
            blocks.addAll(furniture(rnd, "footer", 2, 4));
        }
        if (site) {
            blocks.addAll(furniture(rnd, "cookie", 1, 2));
            blocks.addAll(furniture(rnd, "footer", 1, 2));
        }
        List<Integer> enOrder = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            enOrder.add(b);
        }
        // a paragraph of the body (not the first) missing on one side
        if (kind == Kind.MISSING || all) {
            int b = bodyStart + 1 + rnd.nextInt(bodyEnd - bodyStart - 1);
            boolean german = rnd.nextBoolean();
            List<Bead> left = new ArrayList<>();
            for (Bead bead : blocks.get(b).beads()) {
                left.add(german ? new Bead(List.of(), bead.en()) : new Bead(bead.de(), List.of()));
            }
            // a missing paragraph holds its sentences apart: 1-0 (or 0-1) each
            List<Bead> apart = new ArrayList<>();
            for (Bead bead : left) {
                for (String s : bead.de()) {
                    apart.add(new Bead(List.of(s), List.of()));
                }
                for (String s : bead.en()) {
                    apart.add(new Bead(List.of(), List.of(s)));
                }
            }
            blocks.set(b, new Block(apart));
        }
        // two neighbouring paragraphs of the body in the other order in English
        if (kind == Kind.SWAPPED || all) {
            int b = bodyStart + 1 + rnd.nextInt(bodyEnd - bodyStart - 2);
            Collections.swap(enOrder, b, b + 1);
        }
        // a paragraph of the body moved two to four places (the article edited on one site)
        if ((kind == Kind.MOVED || web) && bodyEnd - bodyStart >= 5) {
            int mover = bodyStart + rnd.nextInt(bodyEnd - bodyStart);
            int by = 2 + rnd.nextInt(3);
            int to = mover + by < bodyEnd ? mover + by : Math.max(bodyStart, mover - by);
            enOrder.remove(enOrder.indexOf(mover));
            enOrder.add(Math.min(enOrder.indexOf(to) + (to > mover ? 1 : 0), enOrder.size()), mover);
        }
        Pair p = build(name, kind, blocks, enOrder);
        return kind == Kind.PARAGRAPHING || web ? paragraphing(p, rnd) : p;
    }

    private static final String[] DE_MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
        "August", "September", "Oktober", "November", "Dezember"};
    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] EN_SHORT = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
        "Sept.", "Oct.", "Nov.", "Dec."};

    /**
     * Three neighbouring 1-1 sentences of a paragraph written as one sentence on one side: in German
     * ({@code german}, a 1-3 link) joined by semicolons, in English by commas and ", and" (3-1).
     */
    private static void join3(List<Block> body, Random rnd, boolean german) {
        for (int tries = 0; tries < 30; tries++) {
            List<Bead> beads = body.get(rnd.nextInt(body.size())).beads();
            if (beads.size() < 3) {
                continue;
            }
            int k = rnd.nextInt(beads.size() - 2);
            List<Bead> three = beads.subList(k, k + 3);
            if (three.stream().anyMatch(b -> b.de().size() != 1 || b.en().size() != 1)) {
                continue;
            }
            List<String> de = three.stream().map(b -> b.de().get(0)).toList();
            List<String> en = three.stream().map(b -> b.en().get(0)).toList();
            Bead joined = german
                    ? new Bead(List.of(open(de.get(0)) + "; " + open(de.get(1)) + "; " + de.get(2)), en)
                    : new Bead(de, List.of(open(en.get(0)) + ", " + lowerFirst(open(en.get(1))) + ", and "
                            + lowerFirst(en.get(2))));
            three.clear();
            beads.add(k, joined);
            return;
        }
    }

    /**
     * Sentences with numbers and dates from the {@code number} templates, each language in its own
     * format (12.500 / 12,500; 4,5 Prozent / 4.5 percent; 3. Oktober 2024 / October 3, 2024), put
     * into paragraphs of the body; the last one is left untranslated in English (1-0).
     */
    private void numbers(List<Block> body, Random rnd) {
        List<String[]> templates = pairsOf.get("number");
        int n = 3 + rnd.nextInt(2);
        for (int k = 0; k < n; k++) {
            String[] t = templates.get(rnd.nextInt(templates.size()));
            String[] filled = fill(t, rnd);
            List<Bead> beads = body.get(rnd.nextInt(body.size())).beads();
            Bead bead = k == n - 1 ? new Bead(List.of(filled[0]), List.of()) : Bead.pair(filled[0], filled[1]);
            beads.add(rnd.nextInt(beads.size() + 1), bead);
        }
    }

    private static String[] fill(String[] t, Random rnd) {
        String de = t[0];
        String en = t[1];
        int big = 1000 + rnd.nextInt(250_000);
        int tenths = 11 + rnd.nextInt(600);
        int day = 1 + rnd.nextInt(28);
        int month = rnd.nextInt(12);
        int year = 2015 + rnd.nextInt(10);
        String dec = tenths / 10 + "," + tenths % 10;
        de = de.replace("{int}", String.format(Locale.GERMANY, "%,d", big)).replace("{dec}", dec)
                .replace("{pct}", dec + " Prozent").replace("{date}", day + ". " + DE_MONTHS[month] + " " + year)
                .replace("{year}", String.valueOf(year));
        en = en.replace("{int}", String.format(Locale.US, "%,d", big)).replace("{dec}", dec.replace(',', '.'))
                .replace("{pct}", dec.replace(',', '.') + (rnd.nextBoolean() ? " percent" : "%"))
                .replace("{date}", EN_MONTHS[month] + " " + day + ", " + year).replace("{year}", String.valueOf(year));
        return new String[] {de, en};
    }

    /**
     * Names spelled differently in the two languages ({@code name} rows: "Lawrow" / "Lavrov"): a
     * quote after a colon and one before its speaker, and a sentence of two names, per pair.
     */
    private void names(List<Block> body, Random rnd) {
        List<String[]> names = pairsOf.get("name");
        for (int k = 0; k < 2; k++) {
            String[] who = names.get(rnd.nextInt(names.size()));
            List<Bead> b = body.get(rnd.nextInt(body.size())).beads();
            int at = rnd.nextInt(b.size());
            Bead q = b.get(at);
            if (q.de().size() != 1 || q.en().size() != 1) {
                continue;
            }
            b.set(at, k == 0
                    ? Bead.pair(who[0] + " erklärte: „" + q.de().get(0) + "“", who[1] + " said: \"" + q.en().get(0) + "\"")
                    : Bead.pair("„" + open(q.de().get(0)) + "“, sagte " + who[0] + ".",
                            "\"" + open(q.en().get(0)) + ",\" " + who[1] + " said."));
        }
        String[] t = pairsOf.get("names").get(rnd.nextInt(pairsOf.get("names").size()));
        String[] a = names.get(rnd.nextInt(names.size()));
        String[] b = names.get(rnd.nextInt(names.size()));
        List<Bead> beads = body.get(rnd.nextInt(body.size())).beads();
        beads.add(rnd.nextInt(beads.size() + 1), Bead.pair(t[0].replace("{a}", a[0]).replace("{b}", b[0]),
                t[1].replace("{a}", a[1]).replace("{b}", b[1])));
    }

    /**
     * An image caption: a heading of the help translated on both sides, then each site's own credit,
     * on a line of its own or after the caption on the same line.
     */
    private List<Block> caption(Random rnd) {
        String[] c = headings.get(rnd.nextInt(headings.size()));
        Bead caption = Bead.pair(c[0] + ".", c[1] + ".");
        Bead deCredit = new Bead(List.of(pick(rnd, "credit/de")), List.of());
        Bead enCredit = new Bead(List.of(), List.of(pick(rnd, "credit/en")));
        if (rnd.nextBoolean()) {
            return List.of(new Block(beads(caption, deCredit, enCredit)));
        }
        return List.of(new Block(beads(caption)), new Block(beads(deCredit)), new Block(beads(enCredit)));
    }

    /** A box of related articles inside the body: each site's heading and two to four other articles' headlines. */
    private void related(List<Block> body, Random rnd) {
        int at = 2 + rnd.nextInt(Math.max(1, body.size() - 2));
        List<Block> box = new ArrayList<>(furniture(rnd, "teaser", 1, 1));
        for (int k = 0; k < 2 + rnd.nextInt(3); k++) {
            box.add(new Block(beads(new Bead(List.of(headings.get(rnd.nextInt(headings.size()))[0]), List.of()))));
        }
        for (int k = 0; k < 2 + rnd.nextInt(3); k++) {
            box.add(new Block(beads(new Bead(List.of(), List.of(headings.get(rnd.nextInt(headings.size()))[1])))));
        }
        body.addAll(Math.min(at, body.size()), box);
    }

    /**
     * The English side's paragraphs cut differently: twice two neighbouring lines of running text
     * joined, twice a line of two or more sentences cut after its first (the sentences and the gold
     * stay as they are; only the lines change).
     */
    private static Pair paragraphing(Pair p, Random rnd) {
        List<List<Integer>> lines = new ArrayList<>();
        for (int i = 0; i < p.enSentences().size(); i++) {
            if (lines.size() <= p.enParagraphs()[i]) {
                lines.add(new ArrayList<>());
            }
            lines.get(p.enParagraphs()[i]).add(i);
        }
        for (int k = 0; k < 2; k++) {
            for (int tries = 0; tries < 30; tries++) {
                int l = rnd.nextInt(lines.size() - 1);
                if (running(p, lines.get(l)) && running(p, lines.get(l + 1))) {
                    lines.get(l).addAll(lines.remove(l + 1));
                    break;
                }
            }
        }
        for (int k = 0; k < 2; k++) {
            for (int tries = 0; tries < 30; tries++) {
                int l = rnd.nextInt(lines.size());
                if (lines.get(l).size() >= 2 && running(p, lines.get(l))) {
                    List<Integer> rest = new ArrayList<>(lines.get(l).subList(1, lines.get(l).size()));
                    lines.get(l).subList(1, lines.get(l).size()).clear();
                    lines.add(l + 1, rest);
                    break;
                }
            }
        }
        int[] para = new int[p.enSentences().size()];
        List<String> text = new ArrayList<>();
        for (List<Integer> line : lines) {
            for (int i : line) {
                para[i] = text.size();
            }
            text.add(String.join(" ", line.stream().map(p.enSentences()::get).toList()));
        }
        return new Pair(p.name(), p.kind(), p.deSentences(), p.deParagraphs(), p.deLines(), p.enSentences(), para,
                text, p.gold());
    }

    /** Do these sentences read as running text (each ends like a sentence and has five words or more)? */
    private static boolean running(Pair p, List<Integer> ids) {
        return ids.stream().map(p.enSentences()::get)
                .allMatch(s -> s.matches(".*[.!?\"]$") && s.split(" ").length >= 5);
    }

    private static List<Bead> beads(Bead... b) {
        return new ArrayList<>(List.of(b));
    }

    private String pick(Random rnd, String key) {
        List<String> l = furniture.get(key);
        return l.get(rnd.nextInt(l.size()));
    }

    /** Furniture lines of {@code kind}, from min to max on each side, each its own paragraph, unlinked. */
    private List<Block> furniture(Random rnd, String kind, int min, int max) {
        List<Block> out = new ArrayList<>();
        for (String lang : List.of("de", "en")) {
            if (!furniture.containsKey(kind + "/" + lang)) {
                continue;
            }
            List<String> all = new ArrayList<>(furniture.get(kind + "/" + lang));
            int n = Math.min(all.size(), min + rnd.nextInt(max - min + 1));
            int start = rnd.nextInt(all.size() - n + 1);
            for (String line : all.subList(start, start + n)) {
                out.add(new Block(beads(lang.equals("de") ? new Bead(List.of(line), List.of())
                        : new Bead(List.of(), List.of(line)))));
            }
        }
        return out;
    }

    /**
     * Two neighbouring 1-1 sentences of a paragraph written as one sentence on one side: in German
     * ({@code german}, a 1-2 link) joined by a semicolon, in English by ", and".
     */
    private static void join(List<Block> body, Random rnd, boolean german) {
        for (int tries = 0; tries < 20; tries++) {
            List<Bead> beads = body.get(rnd.nextInt(body.size())).beads();
            if (beads.size() < 2) {
                continue;
            }
            int k = rnd.nextInt(beads.size() - 1);
            Bead a = beads.get(k);
            Bead b = beads.get(k + 1);
            if (a.de().size() != 1 || a.en().size() != 1 || b.de().size() != 1 || b.en().size() != 1) {
                continue;
            }
            Bead joined = german
                    ? new Bead(List.of(open(a.de().get(0)) + "; " + b.de().get(0)), List.of(a.en().get(0), b.en().get(0)))
                    : new Bead(List.of(a.de().get(0), b.de().get(0)),
                            List.of(open(a.en().get(0)) + ", and " + lowerFirst(b.en().get(0))));
            beads.set(k, joined);
            beads.remove(k + 1);
            return;
        }
    }

    /** A sentence without its full stop. */
    private static String open(String s) {
        return s.substring(0, s.length() - 1);
    }

    /** "The menu ..." becomes "the menu ...", "LibreOffice ..." stays. */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /**
     * Quotes in the body: an English sentence left untranslated in the German text, a quote after a
     * colon, and a quote before its speaker.
     */
    private void quotes(List<Block> body, Random rnd) {
        String[] far = sentences.get(rnd.nextInt(sentences.size()));
        String speaker = pick(rnd, "author/*");
        List<Bead> a = body.get(1 + rnd.nextInt(body.size() - 1)).beads();
        a.add(rnd.nextInt(a.size() + 1), Bead.pair("„" + far[1] + "“", "\"" + far[1] + "\""));
        List<Bead> b = body.get(rnd.nextInt(body.size())).beads();
        int k = rnd.nextInt(b.size());
        Bead q = b.get(k);
        if (q.de().size() == 1 && q.en().size() == 1) {
            b.set(k, Bead.pair(speaker + " sagte: „" + q.de().get(0) + "“", speaker + " said: \"" + q.en().get(0) + "\""));
        }
        List<Bead> c = body.get(rnd.nextInt(body.size())).beads();
        k = rnd.nextInt(c.size());
        q = c.get(k);
        if (q.de().size() == 1 && q.en().size() == 1) {
            c.set(k, Bead.pair("„" + open(q.de().get(0)) + "“, sagte " + speaker + ".",
                    "\"" + open(q.en().get(0)) + ",\" " + speaker + " said."));
        }
    }

    /** A list: a sentence ending in a colon, then three to five items, one a line, no full stops. */
    private void list(List<Block> body, Random rnd) {
        int at = 1 + rnd.nextInt(body.size() - 1);
        String[] intro = sentences.get(rnd.nextInt(sentences.size()));
        body.add(at, new Block(beads(Bead.pair(open(intro[0]) + ":", open(intro[1]) + ":"))));
        int n = 3 + rnd.nextInt(3);
        String bullet = rnd.nextBoolean() ? "" : rnd.nextBoolean() ? "- " : "• ";
        for (int k = 0; k < n; k++) {
            String[] item = rnd.nextBoolean() ? items.get(rnd.nextInt(items.size()))
                    : headings.get(rnd.nextInt(headings.size()));
            body.add(at + 1 + k, new Block(beads(Bead.pair(bullet + item[0], bullet + item[1]))));
        }
    }

    /** Numbers the sentences of each side in its own block order and writes the gold links. */
    private static Pair build(String name, Kind kind, List<Block> blocks, List<Integer> enOrder) {
        List<String> de = new ArrayList<>();
        List<Integer> dePara = new ArrayList<>();
        List<String> deLines = new ArrayList<>();
        Map<Bead, int[]> deIds = new IdentityHashMap<>();
        for (Block b : blocks) {
            List<String> line = new ArrayList<>();
            for (Bead bead : b.beads()) {
                int[] ids = new int[bead.de().size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = de.size();
                    de.add(bead.de().get(k));
                    dePara.add(deLines.size());
                    line.add(bead.de().get(k));
                }
                deIds.put(bead, ids);
            }
            if (!line.isEmpty()) {
                deLines.add(String.join(" ", line));
            }
        }
        List<String> en = new ArrayList<>();
        List<Integer> enPara = new ArrayList<>();
        List<String> enLines = new ArrayList<>();
        Map<Bead, int[]> enIds = new IdentityHashMap<>();
        for (int o : enOrder) {
            List<String> line = new ArrayList<>();
            for (Bead bead : blocks.get(o).beads()) {
                int[] ids = new int[bead.en().size()];
                for (int k = 0; k < ids.length; k++) {
                    ids[k] = en.size();
                    en.add(bead.en().get(k));
                    enPara.add(enLines.size());
                    line.add(bead.en().get(k));
                }
                enIds.put(bead, ids);
            }
            if (!line.isEmpty()) {
                enLines.add(String.join(" ", line));
            }
        }
        List<GoldLinks.L> gold = new ArrayList<>();
        for (Block b : blocks) {
            for (Bead bead : b.beads()) {
                gold.add(new GoldLinks.L(deIds.get(bead), enIds.get(bead)));
            }
        }
        return new Pair(name, kind, de, dePara.stream().mapToInt(Integer::intValue).toArray(), deLines, en,
                enPara.stream().mapToInt(Integer::intValue).toArray(), enLines, gold);
    }

    /**
     * Writes the pairs as {@code NAME.de.txt}, {@code NAME.en.txt} (a paragraph a line, as {@code
     * align} reads them), {@code NAME.de.sent}/{@code NAME.en.sent} (a sentence a line) and {@code
     * NAME.gold} (gold links over sentence lines), for a look by hand or a run of the command.
     */
    public static void write(List<Pair> pairs, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Pair p : pairs) {
            Files.write(dir.resolve(p.name() + ".de.txt"), p.deLines(), StandardCharsets.UTF_8);
            Files.write(dir.resolve(p.name() + ".en.txt"), p.enLines(), StandardCharsets.UTF_8);
            Files.write(dir.resolve(p.name() + ".de.sent"), p.deSentences(), StandardCharsets.UTF_8);
            Files.write(dir.resolve(p.name() + ".en.sent"), p.enSentences(), StandardCharsets.UTF_8);
            Files.write(dir.resolve(p.name() + ".gold"), p.gold().stream()
                    .map(l -> ids(l.s()) + ":" + ids(l.t())).toList(), StandardCharsets.UTF_8);
        }
    }

    private static String ids(int[] ids) {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < ids.length; k++) {
            b.append(k == 0 ? "" : ", ").append(ids[k]);
        }
        return b.append(']').toString();
    }
}
