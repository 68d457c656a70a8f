package org.tmsh.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

import org.tmsh.common.Progress;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * The round-trip corpus ({@link RoundTripCorpus}) written once for a test class, with an empty memory to
 * pre-translate against: the set-up {@link RoundTripCorpusTest} and {@link CodeEditsCorpusTest} share.
 *
 * <p>{@code -Dcorpus.only=THEME} keeps one theme's documents in {@link #cases}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CorpusFixture {

    @TempDir
    static Path dir;
    Map<String, Path> corpus;
    private TmLibrary library;
    TranslationMemory empty;
    final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    @BeforeAll
    void write() throws Exception {
        corpus = RoundTripCorpus.write(Files.createDirectories(dir.resolve("corpus")));
        library = new TmLibrary(dir.resolve("tm"));
        empty = library.openOrCreate("empty");
    }

    @AfterAll
    void close() {
        library.close();
    }

    /** Every theme's document of each format in {@code extensions}, each through XLIFF 1.2 and 2.0: (name, version). */
    static Stream<Arguments> cases(List<String> extensions) {
        List<Arguments> out = new ArrayList<>();
        for (String name : RoundTripCorpus.themes().keySet()) {
            if (!name.contains(System.getProperty("corpus.only", ""))) {
                continue; // -Dcorpus.only=THEME runs one theme's documents
            }
            for (String ext : extensions) {
                for (String v : List.of("1.2", "2.0")) {
                    out.add(Arguments.of(name + ".de." + ext, v));
                }
            }
        }
        return out.stream();
    }

    /** {@code doc} pre-translated (German to English, nothing in the memory) into {@code xlf}. */
    Path pretranslate(Path doc, String version, Path xlf) {
        new PretranslateJob(segmenter).run(new PretranslateJob.Request(doc, xlf, "de", "en", 95, 3, null, "test", version),
                empty, Progress.NONE);
        return xlf;
    }
}
