package org.tmsh.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A decoded text must have letters of its language's script; mojibake of a wrong encoding has none. */
class LanguageScriptsTest {

    private static final Path F = Path.of("x.txt");
    private static final String DE = "Der russische Außenminister Sergei Lawrow traf in Pjöngjang ein.";

    @Test
    void textInTheLanguagesScriptPasses() {
        assertDoesNotThrow(() -> LanguageScripts.check(F, DE, "de", "UTF-8"));
        assertDoesNotThrow(() -> LanguageScripts.check(F, "Министр иностранных дел России Сергей Лавров", "ru", "UTF-8"));
        assertDoesNotThrow(() -> LanguageScripts.check(F, "최선희 외무상이 평양에서 라브로프 장관을 만났다", "ko", "UTF-8"));
        assertDoesNotThrow(() -> LanguageScripts.check(F, "ロシアのラブロフ外相が平壌に到着した。外相は会談した", "ja", "UTF-8"));
        assertDoesNotThrow(() -> LanguageScripts.check(F, "Ministar spoljnih poslova Rusije Sergej Lavrov", "sr-Latn", "UTF-8"));
    }

    @Test
    void utf8ReadAsUtf16IsRefusedWithTheScriptFound() {
        String mojibake = new String(DE.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_16BE);
        TmshException e = assertThrows(TmshException.class, () -> LanguageScripts.check(F, mojibake, "de", "UTF-16"));
        assertTrue(e.getMessage().startsWith("x.txt: read as UTF-16, the text has no letters of the de script (Latin)"),
                e.getMessage());
    }

    @Test
    void aTextInAnotherScriptThanTheLanguagesIsRefused() {
        assertThrows(TmshException.class, () -> LanguageScripts.check(F, "Министр иностранных дел России Сергей Лавров",
                "sr-Latn", "windows-1251"));
        assertThrows(TmshException.class, () -> LanguageScripts.check(F, DE, "ru", "KOI8-R"));
    }

    @Test
    void shortTextsDigitsAndQuotationsAreNotJudged() {
        assertDoesNotThrow(() -> LanguageScripts.check(F, "", "de", "UTF-16"));
        assertDoesNotThrow(() -> LanguageScripts.check(F, "Лавров", "de", "UTF-16"), "under 20 letters");
        assertDoesNotThrow(() -> LanguageScripts.check(F, "1234567890 ".repeat(20), "de", "UTF-16"));
        assertDoesNotThrow(() -> LanguageScripts.check(F, DE + " «Министр иностранных дел России»", "de", "UTF-8"));
        assertDoesNotThrow(() -> LanguageScripts.check(F, DE, null, "UTF-16"), "no language: not judged");
    }

    @Test
    void aDocumentReadInTheRightEncodingPassesAndInAWrongOneIsRefused(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path utf16 = dir.resolve("de16.txt");
        java.nio.file.Files.write(utf16, (DE + "\n").getBytes(StandardCharsets.UTF_16BE));
        assertTrue(org.tmsh.document.DocumentReader.paragraphs(utf16, "de", "UTF-16BE").get(0).contains("Lawrow"));
        Path utf8 = dir.resolve("de8.txt");
        java.nio.file.Files.writeString(utf8, DE + "\n");
        assertThrows(TmshException.class, () -> org.tmsh.document.DocumentReader.paragraphs(utf8, "de", "UTF-16"));
        assertThrows(TmshException.class, () -> org.tmsh.document.DocumentReader.lines(utf8, "UTF-16LE", "de"));
        assertTrue(org.tmsh.document.DocumentReader.paragraphs(utf8, "de", null).get(0).contains("Lawrow"));
    }
}
