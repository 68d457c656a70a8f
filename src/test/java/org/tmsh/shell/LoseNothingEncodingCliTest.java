package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.tmsh.TestFiles;

/** Issue 9, encodings: one strict decoder and one byte-order-mark rule behind every text reader. */
class LoseNothingEncodingCliTest extends WithTempHome {

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void latin1InCsvAndOmegatGlossariesIsAnErrorUnlessNamed() throws Exception {
        Path csv = write("names.csv", "id,de,en,note\nc1,Außenminister,foreign minister,\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        LoseNothingCliTest.assertRefused(CliTest.run("term", "import", csv.toString()), "line 2: byte 0xDF is not valid UTF-8");
        Path omegat = write("names.utf8", "Straße\tstreet\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        LoseNothingCliTest.assertRefused(CliTest.run("term", "import", omegat.toString()), "line 1: byte 0xDF is not valid UTF-8");
        Path nul = write("nulbyte.utf8", "Lawrow\tLav\u0000rov\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        LoseNothingCliTest.assertRefused(CliTest.run("term", "import", nul.toString()), "NUL");
        assertTrue(!Files.exists(home.path().resolve("glossaries")) || Files.list(home.path().resolve("glossaries")).findAny().isEmpty());
        assertEquals(0, CliTest.run("term", "import", csv.toString(), "--encoding", "ISO-8859-1").code());
        assertTrue(Files.readString(home.path().resolve("glossaries/names.tbx")).contains("Außenminister"));
    }

    @Test
    void aTbxWhoseMarkContradictsItsDeclarationOrWithBadBytesGivesOneLine() throws Exception {
        String tbx = Files.readString(Path.of("glossaries/seeds.tbx"));
        byte[] body = tbx.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] marked = new byte[body.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(body, 0, marked, 3, body.length);
        assertTrue(tbx.contains("encoding=\"UTF-8\""));
        LoseNothingCliTest.assertRefused(CliTest.run("term", "import", write("lying.tbx", marked).toString()),
                "the byte order mark says UTF-8 but the XML declaration");
        byte[] bad = tbx.replaceFirst("<term>", "<term>\u00FF").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        CliTest.Run r = CliTest.run("term", "import", write("bad.tbx", bad).toString());
        LoseNothingCliTest.assertRefused(r, "is not valid UTF-8");
        assertTrue(!r.err().contains("[Fatal Error]") && !r.out().contains("[Fatal Error]"), r.err());
    }

    @Test
    void utf16TsvWithoutMarkAndAnEmptyTsvAreErrors() throws Exception {
        Path utf16 = write("pairs.tsv", "Lawrow\tLavrov\nMoskau\tMoscow\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        LoseNothingCliTest.assertRefused(CliTest.run("tm", "import", utf16.toString(), "--tm", "t", "--source-lang", "de", "--target-lang", "en"), "line 1: binary file or UTF-16");
        Path empty = write("empty.tsv", new byte[0]);
        LoseNothingCliTest.assertRefused(CliTest.run("tm", "import", empty.toString(), "--tm", "t", "--source-lang", "de", "--target-lang", "en"), "empty file");
        Path blank = write("blank.tsv", "\n\n".getBytes());
        LoseNothingCliTest.assertRefused(CliTest.run("tm", "import", blank.toString(), "--tm", "t", "--source-lang", "de", "--target-lang", "en"), "empty file");
    }

    @Test
    void aTextWithAUtf16MarkOverUtf8BytesIsAnErrorNotAnEmptyTmx() throws Exception {
        byte[] text = Files.readAllBytes(TestFiles.SEED_DE);
        byte[] marked = new byte[text.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(text, 0, marked, 2, text.length);
        Path de = write("de.txt", marked);
        Path tmx = dir.resolve("out.tmx");
        LoseNothingCliTest.assertRefused(CliTest.run("align", "--source", de.toString(), "--target", TestFiles.SEED_EN.toString(),
                "--out", tmx.toString()), "byte order mark over bytes that are not UTF-16LE");
        assertTrue(!Files.exists(tmx));
    }

    @Test
    void aScriptWithALatin1ByteNamesItsLine() throws Exception {
        Path script = write("commands.txt", "# Namen\nterm match Straße Strasse\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        LoseNothingCliTest.assertRefused(CliTest.run("@" + script), script + ": line 2: byte 0xDF is not valid UTF-8; a script is UTF-8");
    }
}
