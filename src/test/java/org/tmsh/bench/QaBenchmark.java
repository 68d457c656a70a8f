package org.tmsh.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.IssueType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.QualityCheckSession;

import org.tmsh.common.Markers;
import org.tmsh.common.Xml;
import org.tmsh.qa.BilingualFiles;
import org.tmsh.qa.CheckCatalog;
import org.tmsh.qa.Finding;
import org.tmsh.qa.Profile;
import org.tmsh.qa.QaEngine;

/**
 * The QA anchor benchmark: tmsh's checks and Okapi's Quality Check (CheckMate's engine) on the same
 * planted-error corpus ({@link PlantedCorpus}) in the same run: recall and precision per class, errors on
 * untouched pairs, and segments per second; then tmsh alone over 100,000 segments of one XLIFF file.
 *
 * <p>Run: {@code mvn -q -B -Pbench-qa test-compile exec:exec} (arguments: tm-data folder, output folder,
 * plants per class, segments of the speed run, "original" for the first part of the corpus only, "sixth" for the sixth
 * ({@link FormPlants}) only, "seventh" for the seventh ({@link OpenGapPlants}) only, "eighth" for the eighth ({@link WordPlants}, both directions) only, "ninth" for the ninth ({@link NameBenchmark}: glossary names, with the glossary) only,
 * or "all", and
 * the units of a memory to run the consistency check over).
 */
public final class QaBenchmark {

    /** Which of CheckMate's issue types stand for which planted class (pattern issues cover several). */
    private static final Map<String, Set<IssueType>> OKAPI = new LinkedHashMap<>();

    static {
        Set<IssueType> patterns = EnumSet.of(IssueType.SUSPECT_PATTERN, IssueType.UNEXPECTED_PATTERN);
        OKAPI.put("numbers", union(patterns, EnumSet.of(IssueType.SUSPECT_NUMBER, IssueType.SUSPECT_DATE_TIME)));
        OKAPI.put("codes", union(patterns, EnumSet.of(IssueType.MISSING_CODE, IssueType.EXTRA_CODE, IssueType.SUSPECT_CODE)));
        OKAPI.put("untranslated", EnumSet.of(IssueType.EMPTY_TARGETSEG, IssueType.MISSING_TARGETSEG, IssueType.MISSING_TARGETTU,
                IssueType.TARGET_SAME_AS_SOURCE));
        OKAPI.put("consistency", EnumSet.noneOf(IssueType.class));
        OKAPI.put("punctuation", patterns);
        OKAPI.put("spacing", EnumSet.of(IssueType.OTHER, IssueType.MISSING_LEADINGWS, IssueType.MISSINGORDIFF_LEADINGWS,
                IssueType.EXTRA_LEADINGWS, IssueType.EXTRAORDIFF_LEADINGWS, IssueType.MISSING_TRAILINGWS,
                IssueType.MISSINGORDIFF_TRAILINGWS, IssueType.EXTRA_TRAILINGWS, IssueType.EXTRAORDIFF_TRAILINGWS));
        OKAPI.put("repeated-words", EnumSet.of(IssueType.OTHER));
        OKAPI.put("fixed-tokens", patterns);
        OKAPI.put("acronyms", patterns);
        OKAPI.put("length", EnumSet.of(IssueType.TARGET_LENGTH));
        OKAPI.put("dates", union(patterns, EnumSet.of(IssueType.SUSPECT_NUMBER, IssueType.SUSPECT_DATE_TIME)));
        OKAPI.put("spelling", EnumSet.of(IssueType.LANGUAGETOOL_ERROR)); // LanguageTool is off: no spelling findings
        OKAPI.put("initial-case", EnumSet.noneOf(IssueType.class));
        OKAPI.put("characters", union(patterns, EnumSet.of(IssueType.ALLOWED_CHARACTERS)));
        OKAPI.put("unedited-match", EnumSet.noneOf(IssueType.class)); // CheckMate reads no alt-trans: no such check
        OKAPI.put("negation", EnumSet.noneOf(IssueType.class)); // no such check
    }

    private static Set<IssueType> union(Set<IssueType> a, Set<IssueType> b) {
        Set<IssueType> out = EnumSet.copyOf(a);
        out.addAll(b);
        return out;
    }

    /** Runs of each tool over the planted corpus and of the speed run ({@code -Dbench.qa.runs}, 3 unless told). */
    private static final int RUNS = Integer.getInteger("bench.qa.runs", 3);

    private QaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/tm-data");
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-qa"));
        int perClass = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int scale = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        List<TmData.Pair> pairs = TmData.load(data);
        if (args.length > 4 && args[4].equals("ninth")) { // the ninth part alone (NamePlants: names of a glossary, with it)
            NameBenchmark.run(pairs, out, perClass * 2, Path.of("glossaries/seeds.tbx"), Path.of("glossaries/seeds-tbx2008.tbx"));
            return;
        }
        boolean extended = args.length <= 4 || !args[4].equals("original");
        List<PlantedCorpus.Segment> corpus = PlantedCorpus.build(pairs, perClass, 20261206L, extended);
        if (args.length > 4 && args[4].equals("sixth")) { // the sixth part alone (FormPlants: ids f and e)
            corpus = corpus.stream().filter(sg -> sg.id().startsWith("f") || sg.id().startsWith("e")).toList();
        }
        if (args.length > 4 && args[4].equals("seventh")) { // the seventh part alone (OpenGapPlants: ids o and l)
            corpus = corpus.stream().filter(sg -> sg.id().startsWith("o") || sg.id().startsWith("l")).toList();
        }
        if (args.length > 4 && args[4].equals("eighth")) { // the eighth part alone (WordPlants: ids k, q, rk, rq)
            corpus = corpus.stream().filter(sg -> sg.id().matches("r?[kq]\\d.*")).toList();
        }
        // German to English segments (the eighth part's ids rk and rq) go into a file of their own, source German
        Path xlf = out.resolve("planted.xlf");
        Path xlfDe = out.resolve("planted-de-en.xlf");
        write(xlf, corpus.stream().filter(sg -> !reversed(sg)).toList(), "en", "de");
        write(xlfDe, corpus.stream().filter(QaBenchmark::reversed).toList(), "de", "en");
        Map<String, String> plantedOf = new HashMap<>();
        corpus.forEach(s -> plantedOf.put(s.id(), s.planted()));
        long untouched = corpus.stream().filter(s -> s.planted() == null).count();
        System.out.printf(Locale.ROOT, "corpus: %d segments, %d planted (%d classes), %d untouched; %s%n", corpus.size(),
                corpus.size() - untouched, corpus.stream().map(PlantedCorpus.Segment::planted).filter(java.util.Objects::nonNull).distinct().count(), untouched, xlf);

        // tmsh: read the XLIFF and run every check of the default profile (no glossary: no terminology)
        Map<String, Set<String>> tmshFlags = new HashMap<>();
        Map<String, Set<String>> tmshErrors = new HashMap<>(); // the classes with an error-severity finding, by segment
        long tmshErrorsOnClean = 0;
        double tmshSeconds = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            Profile p = Profile.standard();
            QaEngine engine = new QaEngine(CheckCatalog.create(p, null, null), p);
            BilingualFiles.read(xlf, "en", "de", engine::add);
            BilingualFiles.read(xlfDe, "de", "en", engine::add);
            List<Finding> findings = engine.finish(null);
            tmshSeconds = Math.min(tmshSeconds, (System.nanoTime() - t0) / 1e9);
            tmshFlags.clear();
            tmshErrors.clear();
            tmshErrorsOnClean = 0;
            if (run == 0) {
                StringBuilder clean = new StringBuilder();
                for (Finding f : findings) {
                    if (f.places().stream().anyMatch(pl -> plantedOf.get(pl.id()) == null)) {
                        clean.append(f.severity()).append('\t').append(f.kind()).append('\t').append(f.where()).append('\t')
                                .append(f.message()).append('\t').append(f.source()).append('\t').append(f.target()).append('\n');
                    }
                }
                Files.writeString(out.resolve("tmsh-on-untouched.tsv"), clean);
                Set<String> flagged = new HashSet<>();
                findings.forEach(f -> f.places().forEach(pl -> flagged.add(pl.id() + " " + f.kind())));
                StringBuilder missed = new StringBuilder();
                for (PlantedCorpus.Segment sg : corpus) {
                    if (sg.planted() != null && !flagged.contains(sg.id() + " " + sg.planted())) {
                        missed.append(sg.kind()).append('\t').append(sg.id()).append('\t').append(sg.source()).append('\t')
                                .append(sg.target()).append('\n');
                    }
                }
                Files.writeString(out.resolve("tmsh-missed.tsv"), missed);
            }
            for (Finding f : findings) {
                for (Finding.Place pl : f.places()) {
                    tmshFlags.computeIfAbsent(pl.id(), k -> new HashSet<>()).add(f.kind());
                    if (f.severity() == Finding.Severity.ERROR) {
                        tmshErrors.computeIfAbsent(pl.id(), k -> new HashSet<>()).add(f.kind());
                    }
                    if (f.severity() == Finding.Severity.ERROR && plantedOf.get(pl.id()) == null) {
                        tmshErrorsOnClean++;
                    }
                }
            }
        }

        // spelling again with a project memory: the confirmed targets of the tm-data pairs the corpus does not use, as
        // `qa --tm NAME` takes them (a word the memory's targets write is known)
        java.util.regex.Pattern clause = java.util.regex.Pattern.compile("\\s\\([^()]*\\)$");
        Set<String> inCorpus = new HashSet<>();
        for (PlantedCorpus.Segment sg : corpus) {
            inCorpus.add(sg.source());
            inCorpus.add(clause.matcher(sg.source()).replaceAll(""));
        }
        int memoryUnits = 0;
        int memorySize = 0;
        Map<String, Set<String>> withMemory = new HashMap<>();
        try {
            org.tmsh.qa.Vocabulary memoryWords = new org.tmsh.qa.Vocabulary();
            for (TmData.Pair p : pairs) {
                if (!inCorpus.contains(p.en())) {
                    memoryWords.add(p.de(), "de");
                    memoryUnits++;
                }
            }
            memorySize = memoryWords.size();
            Profile p = Profile.standard();
            QaEngine engine = new QaEngine(CheckCatalog.create(p, null, List.of("spelling"), memoryWords), p);
            BilingualFiles.read(xlf, "en", "de", engine::add);
            for (Finding f : engine.finish(null)) {
                f.places().forEach(pl -> withMemory.computeIfAbsent(pl.id(), k -> new HashSet<>()).add(f.kind()));
            }
        } catch (LinkageError older) {
            memoryUnits = 0; // checks of a version without a memory's words (an A/B run against an older build)
        }

        // Okapi's Quality Check session with its default parameters (no LanguageTool, no terms, no schema)
        Map<String, Set<String>> okapiFlags = new HashMap<>();
        Map<IssueType, Integer> okapiTypes = new TreeMap<>();
        double okapiSeconds = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            QualityCheckSession session = new QualityCheckSession();
            Parameters params = new Parameters();
            params.setCheckXliffSchema(false);
            params.setCheckWithLT(false);
            params.setCheckTerms(false);
            params.setCheckBlacklist(false);
            params.setSaveSession(false);
            params.setAutoOpen(false);
            session.setParameters(params);
            okapiFlags.clear();
            okapiTypes.clear();
            for (boolean deEn : new boolean[] {false, true}) { // English to German, then the German-to-English segments
                LocaleId from = deEn ? LocaleId.GERMAN : LocaleId.ENGLISH;
                LocaleId to = deEn ? LocaleId.ENGLISH : LocaleId.GERMAN;
                if (deEn) { // a session of its own: its issues are the German-to-English segments' alone
                    session = new QualityCheckSession();
                    session.setParameters(params);
                }
                session.startProcess(from, to);
                StartDocument sd = new StartDocument("sd1");
                sd.setName((deEn ? xlfDe : xlf).toUri().toString());
                session.processStartDocument(sd, new ArrayList<>());
                for (PlantedCorpus.Segment s : corpus) {
                    if (reversed(s) != deEn) {
                        continue;
                    }
                    ITextUnit tu = new TextUnit(s.id());
                    tu.setSource(new TextContainer(fragment(s.source())));
                    tu.setTarget(to, new TextContainer(fragment(s.target())));
                    session.processTextUnit(tu);
                }
                for (Issue i : session.getIssues()) {
                    okapiFlags.computeIfAbsent(i.getTuId(), k -> new HashSet<>()).add(i.getIssueType().name());
                    okapiTypes.merge(i.getIssueType(), 1, Integer::sum);
                }
            }
            okapiSeconds = Math.min(okapiSeconds, (System.nanoTime() - t0) / 1e9);
        }

        System.out.println();
        System.out.println("| class | planted | tmsh recall | tmsh precision | CheckMate recall | CheckMate precision |");
        System.out.println("|---|---|---|---|---|---|");
        int[] tmshTot = new int[3];
        int[] okTot = new int[3];
        for (String c : PlantedCorpus.REPORTED) {
            int planted = 0;
            int tTp = 0;
            int tFp = 0;
            int oTp = 0;
            int oFp = 0;
            for (PlantedCorpus.Segment s : corpus) {
                boolean t = tmshFlags.getOrDefault(s.id(), Set.of()).contains(c);
                boolean o = okapiFlags.getOrDefault(s.id(), Set.of()).stream().anyMatch(x -> OKAPI.get(c).contains(IssueType.valueOf(x)));
                if (c.equals(s.planted())) {
                    if (!(c.equals("consistency") && (s.id().startsWith("p") || s.id().startsWith("o")) && !s.id().endsWith("b"))) {
                        planted++;
                        tTp += t ? 1 : 0;
                        oTp += o ? 1 : 0;
                    }
                } else if (s.planted() == null) {
                    tFp += t ? 1 : 0;
                    oFp += o ? 1 : 0;
                }
            }
            if (planted == 0) {
                continue; // a class only a later part plants, when that part is not run
            }
            tmshTot[0] += planted;
            tmshTot[1] += tTp;
            tmshTot[2] += tFp;
            okTot[1] += oTp;
            okTot[2] += oFp;
            System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %s | %s | %s |%n", c, planted, (double) tTp / planted, prec(tTp, tFp),
                    OKAPI.get(c).isEmpty() ? "(no such check)" : String.format(Locale.ROOT, "%.3f", (double) oTp / planted),
                    OKAPI.get(c).isEmpty() ? "-" : prec(oTp, oFp));
        }
        System.out.printf(Locale.ROOT, "| **all** | %d | %.3f | %s | %.3f | %s |%n", tmshTot[0], (double) tmshTot[1] / tmshTot[0],
                prec(tmshTot[1], tmshTot[2]), (double) okTot[1] / tmshTot[0], prec(okTot[1], okTot[2]));
        {
            int planted = 0;
            int tp = 0;
            int fp = 0;
            for (PlantedCorpus.Segment sg : corpus) {
                boolean t = withMemory.getOrDefault(sg.id(), Set.of()).contains("spelling");
                if ("spelling".equals(sg.planted())) {
                    planted++;
                    tp += t ? 1 : 0;
                } else if (sg.planted() == null) {
                    fp += t ? 1 : 0;
                }
            }
            if (planted > 0 && memoryUnits > 0) {
                System.out.printf(Locale.ROOT, "| spelling, with a project memory (%,d units, %,d words) | %d | %.3f | %s | | |%n", memoryUnits,
                        memorySize, planted, (double) tp / planted, prec(tp, fp));
            }
        }
        System.out.println();
        System.out.println("| kind of error | class | planted | tmsh recall | tmsh recall as an error | CheckMate recall |");
        System.out.println("|---|---|---|---|---|---|");
        Map<String, int[]> kinds = new LinkedHashMap<>();
        Map<String, String> classOf = new HashMap<>();
        for (PlantedCorpus.Segment s : corpus) {
            if (s.planted() == null || (s.planted().equals("consistency") && !s.id().endsWith("b"))) {
                continue;
            }
            int[] k = kinds.computeIfAbsent(s.kind(), x -> new int[4]);
            classOf.put(s.kind(), s.planted());
            k[0]++;
            k[1] += tmshFlags.getOrDefault(s.id(), Set.of()).contains(s.planted()) ? 1 : 0;
            k[2] += okapiFlags.getOrDefault(s.id(), Set.of()).stream().anyMatch(x -> OKAPI.get(s.planted()).contains(IssueType.valueOf(x))) ? 1 : 0;
            k[3] += tmshErrors.getOrDefault(s.id(), Set.of()).contains(s.planted()) ? 1 : 0;
        }
        kinds.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %s |%n", k, classOf.get(k), v[0], (double) v[1] / v[0],
                (double) v[3] / v[0],
                OKAPI.get(classOf.get(k)).isEmpty() ? "(no such check)" : String.format(Locale.ROOT, "%.3f", (double) v[2] / v[0])));
        System.out.println();
        System.out.printf(Locale.ROOT, "untouched pairs: tmsh %d error-severity findings on %d segments (%.2f per 200);"
                + " findings of any severity on %d of them%n", tmshErrorsOnClean, untouched, 200.0 * tmshErrorsOnClean / untouched,
                corpus.stream().filter(s -> s.planted() == null && tmshFlags.containsKey(s.id())).count());
        System.out.printf(Locale.ROOT, "CheckMate flagged %d of the untouched segments; its issue types: %s%n",
                corpus.stream().filter(s -> s.planted() == null && okapiFlags.containsKey(s.id())).count(), okapiTypes);
        System.out.printf(Locale.ROOT, "time (best of 3): tmsh %.2f s (%,.0f segments/s, reading the XLIFF included), CheckMate %.2f s (%,.0f segments/s)%n",
                tmshSeconds, corpus.size() / tmshSeconds, okapiSeconds, corpus.size() / okapiSeconds);

        // speed: one XLIFF of `scale` real and derived segments through every check
        List<TmData.Pair> big = TmData.derive(pairs, scale);
        List<PlantedCorpus.Segment> segs = new ArrayList<>(big.size());
        for (int i = 0; i < big.size(); i++) {
            segs.add(new PlantedCorpus.Segment("s" + i, big.get(i).en(), big.get(i).de(), null));
        }
        Path bigXlf = out.resolve("speed.xlf");
        write(bigXlf, segs);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long p0 = processCpu();
            Profile p = Profile.standard();
            QaEngine engine = new QaEngine(CheckCatalog.create(p, null, null), p);
            try {
                engine.timed(); // each check's time: where a segment's CPU goes
            } catch (NoSuchMethodError older) {
                // checks of a version without the breakdown (an A/B run against an older build)
            }
            BilingualFiles.read(bigXlf, "en", "de", engine::add);
            List<Finding> findings = engine.finish(null);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            double all = (processCpu() - p0) / 1e9;
            System.out.printf(Locale.ROOT, "speed run %d: %,d segments in %.2f s wall = %,.0f segments/s; %.2f s CPU of the"
                    + " checking thread = %,.0f segments per CPU-second; %.2f s CPU of the whole JVM (GC, compiler) (%,d findings)%n", run + 1,
                    engine.segments(), s, engine.segments() / s, cpu, engine.segments() / cpu, all, findings.size());
            try {
                StringBuilder by = new StringBuilder("  time by check (ms, wall of the checking thread; the rest is reading the XLIFF):");
                engine.timings().forEach((id, ns) -> by.append(' ').append(id).append(' ').append(ns / 1_000_000));
                System.out.println(by);
            } catch (NoSuchMethodError older) {
                // an older build: no breakdown
            }
        }
        // consistency over a memory-sized set: the TM benchmark's derived units, fed as segments of a memory
        int memory = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        if (memory > 0) {
            List<TmData.Pair> units = TmData.derive(pairs, memory);
            pairs = null;
            big = null;
            segs = null;
            System.gc();
            long before = usedHeap();
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            Profile p = Profile.standard();
            QaEngine engine = new QaEngine(CheckCatalog.create(p, null, List.of("consistency")), p);
            for (int i = 0; i < units.size(); i++) {
                TmData.Pair u = units.get(i);
                engine.add(new org.tmsh.qa.QaSegment("tm:bench", String.valueOf(i + 1), i + 1, u.en(), u.de(), "en", "de", 0));
            }
            long held = usedHeap() - before;
            List<Finding> findings = engine.finish(null);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf(Locale.ROOT, "consistency over %,d memory units: %.2f s wall = %,.0f units/s; %.2f s CPU = %,.0f units per"
                    + " CPU-second; %,d groups found; heap held by the check before finish: about %,d MB%n", units.size(), s,
                    units.size() / s, cpu, units.size() / cpu, findings.size(), held / (1024 * 1024));
        }
        System.out.printf(Locale.ROOT, "load average during the run: %.1f on %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        if (args.length <= 4 || args[4].equals("all")) { // the ninth part: glossary names, tmsh and CheckMate with the glossary
            System.out.println();
            NameBenchmark.run(pairs, out, perClass * 2, Path.of("glossaries/seeds.tbx"), Path.of("glossaries/seeds-tbx2008.tbx"));
        }
    }

    /** Heap in use after a collection, in bytes. */
    private static long usedHeap() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** CPU time of the whole JVM in nanoseconds (every thread: GC and compiler included), or 0 when unknown. */
    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static String prec(int tp, int fp) {
        return tp + fp == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) tp / (tp + fp));
    }

    /** Marked text as an Okapi fragment: {@code ⟨1⟩ ⟨/1⟩ ⟨2/⟩} as opening, closing and placeholder codes with their ids. */
    static TextFragment fragment(String marked) {
        TextFragment f = new TextFragment();
        Matcher m = Markers.MARKER.matcher(marked);
        int at = 0;
        while (m.find()) {
            f.append(marked.substring(at, m.start()));
            int id = Integer.parseInt(m.group(2));
            if (!m.group(3).isEmpty()) {
                f.append(TextFragment.TagType.PLACEHOLDER, "x", "<x" + id + "/>", id);
            } else if (m.group(1).isEmpty()) {
                f.append(TextFragment.TagType.OPENING, "b", "<b>", id);
            } else {
                f.append(TextFragment.TagType.CLOSING, "b", "</b>", id);
            }
            at = m.end();
        }
        f.append(marked.substring(at));
        return f;
    }

    /** Whether a segment goes from German to English (the eighth part's ids rk and rq). */
    static boolean reversed(PlantedCorpus.Segment s) {
        return s.id().startsWith("rk") || s.id().startsWith("rq");
    }

    /** The segments as an XLIFF 1.2 file from English to German: markers as {@code <g>} and {@code <x/>}. */
    static void write(Path file, List<PlantedCorpus.Segment> segs) throws IOException {
        write(file, segs, "en", "de");
    }

    /** The segments as an XLIFF 1.2 file from {@code from} to {@code to}. */
    static void write(Path file, List<PlantedCorpus.Segment> segs, String from, String to) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                    + "<file original=\"bench\" source-language=\"" + from + "\" target-language=\"" + to + "\" datatype=\"plaintext\"><body>\n");
            for (PlantedCorpus.Segment s : segs) {
                w.write("<trans-unit id=\"" + s.id() + "\"><source>" + xml(s.source()) + "</source><target>" + xml(s.target())
                        + "</target>" + (s.extra() == null ? "" : s.extra()) + "</trans-unit>\n");
            }
            w.write("</body></file></xliff>\n");
        }
    }

    static String xml(String marked) {
        StringBuilder sb = new StringBuilder();
        Xml.text(sb, marked);
        return sb.toString().replaceAll("⟨(\\d+)⟩", "<g id=\"$1\">").replaceAll("⟨/\\d+⟩", "</g>").replaceAll("⟨(\\d+)/⟩", "<x id=\"$1\"/>");
    }
}
