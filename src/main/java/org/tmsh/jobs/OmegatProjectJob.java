package org.tmsh.jobs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentReader;
import org.tmsh.formats.glossary.GlossaryWriter;
import org.tmsh.formats.omegat.OmegatProjectFiles;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;

/**
 * {@code pretranslate --omegat DIR}: a document and its memory matches as a ready OmegaT project.
 *
 * <p>The folder holds {@code omegat.project} (the languages) with {@code omegat/segmentation.conf}
 * (tmsh's SRX rules, so OmegaT cuts the sentences tmsh matched), {@code source/} with a copy of the
 * document, {@code tm/auto/TM-exact.tmx} with the 100% matches (OmegaT inserts these as the
 * translation), {@code tm/TM-review.tmx} with the repaired and fuzzy matches (OmegaT offers these in
 * its match pane and inserts none unseen), and, with a glossary, {@code glossary/NAME.utf8}: the
 * glossary's names found in the document in OmegaT's tab-separated format. Opened in OmegaT, or run
 * through its console mode, the exact matches are the target; the translator sees the rest.
 *
 * <p>The matches are {@link PretranslateJob}'s, taken through its {@link PretranslateJob.MatchSink}, so
 * they are what {@code pretranslate --out} writes into XLIFF. The folder is built beside {@code DIR}
 * ({@link AtomicFiles#tempFolderSibling}) and moved into place whole: a failure leaves nothing behind, and
 * what a kill -9 left is removed by the next build of the same folder. {@code DIR} must not exist yet, or be an
 * empty folder; a symbolic link there is refused.
 *
 * <p>NOTE: OmegaT matches its own segment text against the TMX sources; sentences with inline codes
 * meet them only where OmegaT's filter shows the same codes as tmsh's TMX carries, so in formatted
 * documents some exact matches reach the translator as 100% fuzzy matches instead.
 */
public final class OmegatProjectJob {

    /** What to do: the document, the project folder, the languages, matches per segment, the glossary (may be null). */
    public record Request(Path document, Path dir, String srcLang, String tgtLang, int max, Glossary glossary,
                          String toolVersion) {
    }

    /** What the project holds: its folder, the source copy, segments, exact and offered matches, names, bands. */
    public record Result(Path project, Path source, int segments, int exact, int offered, int names,
                         Map<String, Integer> bands) {
    }

    private final SrxSegmenter segmenter;

    public OmegatProjectJob(SrxSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    public Result run(Request r, TranslationMemory tm, Progress progress) {
        Path dir = checkFolder(r.dir());
        if (!Files.isRegularFile(r.document())) {
            throw TmshException.inFile(r.document(), 0, "file not found");
        }
        DocumentReader.requireSupported(r.document());
        Path staging = null;
        try {
            // named as tmsh's temporary files are: the next build of this folder sweeps what a kill -9 left
            staging = AtomicFiles.tempFolderSibling(dir);
            Result built = build(r, tm, staging, progress);
            AtomicFiles.commitFolder(staging, dir); // replaces only an empty folder, checked above
            staging = null;
            return new Result(dir, dir.resolve(built.source()), built.segments(), built.exact(),
                    built.offered(), built.names(), built.bands());
        } catch (FileAlreadyExistsException e) {
            throw TmshException.inFile(dir, 0, "was created while the project was built; nothing written", e);
        } catch (IOException e) {
            throw TmshException.inFile(dir, 0, "cannot write the OmegaT project: " + AtomicFiles.message(e), e);
        } finally {
            AtomicFiles.discard(staging);
        }
    }

    /** Builds the project in {@code root}; the result's {@code source} is relative to it. */
    private Result build(Request r, TranslationMemory tm, Path root, Progress progress) throws IOException {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String d : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(root.resolve(d));
        }
        Files.writeString(root.resolve(OmegatProjectFiles.PROJECT), OmegatProjectFiles.project(r.srcLang(), r.tgtLang()));
        Files.writeString(root.resolve(OmegatProjectFiles.SEGMENTATION), OmegatProjectFiles.segmentation(segmenter.rules()));
        Path source = Path.of("source").resolve(r.document().getFileName());
        Files.copy(r.document(), root.resolve(source));

        Collected c = new Collected();
        Path work = Files.createDirectory(root.resolve(".tmsh-work"));
        PretranslateJob.Result p = new PretranslateJob(segmenter).run(new PretranslateJob.Request(root.resolve(source),
                work.resolve("pretranslated.xlf"), r.srcLang(), r.tgtLang(), 100, r.max(), r.glossary(), r.toolVersion()),
                tm, progress, c);
        deleteTree(work);

        String stem = tm.name();
        writeTmx(root.resolve("tm/auto/" + stem + "-exact.tmx"), c.exact, r, "exact");
        writeTmx(root.resolve("tm/" + stem + "-review.tmx"), c.offered, r, "review");
        if (r.glossary() != null && !c.names.isEmpty()) {
            Glossary found = new Glossary(r.glossary().name(), new ArrayList<>(c.names.values()));
            GlossaryWriter.write(found, root.resolve("glossary/" + r.glossary().name() + ".utf8"), GlossaryWriter.Format.OMEGAT,
                    r.srcLang(), r.tgtLang());
        }
        return new Result(root, source, p.segments(), c.exact.size(), c.offered.size(), c.names.size(),
                new LinkedHashMap<>(p.bands()));
    }

    /** The matches and names a pre-translation handed on, each pair once. */
    private static final class Collected implements PretranslateJob.MatchSink {
        final Set<List<String>> exact = new LinkedHashSet<>();
        final Set<List<String>> offered = new LinkedHashSet<>();
        final Map<String, Concept> names = new LinkedHashMap<>();

        @Override
        public void exact(String source, String target) {
            exact.add(List.of(source, target, "100"));
        }

        @Override
        public void offered(String source, String target, int quality) {
            offered.add(List.of(source, target, Integer.toString(quality)));
        }

        @Override
        public void name(Concept concept) {
            names.putIfAbsent(concept.id(), concept);
        }
    }

    private static void writeTmx(Path file, Set<List<String>> pairs, Request r, String kind) {
        TmxWriter w = new TmxWriter(file, r.srcLang(), r.tgtLang(), r.toolVersion());
        try {
            int n = 0;
            for (List<String> p : pairs) {
                w.unit("tmsh-" + kind + "-" + (++n), p.get(0), p.get(1), Map.of("x-match-quality", p.get(2)));
            }
            w.close();
        } catch (RuntimeException e) {
            w.abort();
            throw e;
        }
    }

    /**
     * {@code dir} made absolute, refused when it is a symbolic link, a file, a folder that is not
     * empty, or inside the folders tmsh keeps its memories and glossaries in.
     */
    static Path checkFolder(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw TmshException.inFile(dir, 0, "cannot be the project folder (a root)");
        }
        if (Files.isSymbolicLink(abs)) {
            throw TmshException.inFile(dir, 0, "is a symbolic link; give a new folder for the OmegaT project");
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw TmshException.inFile(dir, 0, "is a file; give a new folder for the OmegaT project");
            }
            try (DirectoryStream<Path> in = Files.newDirectoryStream(abs)) {
                if (in.iterator().hasNext()) {
                    throw TmshException.inFile(dir, 0, "is a folder that is not empty; give a new folder for the OmegaT project");
                }
            } catch (IOException e) {
                throw TmshException.inFile(dir, 0, "cannot read: " + AtomicFiles.message(e), e);
            }
        }
        AtomicFiles.checkOutsideOf(List.of(abs), FileGuard.stores());
        return abs;
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a staging folder left behind is hidden and named after the project; nothing else was touched
        }
    }
}
