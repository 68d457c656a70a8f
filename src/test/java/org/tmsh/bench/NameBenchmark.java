package org.tmsh.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.IssueType;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.QualityCheckSession;

import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.qa.BilingualFiles;
import org.tmsh.qa.CheckCatalog;
import org.tmsh.qa.Finding;
import org.tmsh.qa.Profile;
import org.tmsh.qa.QaEngine;
import org.tmsh.qa.TermChecker;
import org.tmsh.terms.Glossary;

/**
 * The ninth part of the QA benchmark ({@link NamePlants}): glossary names in inflected forms, both directions, tmsh's
 * {@code qa} with the glossary (the {@code terms} check: deprecated, missing-term, untransliterated) and CheckMate's
 * terminology check given the same glossary as TBX (its TBX 2008 export). Prints recall per planted kind and
 * direction, and segments flagged among the right ones. Arguments: tm-data folder, output folder, segments per
 * direction, glossary (TBX as tmsh reads it), the same glossary for CheckMate.
 */
public final class NameBenchmark {

    private static final Set<String> TERM_KINDS = Set.copyOf(TermChecker.KINDS);

    private NameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/tm-data");
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-qa"));
        int perDirection = args.length > 2 ? Integer.parseInt(args[2]) : 1200;
        Path tbx = Path.of(args.length > 3 ? args[3] : "glossaries/seeds.tbx");
        Path tbxOkapi = Path.of(args.length > 4 ? args[4] : "glossaries/seeds-tbx2008.tbx");
        run(TmData.load(data), out, perDirection, tbx, tbxOkapi);
    }

    static void run(List<TmData.Pair> pairs, Path out, int perDirection, Path tbx, Path tbxOkapi) throws IOException {
        Glossary g = GlossaryReader.readAny(tbx, "seeds", "en", "de");
        List<NamePlants.Segment> corpus = NamePlants.build(g, pairs, perDirection, 20261207L);
        Map<String, Set<String>> tmsh = new HashMap<>();
        Map<String, Set<String>> okapi = new HashMap<>();
        StringBuilder missed = new StringBuilder();
        StringBuilder wrong = new StringBuilder();
        for (boolean reversed : new boolean[] {false, true}) {
            String src = reversed ? "de" : "en";
            String tgt = reversed ? "en" : "de";
            List<NamePlants.Segment> segs = corpus.stream().filter(s -> s.id().startsWith("rn") == reversed).toList();
            Path xlf = out.resolve("names-" + src + "-" + tgt + ".xlf");
            write(xlf, segs, src, tgt);
            Profile p = Profile.standard();
            QaEngine engine = new QaEngine(CheckCatalog.create(p, new TermChecker(GlossaryReader.readAny(tbx, "seeds", src, tgt)), List.of("terms")), p);
            BilingualFiles.read(xlf, src, tgt, engine::add);
            for (Finding f : engine.finish(null)) {
                if (TERM_KINDS.contains(f.kind()) && f.severity() != Finding.Severity.INFO) {
                    f.places().forEach(pl -> tmsh.computeIfAbsent(pl.id(), k -> new HashSet<>()).add(f.kind() + ": " + f.message()));
                }
            }
            QualityCheckSession session = new QualityCheckSession();
            Parameters params = new Parameters();
            params.setCheckXliffSchema(false);
            params.setCheckWithLT(false);
            params.setCheckBlacklist(false);
            params.setSaveSession(false);
            params.setAutoOpen(false);
            params.setCheckTerms(true);
            params.setTermsPath(tbxOkapi.toAbsolutePath().toString());
            session.setParameters(params);
            LocaleId from = LocaleId.fromString(src);
            LocaleId to = LocaleId.fromString(tgt);
            session.startProcess(from, to);
            StartDocument sd = new StartDocument("sd1");
            sd.setName(xlf.toUri().toString());
            session.processStartDocument(sd, new ArrayList<>());
            for (NamePlants.Segment s : segs) {
                ITextUnit tu = new TextUnit(s.id());
                tu.setSource(new TextContainer(s.source()));
                tu.setTarget(to, new TextContainer(s.target()));
                session.processTextUnit(tu);
            }
            for (Issue i : session.getIssues()) {
                if (i.getIssueType() == IssueType.TERMINOLOGY) {
                    okapi.computeIfAbsent(i.getTuId(), k -> new HashSet<>()).add(i.getMessage());
                }
            }
        }
        System.out.printf(Locale.ROOT, "ninth part (names): %d segments, %d planted, glossary %s (%d concepts)%n", corpus.size(),
                corpus.stream().filter(s -> s.planted() != null).count(), tbx, g.concepts().size());
        System.out.println("| kind | direction | planted | tmsh recall | CheckMate recall |");
        System.out.println("|---|---|---|---|---|");
        int[] all = new int[3];
        for (String kind : NamePlants.KINDS) {
            for (boolean reversed : new boolean[] {false, true}) {
                int n = 0;
                int t = 0;
                int o = 0;
                for (NamePlants.Segment s : corpus) {
                    if (kind.equals(s.planted()) && s.id().startsWith("rn") == reversed) {
                        n++;
                        boolean hit = tmsh.containsKey(s.id());
                        t += hit ? 1 : 0;
                        o += okapi.containsKey(s.id()) ? 1 : 0;
                        if (!hit) {
                            missed.append(kind).append('\t').append(s.id()).append('\t').append(s.source()).append('\t').append(s.target()).append('\n');
                        }
                    }
                }
                all[0] += n;
                all[1] += t;
                all[2] += o;
                if (n > 0) {
                    System.out.printf(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f |%n", kind, reversed ? "de->en" : "en->de", n, (double) t / n, (double) o / n);
                }
            }
        }
        System.out.printf(Locale.ROOT, "| **all** | both | %d | %.3f | %.3f |%n", all[0], (double) all[1] / all[0], (double) all[2] / all[0]);
        for (boolean reversed : new boolean[] {false, true}) {
            int n = 0;
            int t = 0;
            int o = 0;
            for (NamePlants.Segment s : corpus) {
                if (s.planted() == null && s.id().startsWith("rn") == reversed) {
                    n++;
                    t += tmsh.containsKey(s.id()) ? 1 : 0;
                    o += okapi.containsKey(s.id()) ? 1 : 0;
                    if (tmsh.containsKey(s.id())) {
                        wrong.append(s.id()).append('\t').append(s.source()).append('\t').append(s.target()).append('\t')
                                .append(String.join(" / ", tmsh.get(s.id()))).append('\n');
                    }
                }
            }
            System.out.printf(Locale.ROOT, "right names %s: %d segments, flagged by tmsh %d, by CheckMate %d%n", reversed ? "de->en" : "en->de", n, t, o);
        }
        Files.writeString(out.resolve("names-missed.tsv"), missed);
        Files.writeString(out.resolve("names-false-alarms.tsv"), wrong);
    }

    private static void write(Path file, List<NamePlants.Segment> segs, String from, String to) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                    + "<file original=\"names\" source-language=\"" + from + "\" target-language=\"" + to + "\" datatype=\"plaintext\"><body>\n");
            for (NamePlants.Segment s : segs) {
                w.write("<trans-unit id=\"" + s.id() + "\"><source>" + esc(s.source()) + "</source><target>" + esc(s.target())
                        + "</target></trans-unit>\n");
            }
            w.write("</body></file></xliff>\n");
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
