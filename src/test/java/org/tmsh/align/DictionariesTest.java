package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;

/** Each dictionary format parsed from small files, the installed Ding file, and bad input. */
class DictionariesTest {

    @TempDir
    Path dir;

    private final WordForms de = WordForms.of("de");
    private final WordForms en = WordForms.of("en");
    private final WordForms fr = WordForms.of("fr");

    private Dictionaries deEn() {
        return new Dictionaries(de, en, f -> true, f -> true);
    }

    @Test
    void dingLinesPairSensesBySenseAndSynonymsWithinOne() throws Exception {
        Path f = dir.resolve("de-en");
        Files.writeString(f, "# Version :: test\n"
                + "Vertrag {m}; Abkommen {n} [pol.] | Verträge {pl} :: treaty; agreement | treaties\n"
                + "Gipfeltreffen {n} :: summit meeting; summit\n"
                + "jemandem etwas ganz genau erklären wollen :: to explain\n");
        assertEquals(Dictionaries.Format.DING, Dictionaries.detect(f));
        Lexicon lex = deEn().read(f);
        assertTrue(lex.has(de.form("Vertrag"), en.form("treaty")));
        assertTrue(lex.has(de.form("Abkommen"), en.form("agreement")));
        assertTrue(lex.has(de.form("Verträge"), en.form("treaties")));
        assertTrue(lex.has(de.form("Gipfeltreffen"), en.form("summit")));
        assertFalse(lex.has(de.form("pol"), en.form("treaty")), "notes in brackets are dropped");
        assertFalse(lex.has(de.form("erklären"), en.form("explain")), "phrases over three words are dropped");
    }

    @Test
    void aByteThatIsNotUtf8IsAnErrorNamingItsLine() throws Exception {
        Path f = dir.resolve("de-en.latin1");
        byte[] latin1 = "Vertrag :: treaty\nGipfel :: summit\nM\u00fcnze :: coin\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, latin1);
        TmshException e = assertThrows(TmshException.class, () -> deEn().read(f, Dictionaries.Format.DING, false));
        assertTrue(e.getMessage().startsWith(f + ": line 3: "), e.getMessage());
    }

    @Test
    void hunalignLinesHaveTheTargetFirst() throws Exception {
        Path f = dir.resolve("en-de.dic");
        Files.writeString(f, "treaty @ Vertrag\nsummit @ Gipfel\n");
        assertEquals(Dictionaries.Format.HUNALIGN, Dictionaries.detect(f));
        Lexicon lex = deEn().read(f);
        assertTrue(lex.has(de.form("Vertrag"), en.form("treaty")));
        assertTrue(lex.has(de.form("Gipfel"), en.form("summit")));
        assertFalse(lex.has(de.form("treaty"), en.form("Vertrag")));
    }

    @Test
    void dictdEntriesGiveTheLineAfterTheHeadwordAndNumberedSenses() throws Exception {
        String[] entries = {
            "Vertrag /fɛɐ̯ˈtʁaːk/ <n, masc>\ncontrat, accord, traité\nrechtlich bindende Vereinbarung\n",
            "Berg /bɛʁk/ <n, masc>\n1. montagne, mont\ngroße Erhebung\n2. mine\nfeste Erdkruste\n"};
        StringBuilder index = new StringBuilder("00databaseshort\tA\tB\n");
        StringBuilder text = new StringBuilder();
        for (String e : entries) {
            int off = text.toString().getBytes(StandardCharsets.UTF_8).length;
            int len = e.getBytes(StandardCharsets.UTF_8).length;
            index.append(e.substring(0, e.indexOf(' '))).append('\t').append(b64(off)).append('\t')
                    .append(b64(len)).append('\n');
            text.append(e);
        }
        Files.writeString(dir.resolve("t.index"), index);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("t.dict.dz")))) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path f = dir.resolve("t.index");
        assertEquals(Dictionaries.Format.DICTD, Dictionaries.detect(f));
        Lexicon lex = new Dictionaries(de, fr, w -> true, w -> true).read(f);
        assertTrue(lex.has(de.form("Vertrag"), fr.form("traité")));
        assertTrue(lex.has(de.form("Berg"), fr.form("montagne")));
        assertTrue(lex.has(de.form("Berg"), fr.form("mine")));
        assertFalse(lex.has(de.form("Berg"), fr.form("Erhebung")), "definitions are not translations");
        Lexicon reversed = new Dictionaries(fr, de, w -> true, w -> true).read(f, Dictionaries.Format.DICTD, true);
        assertTrue(reversed.has(fr.form("traité"), de.form("Vertrag")));
        Lexicon filtered = new Dictionaries(de, fr, w -> w.equals(de.form("Berg")), w -> true).read(f);
        assertEquals(3, filtered.size(), "only the kept headword's pairs: " + filtered.size());
        assertEquals(4095, Dictionaries.base64("//", f, 1));
    }

    private static String b64(int v) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder sb = new StringBuilder();
        do {
            sb.insert(0, digits.charAt(v % 64));
            v /= 64;
        } while (v > 0);
        return sb.toString();
    }

    @Test
    void theInstalledDingFileKnowsTreatyAndSummit() {
        Path ding = Path.of("/usr/share/trans/de-en");
        Assumptions.assumeTrue(Files.isRegularFile(ding), "trans-de-en not installed");
        Lexicon lex = new Dictionaries(de, en, w -> w.equals(de.form("Vertrag")) || w.equals(de.form("Gipfeltreffen")),
                w -> true).read(ding);
        assertTrue(lex.has(de.form("Vertrag"), en.form("treaty")));
        assertTrue(lex.has(de.form("Gipfeltreffen"), en.form("summit")));
        assertTrue(Dictionaries.installedFiles("de", "en").stream().anyMatch(d -> d.path().equals(ding)));
    }

    @Test
    void badDictionariesAreRejectedNamingTheFileAndLine() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "# comment\nthis is prose\n");
        TmshException e = assertThrows(TmshException.class, () -> Dictionaries.detect(f));
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("2"), e.getMessage());
        Path ding = dir.resolve("ding");
        Files.writeString(ding, "Berg :: mountain\nno separator here\n");
        e = assertThrows(TmshException.class, () -> deEn().read(ding));
        assertTrue(e.getMessage().contains("ding") && e.getMessage().contains("2"), e.getMessage());
        assertThrows(TmshException.class, () -> Dictionaries.detect(dir.resolve("missing.dic")));
        Files.writeString(dir.resolve("lonely.index"), "Berg\tA\tB\n");
        assertThrows(TmshException.class, () -> deEn().read(dir.resolve("lonely.index")));
        Files.write(dir.resolve("binary.dic"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x20, 0x40, 0x20, 0x41, 10});
        assertThrows(TmshException.class, () -> deEn().read(dir.resolve("binary.dic"),
                Dictionaries.Format.HUNALIGN, false));
    }
}
