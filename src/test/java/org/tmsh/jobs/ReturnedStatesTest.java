package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tmsh.common.Progress;
import org.tmsh.qa.BilingualFiles;
import org.tmsh.qa.CheckCatalog;
import org.tmsh.qa.Finding;
import org.tmsh.qa.Profile;
import org.tmsh.qa.QaEngine;
import org.tmsh.qa.QaSegment;

/**
 * Bilingual files a translator returns from Trados Studio (SDLXLIFF), memoQ (MQXLIFF) and Phrase (MXLIFF),
 * hand-written from the tools' documentation ({@code src/test/resources/formats/returned}): {@code qa} checks
 * the targets the translator wrote, reports the ones left unconfirmed (a warning) and the ones a reviewer
 * rejected (an error), and leaves out the locked ones (whose wrong year no translator could mend);
 * {@code tm import} takes the confirmed targets only, a locked confirmed one among them.
 */
class ReturnedStatesTest extends ImportedFilesTestBase {

    private static final Path DIR = Path.of("src/test/resources/formats/returned");

    @ParameterizedTest
    @CsvSource({"report.docx.sdlxliff,true", "report.docx.mqxliff,true", "report.docx.mxliff,false",
            "report.docx.xlf,false", "report.docx.20.xlf,false"})
    void qaWeighsTheToolsStatesAndImportTakesTheConfirmedTargets(String name, boolean rejects) throws Exception {
        Path f = Files.copy(DIR.resolve(name), dir.resolve(name));
        List<QaSegment> segments = new ArrayList<>();
        BilingualFiles.read(f, null, null, segments::add);
        assertEquals(List.of("The meeting begins on March 3.", "It ends on March 6."),
                segments.subList(0, 2).stream().map(s -> org.tmsh.qa.QaText.plain(s.target())).toList(),
                "the targets the translator wrote, codes aside");
        Profile p = Profile.standard();
        QaEngine engine = new QaEngine(CheckCatalog.create(p, null, List.of("status", "numbers", "dates")), p);
        segments.forEach(engine::add);
        List<String> found = new ArrayList<>();
        List<Finding> all = engine.finish(null);
        for (Finding x : all) {
            found.add(x.kind().replaceAll("-.*", "") + "|" + x.severity() + "|" + x.target());
        }
        found.sort(null);
        List<String> expected = new ArrayList<>(List.of(
                "locked|INFO|null",
                "numbers|ERROR|It ends on March 6.",
                "status|WARNING|It ends on March 6."));
        if (rejects) {
            expected.add("numbers|ERROR|The vote is on March 8.");
            expected.add("status|ERROR|The vote is on March 8.");
        }
        expected.sort(null);
        assertEquals(expected, found.stream().map(s -> s.replaceFirst("^dates", "numbers")).sorted().toList());
        assertEquals(1, engine.locked(), "the locked segment is counted, not checked");
        Finding locked = all.stream().filter(x -> x.kind().equals(QaEngine.LOCKED)).findFirst().orElseThrow();
        assertEquals(segments.stream().filter(s -> org.tmsh.qa.QaText.plain(s.target()).startsWith("Copyright"))
                .map(QaSegment::place).toList(), locked.places(), "the locked finding names the segment left out");
        assertEquals("1 locked segment not checked (the file locks it against editing; profile option status.checkLocked"
                + " on checks it)", locked.message());
        // the same file's confirmed targets, and only those, go into a memory
        new ImportJob(library).run("r", f, null, null, false, null, Progress.NONE);
        List<String> units = unitLines("r").stream().map(u -> u.replaceAll("[a-z]{2}(-[A-Za-z]{2})?=", "")).toList();
        assertEquals(List.of("⟨1⟩Die Sitzung⟨/1⟩ beginnt am 3. März. | ⟨1⟩The meeting⟨/1⟩ begins on March 3.",
                "Copyright 2019 ACME GmbH. | Copyright 2018 ACME GmbH.",
                "Der Bericht hat 12 Seiten. | The report has 12 pages."), units);
    }
}
