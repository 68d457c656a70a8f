package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.segment.SrxSegmenter;

/**
 * A document written on a full disk is an error, never a document cut short: Okapi's generic writer
 * (plain text) drops the error of its last flush, which {@link DocumentSegments#write} now sees.
 */
class DocumentWriteFailureTest {

    @TempDir
    Path dir;

    @Test
    void aPlainTextDocumentWrittenOnAFullDiskFailsWithTheFileSystemsError() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "Linux's always-full device");
        Path doc = Files.writeString(dir.resolve("doc.de.txt"), "Lawrow traf Choe Son Hui.\n\nEr kam am Dienstag.\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> DocumentSegments.write(doc, "de", "en",
                SrxSegmenter.withDefaultRules(), false, item -> null, full));
        assertEquals("No space left on device", e.getCause().getMessage());
        Path ok = dir.resolve("out.en.txt");
        DocumentSegments.write(doc, "de", "en", SrxSegmenter.withDefaultRules(), false, item -> null, ok);
        assertEquals(Files.readString(doc), Files.readString(ok), "on a disk with room, the document whole");
    }
}
