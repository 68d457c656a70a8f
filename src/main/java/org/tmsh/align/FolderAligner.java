package org.tmsh.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tmsh.common.Languages;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.segment.Segments;

/**
 * Aligns two folders of documents: pairs their files by name, aligns every pair (in parallel,
 * learning word pairs across all of them), and writes one TMX for all and one links file per pair.
 *
 * <p>Two files pair when their names are the same, or the same once the language code of each side
 * is taken out ({@code report.de.txt} / {@code report.en.txt}, {@code de_report.txt} /
 * {@code en_report.txt}). Files that find no partner are listed, not aligned.
 */
public final class FolderAligner {

    /** Two files of the same document. */
    public record Pair(String name, Path source, Path target) {
    }

    /** The pairs found and the files left over, each list sorted by name. */
    public record Pairing(List<Pair> pairs, List<Path> unpairedSource, List<Path> unpairedTarget) {
    }

    /** What to align and where to write it (null outputs are not written). */
    public record Request(Path sourceDir, Path targetDir, String sourceLang, String targetLang, boolean segmented,
                          String encoding, Path tmxOut, Path linksDir, DocumentAligner.Trust trust) {

        public Request(Path sourceDir, Path targetDir, String sourceLang, String targetLang, boolean segmented,
                       String encoding, Path tmxOut, Path linksDir) {
            this(sourceDir, targetDir, sourceLang, targetLang, segmented, encoding, tmxOut, linksDir,
                    DocumentAligner.Trust.DEFAULT);
        }

        public Request {
            trust = trust == null ? DocumentAligner.Trust.DEFAULT : trust;
        }
    }

    /** A pair left out of the TMX, the links and the memory, and why (its language, or not a translation). */
    public record Refused(Pair pair, String reason) {
    }

    /**
     * The pairing, the result of every pair that was kept (in the pairing's order), and the pairs
     * refused: in another language than declared, or not looking like translations of each other
     * (unless {@code --force}).
     */
    public record Result(Pairing pairing, List<DocumentAligner.Result> results, List<Refused> refused) {

        public Result(Pairing pairing, List<DocumentAligner.Result> results) {
            this(pairing, results, List.of());
        }

        /** The pair a kept result is of. */
        public Pair pairOf(DocumentAligner.Result r) {
            return pairing.pairs().stream().filter(p -> p.source().equals(r.request().source())).findFirst()
                    .orElseThrow();
        }

        /** Mean confidence of a pair's links that pair segments (1-0 and 0-1 left out); 0 when none. */
        public static double meanConfidence(DocumentAligner.Result r) {
            return r.pairs().stream().mapToDouble(Link::confidence).average().orElse(0);
        }
    }

    private final DocumentAligner documents;

    public FolderAligner(DocumentAligner documents) {
        this.documents = documents;
    }

    /** Pairs the files of two folders by name (see the class comment). */
    public static Pairing pair(Path sourceDir, Path targetDir, String sourceLang, String targetLang) {
        List<Path> src = files(sourceDir);
        List<Path> tgt = files(targetDir);
        Map<String, Path> byName = new HashMap<>();
        Map<String, Path> byKey = new HashMap<>();
        for (Path t : tgt) {
            byName.put(t.getFileName().toString(), t);
            byKey.putIfAbsent(key(t.getFileName().toString(), targetLang), t);
        }
        Map<String, Pair> pairs = new TreeMap<>();
        List<Path> unpairedSource = new ArrayList<>();
        List<Path> used = new ArrayList<>();
        for (Path s : src) {
            String name = s.getFileName().toString();
            Path t = byName.get(name);
            if (t == null || used.contains(t)) {
                t = byKey.get(key(name, sourceLang));
            }
            if (t == null || used.contains(t)) {
                unpairedSource.add(s);
                continue;
            }
            used.add(t);
            pairs.put(name, new Pair(key(name, sourceLang), s, t));
        }
        List<Path> unpairedTarget = tgt.stream().filter(t -> !used.contains(t)).toList();
        return new Pairing(List.copyOf(pairs.values()), unpairedSource, unpairedTarget);
    }

    /** A file name without its language code ("report.de.txt", "de_report.txt" -> "report.txt"), lower case. */
    static String key(String name, String lang) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String code : List.of(lang.toLowerCase(Locale.ROOT), Languages.primary(lang).toLowerCase(Locale.ROOT))) {
            String k = lower.replaceFirst("(^|[._-])" + Pattern.quote(code) + "(?=[._-]|$)", "");
            if (!k.equals(lower)) {
                return k.replaceFirst("^[._-]", "");
            }
        }
        return lower;
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw TmshException.inFile(dir, 0, "not a folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw TmshException.inFile(dir, 0, "cannot list: " + e.getMessage(), e);
        }
    }

    /**
     * Aligns every pair of the two folders with glossary {@code names} and {@code vocabulary} (the
     * lexicon is read for the words of all documents, and learned across all), then writes the TMX
     * and the links files. Nothing is written when a document cannot be read.
     */
    public Result align(Request r, Progress progress, NameConcepts names, Vocabulary vocabulary) {
        String sl = Languages.check(r.sourceLang());
        String tl = Languages.check(r.targetLang());
        Pairing pairing = pair(r.sourceDir(), r.targetDir(), sl, tl);
        if (pairing.pairs().isEmpty()) {
            throw TmshException.inFile(r.sourceDir(), 0, "no file pairs with " + r.targetDir()
                    + " (names must match, or differ only in the language code)");
        }
        if (r.linksDir() != null) {
            try {
                Files.createDirectories(r.linksDir());
            } catch (IOException e) {
                throw TmshException.inFile(r.linksDir(), 0, "cannot create the links folder: " + e.getMessage(), e);
            }
        }
        List<DocumentAligner.Request> requests = new ArrayList<>();
        List<Segments[]> docs = new ArrayList<>();
        List<Pair> kept = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (Pair p : pairing.pairs()) {
            DocumentAligner.Request dr = new DocumentAligner.Request(p.source(), p.target(), sl, tl, r.segmented(),
                    r.encoding(), null, null, r.trust());
            Segments[] doc = {documents.read(p.source(), sl, dr), documents.read(p.target(), tl, dr)};
            if (!r.trust().force()) {
                try {
                    LanguageCheck.standard().check(p.source(), doc[0], sl, p.target(), doc[1], tl);
                } catch (TmshException e) {
                    refused.add(new Refused(p, e.getMessage()));
                    continue;
                }
            }
            kept.add(p);
            requests.add(dr);
            docs.add(doc);
        }
        if (docs.isEmpty()) {
            throw new TmshException("no pair of " + r.sourceDir() + " and " + r.targetDir() + " is in the declared "
                    + "languages: " + refused.get(0).reason());
        }
        List<Alignment> alignments = vocabulary.aligner(documents.aligner().withNames(names), sl, tl,
                docs.stream().map(d -> d[0]).toList(), docs.stream().map(d -> d[1]).toList()).alignAll(docs, progress);
        List<DocumentAligner.Result> results = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            Pair p = kept.get(k);
            if (!r.trust().force() && !alignments.get(k).looksTranslated()) {
                refused.add(new Refused(p, DocumentAligner.notTranslations(new DocumentAligner.Result(requests.get(k),
                        docs.get(k)[0], docs.get(k)[1], alignments.get(k))).getMessage()));
                continue;
            }
            Path links = r.linksDir() == null ? null : r.linksDir().resolve(p.name() + ".links");
            DocumentAligner.Request dr = requests.get(k);
            results.add(documents.finish(new DocumentAligner.Request(dr.source(), dr.target(), sl, tl, r.segmented(),
                    r.encoding(), null, links, r.trust()), sl, tl, docs.get(k)[0], docs.get(k)[1], alignments.get(k)));
        }
        if (results.isEmpty()) {
            throw new TmshException("no pair of " + r.sourceDir() + " and " + r.targetDir() + " looks like a "
                    + "translation: " + refused.get(0).reason());
        }
        if (r.tmxOut() != null) {
            documents.writeTmx(results, r.tmxOut());
        }
        return new Result(pairing, results, refused);
    }

    /** The TMX units of one pair (see {@link DocumentAligner#units}). */
    public List<org.tmsh.formats.tmx.TmxUnit> units(DocumentAligner.Result r) {
        return documents.units(r);
    }

    /** The TMX units of one pair that a memory may take unreviewed (see {@link DocumentAligner#units(DocumentAligner.Result, boolean)}). */
    public List<org.tmsh.formats.tmx.TmxUnit> trustedUnits(DocumentAligner.Result r) {
        return documents.units(r, true);
    }

    /** One row per pair: name, source and target files, links, pairs, mean confidence. */
    public static List<Map<String, Object>> table(Result result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int k = 0; k < result.results().size(); k++) {
            DocumentAligner.Result r = result.results().get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", result.pairOf(r).name());
            m.put("source", r.request().source().getFileName().toString());
            m.put("target", r.request().target().getFileName().toString());
            m.put("links", r.alignment().links().size());
            m.put("units", r.pairs().size());
            m.put("meanConfidence", Math.round(Result.meanConfidence(r) * 1000) / 1000.0);
            rows.add(m);
        }
        return rows;
    }
}
