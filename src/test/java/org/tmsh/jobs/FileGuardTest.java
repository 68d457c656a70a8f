package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.tmsh.common.TmshException;

/** The format rule of the one guard: which names each format takes. */
class FileGuardTest {

    @Test
    void aClosedFormatTakesOnlyItsExtensionsInAnyCase() {
        assertTrue(FileGuard.Format.XLIFF.fits(Path.of("a.XLF")));
        assertTrue(FileGuard.Format.XLIFF.fits(Path.of("dir.v2/a.xliff")));
        assertFalse(FileGuard.Format.XLIFF.fits(Path.of("a.docx")));
        assertFalse(FileGuard.Format.TMX.fits(Path.of("pairs")), "no extension is no TMX name");
        assertFalse(FileGuard.Format.TMX.fits(Path.of(".tmx")), "a hidden name is no extension");
    }

    @Test
    void plainTextTakesAnyNameNoOtherFormatClaims() {
        assertTrue(FileGuard.Format.TEXT.fits(Path.of("seed.links")));
        assertTrue(FileGuard.Format.TEXT.fits(Path.of("links")));
        assertTrue(FileGuard.Format.TEXT.fits(Path.of("a.txt")));
        assertFalse(FileGuard.Format.TEXT.fits(Path.of("a.tmx")));
        assertFalse(FileGuard.Format.TEXT.fits(Path.of("a.pdf")));
    }

    @Test
    void aFormatTheUserNamesAlsoTakesANameNoOtherFormatClaims() {
        FileGuard.Format asked = FileGuard.Format.TMX.orUnclaimed();
        assertTrue(asked.fits(Path.of("x.po")));
        assertTrue(asked.fits(Path.of("x.tmx")));
        assertFalse(asked.fits(Path.of("x.xlf")), "XLIFF's name stays XLIFF's");
        assertFalse(FileGuard.Format.TMX.fits(Path.of("x.po")));
    }

    @Test
    void aMergedDocumentIsNamedLikeItsOriginal() {
        assertEquals(FileGuard.Format.HTML, FileGuard.Format.like(Path.of("page.de.htm")));
        assertTrue(FileGuard.Format.like(Path.of("page.de.htm")).fits(Path.of("page.en.html")));
        assertEquals(FileGuard.Format.DOCX, FileGuard.Format.like(Path.of("r.docx")));
        assertEquals(FileGuard.Format.TEXT, FileGuard.Format.like(Path.of("notes.txt")));
        FileGuard.Format md = FileGuard.Format.like(Path.of("notes.md"));
        assertTrue(md.fits(Path.of("notes.en.md")));
        assertFalse(md.fits(Path.of("notes.en.txt")));
    }

    @Test
    void anOutputWithoutAFormatIsAnErrorOfTheCommandNotOfTheUser() {
        assertThrows(IllegalStateException.class, () -> new FileGuard("x").writes(Path.of("a"), null, "--out"));
        TmshException e = assertThrows(TmshException.class,
                () -> new FileGuard("pretranslate").writes(Path.of("p.docx"), FileGuard.Format.XLIFF, "--out").check());
        assertEquals("p.docx: pretranslate writes XLIFF into --out; give a name ending in .xlf or .xliff", e.getMessage());
    }
}
