package org.tmsh.jobs;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * The round-trip sweep: every DOCX, HTML/XHTML and TXT file under a folder of other people's
 * documents (never part of this repository) through {@code pretranslate} (XLIFF 2.0), a CAT tool's
 * edit ({@link CatTool}) and {@code merge}, judged with the corpus test's comparisons
 * ({@link RoundTripDocs}, {@link RoundTripCorpusTest#skeleton}):
 *
 * <ul>
 *   <li>untouched, the merged document is the original (DOCX runs of every part and the XML outside
 *       them, HTML tokens, TXT bytes);</li>
 *   <li>translated twice (every word upper-cased; {@code e a n s} replaced by {@code < & > "}), it is
 *       the original with only its words changed: every piece (DOCX run, HTML text token, text node
 *       outside runs) is the original's or the original's edited, nothing else differs; every DOCX
 *       part is well-formed;</li>
 *   <li>with {@code soffice} on the path, LibreOffice reads every upper-cased DOCX in one start, and
 *       each line of its text is the original's line or that line upper-cased.</li>
 * </ul>
 *
 * <p>Each file ends in one outcome: {@code right}; {@code refused} (a {@link TmshException} of one
 * line naming the file, before anything is written); {@code refused-badly} (a refusal of several lines
 * or without the file's name, or one by merge of tmsh's own XLIFF); {@code damaged}; {@code crashed}
 * (any other exception, or more than two minutes). Prints the table by corpus folder and writes every
 * file's outcome and reason to {@code OUT/results.tsv}.
 *
 * <p>Usage: {@code mvn -q -B -Proundtrip-sweep test-compile exec:exec -Dsweep.dir=DIR [-Dsweep.out=OUT]}.
 */
public final class RoundTripSweep {

    static final UnaryOperator<String> UPPER = RoundTripCorpusTest.UPPER;
    static final UnaryOperator<String> MARKUP = RoundTripCorpusTest.MARKUP;
    private static final Pattern LANG = Pattern.compile("(xml:)?lang=[^,}]*(, )?");
    /** A {@code <meta>} that declares the page's encoding. */
    private static final Pattern CHARSET_META = Pattern.compile("(?i)<meta \\{(charset=|.*http-equiv=content-type)");
    /** The language a {@code <meta http-equiv="Content-Language">} names: the target language once merged, as {@code lang}. */
    private static final Pattern CONTENT_LANGUAGE = Pattern.compile("(?i)content=[^,}]*, (http-equiv=content-language)");

    /** What happened to one file. */
    record Outcome(String kind, String reason) {
    }

    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();
    private final TranslationMemory empty;
    private final Path work;

    RoundTripSweep(TranslationMemory empty, Path work) {
        this.empty = empty;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/roundtrip-sweep"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(in, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(Files::isRegularFile).filter(p -> kind(p) != null).sorted().toList();
        }
        Path merged = Files.createDirectories(out.resolve("merged"));
        TreeMap<String, TreeMap<String, Integer>> table = new TreeMap<>();
        Map<Path, Outcome> outcomes = new java.util.LinkedHashMap<>();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        try (TmLibrary library = new TmLibrary(Files.createTempDirectory(out, "tm"))) {
            TranslationMemory empty = library.openOrCreate("empty");
            int i = 0;
            for (Path f : files) {
                Path dir = Files.createDirectories(out.resolve("work").resolve(String.valueOf(i++)));
                RoundTripSweep sweep = new RoundTripSweep(empty, dir);
                Future<Outcome> job = pool.submit(() -> sweep.one(f, merged));
                Outcome o;
                try {
                    o = job.get(120, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    job.cancel(true);
                    o = new Outcome("crashed", "more than two minutes");
                } catch (java.util.concurrent.ExecutionException e) {
                    o = new Outcome("crashed", describe(e.getCause()));
                }
                outcomes.put(f, o);
                System.err.printf("%-10s %s %s%n", o.kind(), f, o.reason().length() > 200 ? o.reason().substring(0, 200) : o.reason());
            }
        }
        LibreOffice.check(outcomes, merged, out);
        try (PrintStream tsv = new PrintStream(Files.newOutputStream(out.resolve("results.tsv")), true, StandardCharsets.UTF_8)) {
            outcomes.forEach((f, o) -> {
                tsv.println(o.kind() + "\t" + f + "\t" + o.reason().replace('\n', ' ').replace('\t', ' '));
                String group = in.relativize(f).getNameCount() > 1 ? in.relativize(f).getName(0).toString() : ".";
                table.computeIfAbsent(group + " " + kind(f), g -> new TreeMap<>()).merge(o.kind(), 1, Integer::sum);
                table.computeIfAbsent("all " + kind(f), g -> new TreeMap<>()).merge(o.kind(), 1, Integer::sum);
            });
        }
        List<String> kinds = List.of("right", "refused", "refused-badly", "damaged", "crashed");
        System.out.printf("%-48s %6s %6s %8s %8s %8s %8s%n", "corpus", "files", "right", "refused", "badly", "damaged", "crashed");
        table.forEach((g, counts) -> {
            List<Object> row = new ArrayList<>(List.of(g, counts.values().stream().mapToInt(Integer::intValue).sum()));
            kinds.forEach(k -> row.add(counts.getOrDefault(k, 0)));
            System.out.printf("%-48s %6d %6d %8d %8d %8d %8d%n", row.toArray());
        });
        pool.shutdownNow();
        System.exit(0);
    }

    /**
     * The name of a merged DOCX and its original in the LibreOffice folder: the folder's and the file's
     * name, and the whole path's hash, since two corpora hold files of the same name in folders of the
     * same name (pandoc's and docx4j's {@code docx/metadata.docx} crashed the sweep).
     */
    static String mergedName(Path original) {
        return original.getParent().getFileName() + "__" + original.getFileName().toString().replaceAll("\\.docx$", "")
                + "__" + Integer.toHexString(original.toAbsolutePath().toString().hashCode());
    }

    /** docx, html or txt, by the name's ending; null for any other file. */
    static String kind(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx")) {
            return "docx";
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return "html";
        }
        return n.endsWith(".txt") ? "txt" : null;
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(e.toString());
        for (StackTraceElement at : e.getStackTrace()) {
            if (at.getClassName().startsWith("org.tmsh") || at.getClassName().startsWith("net.sf.okapi")) {
                s.append(" at ").append(at);
                break;
            }
        }
        return s.toString();
    }

    /** One file through pretranslate, merge untouched and merge translated twice. */
    Outcome one(Path original, Path mergedDir) throws Exception {
        String kind = kind(original);
        String ext = original.getFileName().toString().replaceAll(".*\\.", "");
        // the document as tmsh is given it: a name of its own, beside its XLIFF
        Path doc = Files.copy(original, work.resolve("doc." + ext));
        Path xlf = work.resolve("doc.xlf");
        try {
            new PretranslateJob(segmenter).run(new PretranslateJob.Request(doc, xlf, "en", "de", 95, 3, null, "sweep", "2.0"),
                    empty, Progress.NONE);
        } catch (TmshException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            boolean clear = !m.isBlank() && !m.strip().contains("\n") && m.contains(doc.getFileName().toString());
            return new Outcome(clear ? "refused" : "refused-badly", "pretranslate: " + m);
        }
        if (Files.exists(xlf) && !Files.exists(doc)) {
            return new Outcome("damaged", "pretranslate removed the document");
        }
        Path out = work.resolve("out." + ext);
        try {
            // merge's cautions (a page's tags or a note's mark it could not pair) go to the log, one line each
            new MergeJob(segmenter).run(xlf, out, null, "sweep").cautions().forEach(c -> System.err.println("caution: " + c));
            String damage = untouched(doc, out, kind);
            if (damage != null) {
                return new Outcome("damaged", "untouched: " + damage);
            }
            for (UnaryOperator<String> edit : List.of(UPPER, MARKUP)) {
                CatTool.open(xlf).translateAll(edit, "translated").save();
                MergeJob.Result r = new MergeJob(segmenter).run(xlf, out, null, "sweep");
                r.cautions().forEach(c -> System.err.println("caution: " + c));
                String what = edit == UPPER ? "upper-cased" : "markup characters";
                if (r.translated() != r.segments()) {
                    return new Outcome("damaged", what + ": " + r.translated() + " of " + r.segments() + " segments written");
                }
                damage = translated(doc, out, kind, edit);
                if (damage != null) {
                    return new Outcome("damaged", what + ": " + damage);
                }
                if (edit == UPPER && kind.equals("docx")) {
                    String base = mergedName(original);
                    Files.copy(out, mergedDir.resolve(base + ".en.docx"));
                    // LibreOffice shows a tracked deletion's text; tmsh reads the document with its changes accepted
                    Path accepted = AcceptedRevisions.copy(doc, Files.createTempDirectory(mergedDir, "accepted-"));
                    Files.move(accepted, mergedDir.resolve(base + ".de.docx"));
                    Files.delete(accepted.getParent());
                }
            }
        } catch (TmshException e) {
            return new Outcome("refused-badly", "merge of its own XLIFF: " + e.getMessage());
        }
        return new Outcome("right", "");
    }

    /** Null when {@code out} is {@code doc}; else what differs first. */
    static String untouched(Path doc, Path out, String kind) throws Exception {
        switch (kind) {
            case "txt" -> {
                return java.util.Arrays.equals(Files.readAllBytes(doc), Files.readAllBytes(out)) ? null : "bytes differ";
            }
            case "html" -> {
                return firstDifference(html(doc, s -> s), html(out, s -> s), null);
            }
            default -> {
                String d = firstDifference(runs(RoundTripDocs.docxRuns(doc)), runs(RoundTripDocs.docxRuns(out)), null);
                if (d != null) {
                    return d;
                }
                return skeletonDifference(doc, out, s -> s);
            }
        }
    }

    /** Null when {@code out} is {@code doc} with some or all of its pieces' words edited; else what differs first. */
    static String translated(Path doc, Path out, String kind, UnaryOperator<String> edit) throws Exception {
        switch (kind) {
            case "txt" -> {
                List<String> a = Files.readString(doc).lines().toList();
                return firstDifference(a, Files.readString(out).lines().toList(), a.stream().map(edit).toList());
            }
            case "html" -> {
                return firstDifference(translatedHtml(doc, s -> s), translatedHtml(out, s -> s), translatedHtml(doc, edit));
            }
            default -> {
                TreeMap<String, List<List<RoundTripDocs.Run>>> a = RoundTripDocs.docxRuns(doc);
                String d = firstDifference(runs(a), runs(RoundTripDocs.docxRuns(out)), runs(RoundTripDocs.mapped(a, edit, p -> true)));
                if (d != null) {
                    return d;
                }
                return skeletonDifference(doc, out, edit);
            }
        }
    }

    /** Each run of each paragraph of each part as one piece: {@code part #paragraph [format] text}. */
    private static List<String> runs(TreeMap<String, List<List<RoundTripDocs.Run>>> parts) {
        List<String> out = new ArrayList<>();
        parts.forEach((part, paras) -> {
            for (int i = 0; i < paras.size(); i++) {
                out.add(part + " #" + i + " paragraph of " + paras.get(i).size() + " runs");
                for (RoundTripDocs.Run r : paras.get(i)) {
                    out.add(part + " #" + i + " [" + r.format() + "] " + r.text());
                }
            }
        });
        return out;
    }

    /** The XML outside the runs of every part, the same but for texts that are the original's or edited. */
    private static String skeletonDifference(Path doc, Path out, UnaryOperator<String> edit) throws Exception {
        TreeMap<String, String> a;
        try {
            a = RoundTripCorpusTest.skeleton(doc);
        } catch (AssertionError notXml) {
            return null; // the original itself has a part that is not XML: nothing to compare
        }
        TreeMap<String, String> b;
        try {
            b = RoundTripCorpusTest.skeleton(out);
        } catch (AssertionError notXml) {
            return notXml.getMessage();
        }
        if (!a.keySet().equals(b.keySet())) {
            return "parts " + a.keySet() + " became " + b.keySet();
        }
        for (String part : a.keySet()) {
            if (part.endsWith("styles.xml")) {
                continue; // Okapi's writer rewrites the styles part (docDefaults reordered, w:lang dropped); LibreOffice checks it
            }
            String[] x = a.get(part).split("\u0001", -1);
            String[] y = b.get(part).split("\u0001", -1);
            List<String> ex = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                ex.add(i % 2 == 1 ? edit.apply(x[i]) : x[i]);
            }
            String d = firstDifference(List.of(x), List.of(y), ex);
            if (d != null) {
                return part + " outside its runs: " + d;
            }
        }
        return null;
    }

    /**
     * Null when {@code got} has as many pieces as {@code original} and each is the original's piece or
     * (when {@code edited} is not null) the edited one; else the first that is neither.
     */
    static String firstDifference(List<String> original, List<String> got, List<String> edited) {
        for (int i = 0; i < Math.max(original.size(), got.size()); i++) {
            String o = i < original.size() ? original.get(i) : "(none)";
            String g = i < got.size() ? got.get(i) : "(none)";
            if (g.equals(o) || edited != null && i < edited.size() && (g.equals(edited.get(i)) || wordByWord(o, g, edited.get(i)))) {
                continue;
            }
            String e = edited == null || i >= edited.size() ? o : edited.get(i);
            int at = 0;
            while (at < Math.min(e.length(), g.length()) && e.charAt(at) == g.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 80);
            return "piece " + i + " of " + original.size() + "/" + got.size() + (from > 0 ? " from character " + from : "")
                    + ": expected «" + clip(e.substring(from)) + "», got «" + clip(g.substring(Math.min(from, g.length()))) + "»";
        }
        return null;
    }

    /**
     * Each word of {@code got} is the original's word or the edited one: a piece of which only some
     * sentences are translated (a field's result, text tmsh does not extract, beside a sentence).
     */
    private static boolean wordByWord(String original, String got, String edited) {
        String[] o = original.split(" ", -1);
        String[] g = got.split(" ", -1);
        String[] e = edited.split(" ", -1);
        if (o.length != g.length || e.length != g.length) {
            return false;
        }
        for (int i = 0; i < g.length; i++) {
            if (!g[i].equals(o[i]) && !g[i].equals(e[i])) {
                return false;
            }
        }
        return true;
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    /** An HTML page's tokens, decoded in the page's own encoding, the {@code lang} attributes left out. */
    private static List<String> html(Path page, UnaryOperator<String> words) throws Exception {
        return html(page, words, words);
    }

    /**
     * The tokens of a translated page: an attribute's inner white space is one space, as a translated
     * sentence's is the translator's (tmsh shows it collapsed); the white space at its edges counts.
     */
    private static List<String> translatedHtml(Path page, UnaryOperator<String> words) throws Exception {
        return html(page, words, a -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([ \t\r\n\f]*)(.*?)([ \t\r\n\f]*)", java.util.regex.Pattern.DOTALL)
                    .matcher(words.apply(a));
            return m.matches() ? m.group(1) + m.group(2).replaceAll("[ \t\r\n\f]+", " ") + m.group(3) : words.apply(a);
        });
    }

    private static List<String> html(Path page, UnaryOperator<String> words, UnaryOperator<String> attributes) throws Exception {
        ArrayList<String> tokens = RoundTripDocs.htmlTokens(decode(Files.readAllBytes(page)), words, attributes).stream()
                // the encoding a page declares is the one it is written in (UTF-8 for tmsh's, read so by decode)
                .filter(t -> !CHARSET_META.matcher(t).lookingAt())
                .map(t -> t.startsWith("<") ? CONTENT_LANGUAGE.matcher(LANG.matcher(t).replaceAll("")).replaceAll("$1").replace(" {}", "")
                        : t.replaceAll("[ \t\r\n]+", " "))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        for (int i = tokens.size() - 1; i > 0; i--) {
            if (!tokens.get(i).startsWith("<") && !tokens.get(i - 1).startsWith("<")) {
                tokens.set(i - 1, (tokens.get(i - 1) + tokens.remove(i)).replaceAll(" +", " ")); // texts around a comment
            }
        }
        // white space at the start or end of a line shows as nothing (Okapi's writer trims it): a text's edge
        // beside a block's tag, also through inline tags, white space and elements a browser does not render
        // (<td> <font>Text: the space is at the line's start); and white space inside such an element
        boolean[] hidden = hidden(tokens);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!t.startsWith("<")) {
                if (hidden[i]) {
                    t = t.strip();
                }
                if (lineEdge(tokens, i, -1)) {
                    t = t.stripLeading();
                }
                if (lineEdge(tokens, i, 1) || t.isBlank() && spaceFollows(tokens, i)) {
                    t = t.stripTrailing(); // (white space before more white space, across inline tags, is one space)
                }
                if (t.isEmpty()) {
                    continue;
                }
            }
            out.add(t);
        }
        if (!out.isEmpty() && !out.get(out.size() - 1).startsWith("<")) {
            out.set(out.size() - 1, out.get(out.size() - 1).stripTrailing()); // the end of the page
        }
        return out;
    }

    private static final Pattern BLOCK = Pattern.compile(
            "</?(p|li|ul|ol|dl|dt|dd|div|section|article|header|table|tr|td|th|thead|tbody|tfoot|h[1-6]|body|head|html|title|br|hr|blockquote|pre|nav|footer|aside|main|figure|figcaption|caption|center|fieldset|legend|address|details|summary|dialog|menu|hgroup|optgroup|colgroup|col|frameset|frame|noframes|option|select|form|meta|link|script|style)\\b");

    /** Elements a browser (scripts on) does not render: their white space shows nothing, and nothing of theirs ends a line. */
    private static final Pattern UNRENDERED = Pattern.compile("</?(noscript|datalist|template)\\b");

    /** Inline elements that show something themselves (an image, a control): white space beside them is shown. */
    private static final Pattern REPLACED = Pattern.compile("</?(img|input|button|select|textarea|iframe|video|audio|object|embed|canvas|svg|math|progress|meter)\\b");

    /** Elements shown as a box of their own whose content is a fallback a browser that plays them does not show. */
    private static final Pattern FALLBACK = Pattern.compile("</?(video|audio|canvas|iframe)\\b");

    /** Which tokens lie inside an element in {@link #UNRENDERED} or {@link #FALLBACK}. */
    private static boolean[] hidden(List<String> tokens) {
        boolean[] in = new boolean[tokens.size()];
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (UNRENDERED.matcher(t).lookingAt() || FALLBACK.matcher(t).lookingAt()) {
                depth = Math.max(0, depth + (t.startsWith("</") ? -1 : 1));
            } else {
                in[i] = depth > 0;
            }
        }
        return in;
    }

    /**
     * Whether, walking on from the text at {@code i} over inline tags and whole unrendered elements, the next
     * text starts with white space: a browser shows the two runs of white space as one space.
     */
    private static boolean spaceFollows(List<String> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            String u = tokens.get(j);
            if (!u.startsWith("<")) {
                return !u.isEmpty() && Character.isWhitespace(u.charAt(0));
            }
            if (BLOCK.matcher(u).lookingAt() || REPLACED.matcher(u).lookingAt() || UNRENDERED.matcher(u).lookingAt()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the text at {@code i} is at the start ({@code dir} -1) or end (1) of a line as a browser lays
     * it out: walking away from it over inline tags, blank texts and whole unrendered elements, the first
     * thing met is a block's tag or the page's edge (not a text, an image or a control).
     */
    private static boolean lineEdge(List<String> tokens, int i, int dir) {
        int j = i + dir;
        while (j >= 0 && j < tokens.size()) {
            String u = tokens.get(j);
            if (!u.startsWith("<")) {
                if (!u.isBlank()) {
                    return false;
                }
            } else if (BLOCK.matcher(u).lookingAt()) {
                return true;
            } else if (REPLACED.matcher(u).lookingAt()) {
                return false;
            } else if (UNRENDERED.matcher(u).lookingAt()) {
                boolean entering = dir > 0 ? !u.startsWith("</") : u.startsWith("</");
                if (!entering) {
                    return true; // the text is inside it: nothing of it is shown
                }
                int depth = 1;
                while (depth > 0 && (j += dir) >= 0 && j < tokens.size()) {
                    String v = tokens.get(j);
                    if (UNRENDERED.matcher(v).lookingAt()) {
                        depth += (v.startsWith("</") == dir > 0) ? -1 : 1;
                    }
                }
            }
            j += dir;
        }
        return true;
    }
    private static final Pattern CHARSET = Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([-a-z0-9_]+)");

    /** A page's text in the encoding it declares (meta or XML declaration), else UTF-8, else windows-1252. */
    static String decode(byte[] bytes) {
        String text = decodeWithBom(bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte-order mark shows nothing
    }

    private static String decodeWithBom(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(head);
        if (m.find()) {
            try {
                return new String(bytes, Charset.forName(m.group(1)));
            } catch (Exception unknown) {
                // fall through
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** LibreOffice reads every upper-cased merged DOCX: one start for all, text compared line by line. */
    static final class LibreOffice {

        static void check(Map<Path, Outcome> outcomes, Path merged, Path out) throws Exception {
            String soffice = Files.isExecutable(Path.of("/usr/bin/soffice")) ? "/usr/bin/soffice" : null;
            List<String> files;
            try (Stream<Path> s = Files.list(merged)) {
                files = s.map(Path::toString).filter(n -> n.endsWith(".docx")).sorted().toList();
            }
            if (soffice == null || files.isEmpty()) {
                System.err.println("LibreOffice: not run (" + (soffice == null ? "no /usr/bin/soffice" : "no merged DOCX") + ")");
                return;
            }
            Path txt = Files.createDirectories(out.resolve("txt"));
            for (int from = 0; from < files.size(); from += 100) {
                List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + out.resolve("profile").toAbsolutePath().toUri(),
                        "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", txt.toString()));
                cmd.addAll(files.subList(from, Math.min(files.size(), from + 100)));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile()).start();
                if (!p.waitFor(600, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            for (Map.Entry<Path, Outcome> e : outcomes.entrySet()) {
                if (!e.getValue().kind().equals("right") || !"docx".equals(kind(e.getKey()))) {
                    continue;
                }
                String base = mergedName(e.getKey());
                Path de = txt.resolve(base + ".de.txt");
                Path en = txt.resolve(base + ".en.txt");
                if (!Files.exists(en)) {
                    if (Files.exists(de)) {
                        e.setValue(new Outcome("damaged", "LibreOffice reads the original and not the merged document"));
                    }
                    continue;
                }
                if (!Files.exists(de)) {
                    continue;
                }
                List<String> a = Files.readString(de).lines().toList();
                String d = firstDifference(a, Files.readString(en).lines().toList(), a.stream().map(UPPER).toList());
                if (d != null) {
                    e.setValue(new Outcome("damaged", "LibreOffice: " + d));
                }
            }
        }
    }
}
