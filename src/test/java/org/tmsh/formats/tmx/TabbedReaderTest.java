package org.tmsh.formats.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;

/** Tab-separated bilingual text (plain or gzip'd) as translation units, with bad lines named. */
class TabbedReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTwoAndThreeColumnLinesAndSkipsBadOnes() throws Exception {
        Path f = dir.resolve("pairs.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("a1\tOpen file\tDatei öffnen\nSave\tSpeichern\nonly one column\n".getBytes(StandardCharsets.UTF_8));
        }
        try (TabbedReader r = TabbedReader.open(f, "en", "de")) {
            TmxUnit u = r.next();
            assertEquals("a1", u.tuid());
            assertEquals("Datei öffnen", u.text("de"));
            assertEquals("Speichern", r.next().text("de"));
            assertNull(r.next());
            assertEquals(1, r.invalidCount());
            assertEquals(3, r.invalid().get(0).line());
            assertTrue(r.bytesRead() > 0);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorWithTheirLine() throws Exception {
        Path f = dir.resolve("latin1.tsv");
        Files.write(f, "Open\tOeffnen\nSave\tM\u00fcll\n".getBytes(StandardCharsets.ISO_8859_1));
        try (TabbedReader r = TabbedReader.open(f, "en", "de")) {
            TmshException e = assertThrows(TmshException.class, () -> {
                while (r.next() != null) {
                    // read on
                }
            });
            assertEquals(f + ": line 2: byte 0xFC is not valid UTF-8", e.getMessage());
        }
    }
}
