package org.tmsh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;

import org.tmsh.common.Progress;
import org.tmsh.jobs.CatTool;
import org.tmsh.jobs.MergeJob;
import org.tmsh.jobs.PretranslateJob;
import org.tmsh.jobs.RoundTripDocs;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * The round-trip benchmark: {@code mvn -q -B -Pbench-roundtrip test-compile exec:exec}.
 *
 * <p>The round-trip suite's documents (TXT, HTML, DOCX, an XLIFF 1.2 from another tool: several
 * sentences a paragraph, split runs, tabs, soft breaks, no-break spaces, formatting across a sentence
 * end, links, a footnote, a table) go twice through a round trip in which every segment is
 * "translated" by upper-casing its words (codes kept), once untouched:
 * <ul>
 * <li>Okapi, the anchor: its filter for the format, the same SRX rules through Okapi's segmenter,
 *     each target segment set, the filter's own writer (what Rainbow's segmentation, leveraging and
 *     "filter events to raw document" steps do in one pipeline);</li>
 * <li>tmsh: {@code pretranslate} to XLIFF 1.2, the targets filled in the XLIFF as a CAT tool does,
 *     {@code merge}.</li>
 * </ul>
 * Each output is compared with the expected document (the original with its words upper-cased, or
 * the original itself): TXT by line, HTML by token (tag with attributes, or text), DOCX by paragraph
 * of every part (runs with their text and formatting), XLIFF by line. The table gives, per document
 * and system, the pieces compared and those that differ; tmsh must differ in no more than Okapi.
 */
public final class RoundTripBenchmark {

    private static final UnaryOperator<String> UPPER = s -> s.toUpperCase(Locale.GERMAN);

    private RoundTripBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-roundtrip");
        Files.createDirectories(work);
        SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-22s %-10s %8s %12s %12s", "document", "run", "pieces", "okapi-diff", "tmsh-diff"));
        boolean worse = false;
        try (TmLibrary library = new TmLibrary(work.resolve("tm"))) {
            TranslationMemory empty = library.openOrCreate("empty");
            List<String> names = new ArrayList<>(List.of("notes.de.txt", "minutes.de.html", "minutes.de.docx", "strings.de.xlf"));
            for (int i = 0; i < 5; i++) {
                for (String ext : List.of("txt", "html", "docx")) {
                    names.add("seed-" + i + ".de." + ext);
                }
            }
            for (String name : names) {
                for (boolean translate : new boolean[] {false, true}) {
                    Path dir = Files.createDirectories(work.resolve(name + (translate ? "-upper" : "-untouched")));
                    Path doc = document(name, dir);
                    UnaryOperator<String> words = translate ? UPPER : s -> s;
                    Path okapi = dir.resolve("okapi-" + name);
                    okapiRoundTrip(doc, okapi, segmenter, words);
                    Path xlf = dir.resolve(name + ".xlf");
                    new PretranslateJob(segmenter).run(new PretranslateJob.Request(doc, xlf, "de", "en", 95, 3, null, "bench"),
                            empty, Progress.NONE);
                    if (translate) {
                        CatTool.open(xlf).translateAll(words, "translated").save();
                    }
                    Path tmsh = dir.resolve("tmsh-" + name);
                    new MergeJob(segmenter).run(xlf, tmsh, null, "bench");
                    List<String> expected = pieces(doc, words, true);
                    int o = differences(expected, pieces(okapi, s -> s, false));
                    int t = differences(expected, pieces(tmsh, s -> s, false));
                    worse |= t > o;
                    rows.add(String.format(Locale.ROOT, "%-22s %-10s %8d %12d %12d", name, translate ? "upper" : "untouched",
                            expected.size(), o, t));
                }
            }
        }
        rows.forEach(System.out::println);
        Files.write(work.resolve("results.txt"), rows);
        if (worse) {
            System.out.println("tmsh differs from the expected document in more pieces than Okapi somewhere");
            System.exit(1);
        }
    }

    /** A document of the suite in {@code dir}: the round-trip resources, or a seed text as TXT, HTML or DOCX. */
    private static Path document(String name, Path dir) throws Exception {
        if (name.startsWith("seed-")) {
            String n = name.substring(5, 6);
            Path seed;
            try (var seeds = Files.list(Path.of("seeds"))) {
                seed = seeds.filter(p -> p.getFileName().toString().startsWith("00" + n + "_")).findFirst().orElseThrow();
            }
            Path txt = Files.copy(seed, dir.resolve("seed-" + n + ".de.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (var old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).filter(p -> p.toString().contains(".docx.d")).toList()) {
                    Files.delete(p);
                }
            }
            List<Path> made = RoundTripDocs.asHtmlAndDocx(txt, dir, "seed-" + n + ".de");
            return name.endsWith(".txt") ? txt : name.endsWith(".html") ? made.get(0) : made.get(1);
        }
        return name.endsWith(".docx") ? RoundTripDocs.docx(name, dir)
                : Files.copy(RoundTripDocs.DIR.resolve(name), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Okapi alone: filter, segmentation, each target segment {@code words} of its source, the filter's writer. */
    static void okapiRoundTrip(Path doc, Path out, SrxSegmenter segmenter, UnaryOperator<String> words) {
        LocaleId de = LocaleId.fromBCP47("de");
        LocaleId en = LocaleId.fromBCP47("en");
        String name = doc.getFileName().toString();
        IFilter filter = name.endsWith(".docx") ? new OpenXMLFilter() : name.endsWith(".html") ? tmshHtmlFilter()
                : name.endsWith(".xlf") ? new XLIFFFilter() : new PlainTextFilter();
        if (filter instanceof OpenXMLFilter ox) {
            ox.getParameters().setTranslateWordHeadersFooters(false);
            ox.getParameters().setAllowWordStyleOptimisation(false); // as tmsh: the runs keep their formatting
        }
        try (filter; RawDocument raw = new RawDocument(doc.toUri(), "UTF-8", de, en)) {
            filter.open(raw);
            IFilterWriter writer = filter.createFilterWriter();
            writer.setOptions(en, "UTF-8");
            writer.setOutput(out.toString());
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit() && e.getTextUnit().isTranslatable()) {
                    ITextUnit tu = e.getTextUnit();
                    segmenter.segment(tu.getSource(), "de");
                    TextContainer tt = tu.createTarget(en, true, IResource.COPY_ALL);
                    for (Segment seg : tu.getSource().getSegments()) {
                        TextFragment t = seg.getContent().clone();
                        t.setCodedText(words.apply(t.getCodedText()), true);
                        tt.getSegments().get(seg.getId()).setContent(t);
                    }
                }
                writer.handleEvent(e);
            }
            writer.close();
        }
    }

    /**
     * Okapi's HTML filter with tmsh's configuration (its default rules, page furniture excluded), so
     * that both sides translate the same text and only the round trip is compared.
     */
    private static IFilter tmshHtmlFilter() {
        try {
            java.lang.reflect.Method m = org.tmsh.document.DocumentReader.class.getDeclaredMethod("htmlFilter");
            m.setAccessible(true);
            return (IFilter) m.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DocumentReader.htmlFilter() not found", e);
        }
    }

    /**
     * A document as the pieces compared: TXT and XLIFF lines, HTML tokens, DOCX paragraphs (each
     * part's, as a run list); {@code expected} maps the original's words as the round trip should.
     */
    static List<String> pieces(Path doc, UnaryOperator<String> words, boolean expected) throws Exception {
        String name = doc.getFileName().toString();
        if (name.endsWith(".docx")) {
            return RoundTripDocs.pieces(doc, words, expected);
        }
        String text = Files.readString(doc);
        if (name.endsWith(".xlf")) {
            return expected ? expectedXliff(text, words) : text.lines().map(String::strip).toList();
        }
        return RoundTripDocs.pieces(doc, words, expected);
    }

    /** A monolingual XLIFF's lines after a merge: each source followed by its target, the words mapped. */
    private static List<String> expectedXliff(String text, UnaryOperator<String> words) {
        List<String> out = new ArrayList<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.startsWith("<xliff ")) {
                line = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">";
            }
            out.add(line);
            if (line.startsWith("<source>")) {
                String inner = line.substring("<source>".length(), line.length() - "</source>".length());
                StringBuilder t = new StringBuilder();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<[^>]+>").matcher(inner);
                int at = 0;
                while (m.find()) {
                    t.append(words.apply(inner.substring(at, m.start()))).append(m.group());
                    at = m.end();
                }
                t.append(words.apply(inner.substring(at)));
                out.add("<target xml:lang=\"en\">" + t + "</target>");
            }
        }
        return out;
    }

    /** How many pieces of {@code expected} are not found, in order, in {@code found} (plus those found too many). */
    static int differences(List<String> expected, List<String> found) {
        int[][] lcs = new int[expected.size() + 1][found.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = found.size() - 1; j >= 0; j--) {
                lcs[i][j] = expected.get(i).equals(found.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return Math.max(expected.size(), found.size()) - lcs[0][0];
    }
}
