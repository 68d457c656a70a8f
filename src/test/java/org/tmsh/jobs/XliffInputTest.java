package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.document.DocumentReader;
import org.tmsh.document.DocumentSegments;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * XLIFF files that other tools (or tmsh itself) made are input documents of {@code analyze},
 * {@code pretranslate} and {@code align}: XLIFF 2.0 through Okapi's XLIFF 2 filter, and Okapi-style
 * XLIFF 1.2 whose {@code seg-source} already holds the sentences, kept as they are.
 */
class XliffInputTest {

    @TempDir
    Path dir;
    private TmLibrary library;
    private TranslationMemory tm;
    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    @BeforeEach
    void memory() throws Exception {
        library = new TmLibrary(dir.resolve("tm"));
        tm = library.openOrCreate("seeds");
        tm.importFile(TestDocuments.SEED_TMX, null, null, Progress.NONE);
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** A hand-made XLIFF 2.0 file: two units, the first of two segments with a code, the second with a target. */
    private Path xliff20() throws Exception {
        return Files.writeString(dir.resolve("other.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
                 <file id="f1">
                  <unit id="u1">
                   <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
                   <segment><source>Am Abend besuchte die Delegation das Bolschoi-Theater in Moskau.</source></segment>
                   <ignorable><source> </source></ignorable>
                   <segment><source>Die Gespräche sollen im Frühjahr in <pc id="1" dataRefStart="d1" dataRefEnd="d2">Pjöngjang</pc> fortgesetzt werden.</source></segment>
                  </unit>
                  <unit id="u2">
                   <segment state="translated"><source>Beide Seiten bekräftigten den festen Willen, die Paragraphen des Vertrages über die strategische Partnerschaft genau auszuführen.</source>
                    <target>Both sides reaffirmed their firm will.</target></segment>
                  </unit>
                 </file>
                </xliff>
                """);
    }

    @Test
    void anXliff20FileIsReadThroughOkapisXliff2FilterForEveryCommand() throws Exception {
        Path x = xliff20();
        assertEquals(List.of("Am Abend besuchte die Delegation das Bolschoi-Theater in Moskau. "
                        + "Die Gespräche sollen im Frühjahr in Pjöngjang fortgesetzt werden.",
                "Beide Seiten bekräftigten den festen Willen, die Paragraphen des Vertrages über die strategische Partnerschaft"
                        + " genau auszuführen."),
                DocumentReader.paragraphs(x, "de"), "align's paragraphs: the sources, a unit each");
        List<DocumentSegments.Item> items = DocumentSegments.read(x, "de", segmenter);
        assertEquals(3, items.size(), "the file's own segments");
        assertTrue(items.get(1).text().contains("⟨1⟩Pjöngjang⟨/1⟩"), items.get(1).text());
        AnalyzeJob.Result a = new AnalyzeJob(segmenter).run(List.of(x), tm, "de", "en", Progress.NONE);
        assertEquals(3, a.files().get(0).segments());
        Path out = dir.resolve("other.pre.xlf");
        PretranslateJob.Result p = new PretranslateJob(segmenter).run(new PretranslateJob.Request(x, out, "de", "en", 95, 3,
                null, "test"), tm, Progress.NONE);
        assertEquals(3, p.segments());
        assertTrue(Files.readString(out).contains("<g id=\"1\">Pjöngjang</g>"), "the code comes through");
    }

    @Test
    void tmshsOwnXliff20IsAnInputDocumentWithTheSameMatchesAsItsOriginal() throws Exception {
        Path txt = TestDocuments.copy("statement.de.txt", dir);
        Path x20 = dir.resolve("statement.20.xlf");
        PretranslateJob.Result first = new PretranslateJob(segmenter).run(new PretranslateJob.Request(txt, x20, "de", "en", 95, 3,
                null, "test", "2.0"), tm, Progress.NONE);
        PretranslateJob.Result again = new PretranslateJob(segmenter).run(new PretranslateJob.Request(x20,
                dir.resolve("again.xlf"), "de", "en", 95, 3, null, "test"), tm, Progress.NONE);
        assertEquals(first.segments(), again.segments());
        assertEquals(first.bands(), again.bands());
    }

    @Test
    void okapiStyleXliff12KeepsItsSegSourceSentencesAndMergesIntoThem() throws Exception {
        Path x = Files.writeString(dir.resolve("rainbow.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions">
                <file original="notes.txt" source-language="de" target-language="en" datatype="x-text/plain">
                <body>
                <trans-unit id="1" xml:space="preserve">
                <source xml:lang="de">Im Meinungsaustausch über wichtige internationale Fragen wurde bestätigt, dass die Beurteilungen beider Seiten über die gegenwärtige internationale Lage miteinander übereinstimmen. Am Abend besuchte die Delegation das Bolschoi-Theater in Moskau.</source>
                <seg-source><mrk mid="0" mtype="seg">Im Meinungsaustausch über wichtige internationale Fragen wurde bestätigt, dass die Beurteilungen beider Seiten über die gegenwärtige internationale Lage miteinander übereinstimmen.</mrk> <mrk mid="1" mtype="seg">Am Abend besuchte die Delegation das Bolschoi-Theater in Moskau.</mrk></seg-source>
                <target xml:lang="en"><mrk mid="0" mtype="seg"></mrk> <mrk mid="1" mtype="seg"></mrk></target>
                </trans-unit>
                </body>
                </file>
                </xliff>
                """);
        assertEquals(2, DocumentSegments.read(x, "de", segmenter).size());
        Path pre = dir.resolve("rainbow.pre.xlf");
        PretranslateJob.Result p = new PretranslateJob(segmenter).run(new PretranslateJob.Request(x, pre, "de", "en", 95, 3,
                null, "test"), tm, Progress.NONE);
        assertEquals(1, p.filled(), "the exact match of the first sentence");
        Path merged = dir.resolve("rainbow.en.xlf");
        new MergeJob(segmenter).run(pre, merged, null, "test");
        String xml = Files.readString(merged);
        assertTrue(xml.contains("<target xml:lang=\"en\"><mrk mid=\"0\" mtype=\"seg\">The exchange of views"), xml);
        assertTrue(xml.contains("<mrk mid=\"1\" mtype=\"seg\">Am Abend besuchte"), "kept in the source: " + xml);
    }
}
