package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tmsh.shell.LoseNothingCliTest.assertRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.tmsh.TestFiles;
import org.tmsh.common.StoreLock;
import org.tmsh.terms.GlossaryStore;

/**
 * Issue 20 as a user meets it, for glossaries and input checks: each case one line, exit 2, nothing
 * changed (items 3, 5, 6, 9, 10); a damaged glossary named beside the healthy ones.
 */
class GlossaryInputCliTest extends WithTempHome {

    private Path glossaries() {
        return home.path().resolve("glossaries");
    }

    private void seeds() {
        assertEquals(0, CliTest.run("term", "import", "glossaries/seeds.tbx").code());
    }

    @Test
    void invalidLanguageCodesAreRefusedWholeAndNothingIsStored() throws Exception {
        assertRefused(CliTest.run("term", "add", "Lawrow", "--lang", "zz-!!"), "option --lang: unknown language code 'zz-!!'");
        assertFalse(Files.exists(glossaries().resolve("names.tbx")));
        Path tmx = dir.resolve("a.tmx");
        Files.writeString(tmx, "<tmx version=\"1.4\"><header srclang=\"de\" datatype=\"plaintext\" segtype=\"sentence\""
                + " adminlang=\"en\" creationtool=\"t\" creationtoolversion=\"1\" o-tmf=\"t\"/><body><tu><tuv xml:lang=\"de\">"
                + "<seg>Haus</seg></tuv><tuv xml:lang=\"en\"><seg>house</seg></tuv></tu></body></tmx>");
        assertRefused(CliTest.run("tm", "import", tmx.toString(), "--tm", "t", "--source-lang", "!!"),
                "option --source-lang: unknown language code '!!'");
        assertFalse(Files.exists(home.path().resolve("tm/t")));
        assertEquals(0, CliTest.run("tm", "import", tmx.toString(), "--tm", "t").code());
        // not cut down to "xx" and then reported as a language the TM lacks
        assertRefused(CliTest.run("tm", "search", "Haus", "--tm", "t", "--source-lang", "xx-invalid-!!"),
                "unknown language code 'xx-invalid-!!'");
        // a three-letter ISO 639 code without a two-letter one is a language
        assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "fil", "--glossary", "g").code());
    }

    @Test
    void csvHeadersNameTwoDifferentValidLanguages() throws Exception {
        Path pairs = dir.resolve("dd.csv");
        Files.writeString(pairs, "de,de\nHaus,Haus\n");
        assertRefused(CliTest.run("tm", "import", pairs.toString(), "--tm", "t"), "dd.csv: line 1: header: both columns are 'de'");
        assertFalse(Files.exists(home.path().resolve("tm/t")));
        Path glossary = dir.resolve("g.csv");
        Files.writeString(glossary, "id,de,DE,note\nc1,Lawrow,Lavrov,\n");
        assertRefused(CliTest.run("term", "import", glossary.toString()), "g.csv: line 1: header, column 3: language 'de'");
        Files.writeString(glossary, "id,de,e!n,note\nc1,Lawrow,Lavrov,\n");
        assertRefused(CliTest.run("term", "import", glossary.toString()), "unknown language code 'e!n'");
        assertFalse(Files.exists(glossaries().resolve("g.tbx")));
        Path tbx = dir.resolve("bad.tbx");
        Files.writeString(tbx, Files.readString(Path.of("glossaries/seeds.tbx")).replaceFirst("xml:lang=\"de\"", "xml:lang=\"zz-!!\""));
        assertRefused(CliTest.run("term", "import", tbx.toString()), "<langSec xml:lang=\"zz-!!\">: unknown language code 'zz-!!'");
        assertFalse(Files.exists(glossaries().resolve("bad.tbx")));
    }

    @Test
    void emptyTermsAndQueriesAreRefused() throws Exception {
        assertRefused(CliTest.run("term", "add", "", "--lang", "de"), "the spelling to add: empty");
        assertRefused(CliTest.run("term", "add", "  ", "--lang", "de"), "the spelling to add: empty");
        assertRefused(CliTest.run("term", "add", "Lawrow", "--lang", "de", "--same-as", " "), "--same-as is empty");
        assertFalse(Files.exists(glossaries().resolve("names.tbx")));
        Path tmx = dir.resolve("a.tmx");
        Files.writeString(tmx, "<tmx version=\"1.4\"><header srclang=\"de\" datatype=\"plaintext\" segtype=\"sentence\""
                + " adminlang=\"en\" creationtool=\"t\" creationtoolversion=\"1\" o-tmf=\"t\"/><body><tu><tuv xml:lang=\"de\">"
                + "<seg>Haus</seg></tuv><tuv xml:lang=\"en\"><seg>house</seg></tuv></tu></body></tmx>");
        assertEquals(0, CliTest.run("tm", "import", tmx.toString()).code());
        assertRefused(CliTest.run("tm", "concordance", ""), "the words to look for: empty");
        assertRefused(CliTest.run("tm", "search", " "), "the text to look up: empty");
    }

    @Test
    void theGlossaryNameErrorStatesTheRule() {
        CliTest.Run r = CliTest.run("term", "add", "X", "--lang", "de", "--glossary", "Ünïcödé");
        assertRefused(r, "'Ü' (U+00DC) is not allowed");
        assertTrue(r.err().contains("1 to 64 characters, ASCII letters A-Z a-z, digits 0-9, '.', '_' and '-'"), r.err());
        assertRefused(CliTest.run("term", "add", "X", "--lang", "de", "--glossary", "a".repeat(65)), "it has 65 characters");
        assertRefused(CliTest.run("term", "add", "X", "--lang", "de", "--glossary", "-x"), "it begins with '-'");
        assertEquals(0, CliTest.run("term", "add", "X", "--lang", "de", "--glossary", "a".repeat(64)).code());
    }

    @Test
    void aDamagedGlossaryIsNamedBesideTheHealthyOnes() throws Exception {
        seeds();
        Files.createDirectories(glossaries().resolve("folder.tbx"));
        Files.writeString(glossaries().resolve("broken.tbx"), "<tbx><text><body><conceptEntry>");
        CliTest.Run list = CliTest.run("term", "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("Lawrow"), "the healthy glossary is listed");
        assertTrue(list.out().contains("glossary 'broken' is unreadable and left out"), list.out());
        assertTrue(list.out().contains("glossary 'folder' is unreadable and left out"), list.out());
        assertTrue(list.out().contains("a folder stands where its file belongs"), list.out());
        CliTest.Run lookup = CliTest.run("term", "lookup", "Lawrow traf Choe Son-hui.", "--json");
        assertEquals(0, lookup.code(), lookup.err());
        assertTrue(lookup.out().strip().startsWith("[") && lookup.out().contains("Lawrow"), lookup.out());
        assertTrue(lookup.err().contains("glossary 'broken' is unreadable"), lookup.err());
        assertRefused(CliTest.run("term", "list", "--glossary", "folder"), "glossary 'folder' is damaged: a folder stands");
        assertRefused(CliTest.run("term", "add", "X", "--lang", "de", "--glossary", "folder"), "is damaged");
        assertTrue(Files.isDirectory(glossaries().resolve("folder.tbx")));
    }

    @Test
    void aGlossariesFolderThatIsAFileIsNamedAsSuch() throws Exception {
        Files.writeString(glossaries(), "not a folder");
        assertRefused(CliTest.run("term", "list"), "glossaries: is not a folder");
        assertRefused(CliTest.run("term", "add", "X", "--lang", "de"), "glossaries: is not a folder");
        assertEquals("not a folder", Files.readString(glossaries()));
    }

    @Test
    void termAddWhileAnotherHoldsTheGlossaryIsRefusedWithOneLine() throws Exception {
        seeds();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        byte[] before = Files.readAllBytes(glossaries().resolve("seeds.tbx"));
        System.setProperty(StoreLock.WAIT_PROPERTY, "300");
        try {
            Future<?> holder = pool.submit(() -> new GlossaryStore(glossaries()).update("seeds", g -> {
                inside.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return new GlossaryStore.Edited<>(null, null);
            }));
            assertTrue(inside.await(60, TimeUnit.SECONDS));
            assertRefused(CliTest.run("term", "add", "Putin", "--lang", "de", "--glossary", "seeds"),
                    "glossary 'seeds' is being changed by another tmsh command");
            assertRefused(CliTest.run("term", "import", "glossaries/seeds.tbx"), "is being changed");
            release.countDown();
            holder.get(60, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
            System.clearProperty(StoreLock.WAIT_PROPERTY);
        }
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(glossaries().resolve("seeds.tbx")), "nothing changed");
    }

    private static Path zip(Path f, List<String[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            for (String[] e : entries) {
                zip.putNextEntry(new ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return f;
    }

    private static final String[] TYPES = {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/></Types>"};
    private static final String[] RELS = {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"};

    @Test
    void damagedDocxGivesOneLineNamingFileAndPart() throws Exception {
        Path en = Files.copy(TestFiles.SEED_EN, dir.resolve("en.txt"));
        Path out = dir.resolve("o.tmx");
        Path nodoc = zip(dir.resolve("nodoc.docx"), List.of(TYPES, RELS, new String[] {"word/other.xml", "<x/>"}));
        assertRefused(CliTest.run("align", "--source", nodoc.toString(), "--target", en.toString(), "--out", out.toString()),
                "nodoc.docx: not a Word document: the archive has no word/document.xml");
        Path xxe = zip(dir.resolve("xxe.docx"), List.of(TYPES, RELS, new String[] {"word/document.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                + "<w:t>Hallo &x; Welt.</w:t></w:r></w:p></w:body></w:document>"}));
        assertRefused(CliTest.run("align", "--source", xxe.toString(), "--target", en.toString(), "--out", out.toString()),
                "xxe.docx: word/document.xml: line 1: a DOCTYPE declaration");
        assertFalse(Files.exists(out));
    }

    @Test
    void xliffWithANulOrInUtf16WithoutAMarkIsNamedOrRead() throws Exception {
        String xliff = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file source-language=\"de\" target-language=\"en\" datatype=\"plaintext\" original=\"x\"><body>"
                + "<trans-unit id=\"1\"><source>Haus%s</source><target>house</target></trans-unit></body></file></xliff>\n";
        Path nul = dir.resolve("nul.xlf");
        Files.writeString(nul, String.format(xliff, "\0"));
        CliTest.Run r = CliTest.run("tm", "import", nul.toString(), "--tm", "t");
        assertRefused(r, "nul.xlf: line 2: ");
        assertTrue(r.err().contains("NUL") && !r.err().contains("ParseError"), r.err());
        assertFalse(Files.exists(home.path().resolve("tm/t")));
        // without a byte order mark, '<' as 3C 00 is UTF-16LE by the one encoding rule (TextFiles)
        Path u16 = dir.resolve("u16.xlf");
        Files.write(u16, String.format(xliff, "").getBytes(StandardCharsets.UTF_16LE));
        CliTest.Run ok = CliTest.run("tm", "import", u16.toString(), "--tm", "t");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("1 added"), ok.out());
        // UTF-16 that does not begin with '<' (a blank line first) cannot be told from binary: its NUL is named
        Path blank = dir.resolve("blank16.xlf");
        Files.write(blank, ("\n" + String.format(xliff, "")).getBytes(StandardCharsets.UTF_16LE));
        CliTest.Run b = CliTest.run("tm", "import", blank.toString(), "--tm", "t");
        assertRefused(b, "blank16.xlf: line 2: binary file or UTF-16 without a byte order mark");
    }

    @Test
    void aWrongEncodingThatYieldsMojibakeIsRefused() throws Exception {
        Path de = Files.copy(TestFiles.SEED_DE, dir.resolve("de.txt"));
        Path en = Files.copy(TestFiles.SEED_EN, dir.resolve("en.txt"));
        Path out = dir.resolve("o.tmx");
        CliTest.Run r = CliTest.run("align", "--source", de.toString(), "--target", en.toString(), "--encoding", "UTF-16",
                "--out", out.toString());
        assertRefused(r, "de.txt: read as UTF-16, the text has no letters of the de script (Latin)");
        assertFalse(Files.exists(out));
    }
}
