package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.tmsh.jobs.TestDocuments;

/**
 * The holes an adversarial audit of "lose nothing, write nothing where it does not belong" found, each
 * as a user meets it from the command line: one line naming the file and what is wrong, exit 2, and
 * nothing written.
 */
class HostileInputCliTest extends WithTempHome {

    private static final String TMX = "tmx/seeds-000-004.de-en.tmx";

    @Test
    void storeNamesThatWindowsTakesForDevicesOrTrimsAreRefused() throws Exception {
        for (String name : List.of("CON", "nul", "Nul.txt", "com1", "LPT9.tmx", "aux.x.y", "news.")) {
            LoseNothingCliTest.assertRefused(CliTest.run("tm", "import", TMX, "--tm", name), "is not a TM name");
            LoseNothingCliTest.assertRefused(CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", name),
                    "is not a glossary name");
        }
        CliTest.Run r = CliTest.run("tm", "import", TMX, "--tm", "prn");
        assertTrue(r.err().contains("Windows keeps 'prn' for a device"), r.err());
        assertTrue(CliTest.run("tm", "import", TMX, "--tm", "news.").err().contains("ends in '.'"));
        assertFalse(Files.exists(home.path().resolve("tm")) && Files.list(home.path().resolve("tm")).findAny().isPresent(),
                "no TM folder was made");
        assertFalse(Files.exists(home.path().resolve("glossaries")) && Files.list(home.path().resolve("glossaries"))
                .anyMatch(p -> p.getFileName().toString().endsWith(".tbx")), "no glossary was made");
        // names that only look like a device are still names
        for (String fine : List.of("console", "nul2", "com10", "auxiliary.v2", "news.v2")) {
            CliTest.Run ok = CliTest.run("tm", "import", TMX, "--tm", fine);
            assertEquals(0, ok.code(), fine + ": " + ok.err());
        }
    }

    @Test
    void anOmegatProjectIsNotMadeInsideAnyOfTmshsStores() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", TMX, "--tm", "seeds").code());
        Path doc = TestDocuments.docx(dir);
        for (String store : List.of("cache", "reviews", "tm", "glossaries")) {
            Path inside = home.path().resolve(store).resolve("kit");
            LoseNothingCliTest.assertRefused(CliTest.run("pretranslate", doc.toString(), "--tm", "seeds", "--omegat",
                    inside.toString()), "which tmsh keeps itself");
            assertFalse(Files.exists(inside), inside.toString());
        }
        Path link = Files.createSymbolicLink(dir.resolve("cachelink"), Files.createDirectories(home.path().resolve("cache")));
        LoseNothingCliTest.assertRefused(CliTest.run("pretranslate", doc.toString(), "--tm", "seeds", "--omegat",
                link.resolve("kit").toString()), "which tmsh keeps itself");
        assertFalse(Files.exists(home.path().resolve("cache/kit")));
    }

    @Test
    void aDocxWhoseEntriesEscapeItsFolderOrComeTwiceIsRefusedBeforeAnythingIsWritten() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", TMX, "--tm", "seeds").code());
        Path good = TestDocuments.docx(dir);
        record Case(String file, String entry, String says) {
        }
        for (Case c : List.of(
                new Case("slip.docx", "../../../../tmp/slipped.txt", "has a '..' step"),
                new Case("inner.docx", "word/../../evil.xml", "has a '..' step"),
                new Case("absolute.docx", "/tmp/abs.txt", "is not a relative name"),
                new Case("backslash.docx", "..\\..\\evil.txt", "is not a relative name"),
                new Case("twice.docx", "word/document.xml", "is in the archive twice"),
                new Case("twice-case.docx", "WORD/Document.xml", "is in the archive twice"))) {
            Path bad = withExtraEntry(good, dir.resolve(c.file), c.entry);
            Path xlf = dir.resolve(c.file + ".xlf");
            CliTest.Run p = CliTest.run("pretranslate", bad.toString(), "--tm", "seeds", "--out", xlf.toString());
            LoseNothingCliTest.assertRefused(p, c.says);
            assertTrue(p.err().contains(bad.toString()) && p.err().contains(c.entry), p.err());
            assertFalse(Files.exists(xlf), c.file);
        }
        Path slip = dir.resolve("slip.docx");
        LoseNothingCliTest.assertRefused(CliTest.run("analyze", slip.toString(), "--tm", "seeds"), "has a '..' step");
        LoseNothingCliTest.assertRefused(CliTest.run("align", "--source", slip.toString(), "--target", slip.toString(),
                "--source-lang", "de", "--target-lang", "en", "--out", dir.resolve("a.tmx").toString()), "has a '..' step");
        assertFalse(Files.exists(dir.resolve("a.tmx")));
    }

    @Test
    void anEmptyOrBinaryFileNamedTmxSaysSoAndMakesNoTm() throws Exception {
        Path empty = Files.write(dir.resolve("empty.tmx"), new byte[0]);
        LoseNothingCliTest.assertRefused(CliTest.run("tm", "import", empty.toString(), "--tm", "fresh"), empty + ": file is empty");
        byte[] junk = new byte[3000];
        new java.util.Random(7).nextBytes(junk);
        junk[10] = 0;
        junk[0] = 'x';
        Path binary = Files.write(dir.resolve("binary.tmx"), junk);
        CliTest.Run r = CliTest.run("tm", "import", binary.toString(), "--tm", "fresh", "--json");
        LoseNothingCliTest.assertRefused(r, binary + ": a binary file");
        assertEquals("", r.out(), "with --json, nothing but JSON on standard output: here nothing");
        assertFalse(Files.exists(home.path().resolve("tm/fresh")));
    }

    @Test
    void anEndlessLineOfTabSeparatedTextIsRefusedAsItIsReadNotWhenMemoryRunsOut() throws Exception {
        Path gz = dir.resolve("bomb.tsv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("Lawrow kam.\tLavrov came.\n".getBytes(StandardCharsets.UTF_8));
            out.write("a".repeat(10_000).getBytes(StandardCharsets.UTF_8));
        }
        System.setProperty("tmsh.limit.segmentChars", "100");
        try {
            CliTest.Run r = CliTest.run("tm", "import", gz.toString(), "--tm", "fresh", "--source-lang", "de",
                    "--target-lang", "en");
            LoseNothingCliTest.assertRefused(r, gz + ": line 2: a line of more than 304 characters");
            assertTrue(r.err().contains("tmsh.limit.segmentChars=100"), r.err());
            assertFalse(Files.exists(home.path().resolve("tm/fresh")), "no TM made");
            Path fine = Files.writeString(dir.resolve("fine.tsv"), "Lawrow kam.\tLavrov came.\n" + "b".repeat(99)
                    + "\t" + "c".repeat(99) + "\n");
            CliTest.Run ok = CliTest.run("tm", "import", fine.toString(), "--tm", "fresh", "--source-lang", "de",
                    "--target-lang", "en");
            assertEquals(0, ok.code(), ok.err());
            assertTrue(ok.out().contains("2 added"), ok.out());
        } finally {
            System.clearProperty("tmsh.limit.segmentChars");
        }
    }

    @Test
    void qaAnnotateDoesNotChangeAnXliffInsideTmshsStores() throws Exception {
        String xliff = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\""
                + " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a.txt\" source-language=\"de\""
                + " target-language=\"en\" datatype=\"plaintext\"><body>\n<trans-unit id=\"1\"><source>Es kostet 15 Euro.</source>"
                + "<target state=\"translated\">It costs 16 euros.</target></trans-unit>\n</body></file></xliff>\n";
        Path mine = Files.writeString(dir.resolve("mine.xlf"), xliff);
        CliTest.Run checked = CliTest.run("qa", mine.toString(), "--annotate");
        assertEquals(1, checked.code(), checked.err());
        assertTrue(Files.readString(mine).contains("<note"), "a file of the user's is annotated");
        Path stored = Files.writeString(Files.createDirectories(home.path().resolve("cache")).resolve("x.xlf"), xliff);
        LoseNothingCliTest.assertRefused(CliTest.run("qa", stored.toString(), "--annotate"), "which tmsh keeps itself");
        assertEquals(xliff, Files.readString(stored));
        assertEquals(1, CliTest.run("qa", stored.toString()).code(), "reading it is fine");
    }

    @Test
    void anAttributeValueOverTheLimitIsRefusedInEveryXmlReaderAndNothingIsStored() throws Exception {
        String tmx = Files.readString(Path.of(TMX)).replaceFirst("tuid=\"[^\"]*\"", "tuid=\"" + "x".repeat(600) + "\"");
        Path bigTmx = Files.writeString(dir.resolve("big.tmx"), tmx);
        String xliff = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\""
                + " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a.txt\" source-language=\"de\""
                + " target-language=\"en\" datatype=\"plaintext\"><body>\n<trans-unit id=\"1\" resname=\"" + "r".repeat(600)
                + "\"><source>Es kostet 15 Euro.</source><target state=\"final\">It costs 15 euros.</target></trans-unit>\n"
                + "</body></file></xliff>\n";
        Path bigXlf = Files.writeString(dir.resolve("big.xlf"), xliff);
        String tbx = Files.readString(Path.of("glossaries/seeds.tbx")).replaceFirst("id=\"c1\"", "id=\"" + "c".repeat(600) + "\"");
        Path bigTbx = Files.writeString(dir.resolve("big.tbx"), tbx);
        System.setProperty("tmsh.limit.attributeChars", "500");
        try {
            LoseNothingCliTest.assertRefused(CliTest.run("tm", "import", bigTmx.toString(), "--tm", "fresh"),
                    bigTmx + ": line 5: an attribute value of more than 500 characters; nothing was changed (limit tmsh.limit.attributeChars=500");
            LoseNothingCliTest.assertRefused(CliTest.run("tm", "import", bigXlf.toString(), "--tm", "fresh"),
                    bigXlf + ": line 3: an attribute value of more than 500 characters");
            LoseNothingCliTest.assertRefused(CliTest.run("qa", bigXlf.toString()), bigXlf + ": line 3: an attribute value");
            LoseNothingCliTest.assertRefused(CliTest.run("term", "import", bigTbx.toString(), "--glossary", "fresh"),
                    bigTbx + ": line 15: an attribute value of more than 500 characters");
            CliTest.Run json = CliTest.run("tm", "import", bigTmx.toString(), "--tm", "fresh", "--json");
            LoseNothingCliTest.assertRefused(json, "an attribute value");
            assertEquals("", json.out(), "with --json, nothing but JSON on standard output: here nothing");
            assertFalse(Files.exists(home.path().resolve("tm/fresh")), "no TM made");
            assertFalse(Files.exists(home.path().resolve("glossaries/fresh.tbx")), "no glossary made");
        } finally {
            System.clearProperty("tmsh.limit.attributeChars");
        }
        assertEquals(0, CliTest.run("tm", "import", bigTmx.toString(), "--tm", "fresh").code(), "within the default limit");
    }

    @Test
    void aTbxNestedDeeperThanTheLimitIsRefused() throws Exception {
        String tbx = Files.readString(Path.of("glossaries/seeds.tbx"));
        int at = tbx.indexOf("</term>");
        Path deep = Files.writeString(dir.resolve("deep.tbx"), tbx.substring(0, at) + "<hi>".repeat(600) + "x"
                + "</hi>".repeat(600) + tbx.substring(at));
        CliTest.Run r = CliTest.run("term", "import", deep.toString(), "--glossary", "fresh");
        LoseNothingCliTest.assertRefused(r, deep + ": line 18: elements nested more than 500 deep (limit tmsh.limit.depth=500");
        assertFalse(Files.exists(home.path().resolve("glossaries/fresh.tbx")), "no glossary made");
        LoseNothingCliTest.assertRefused(CliTest.run("qa", "--glossary", deep.toString(), "tmx/seeds-000-004.de-en.tmx"),
                "elements nested more than 500 deep");
    }

    @Test
    void aDocxWithASymbolicLinkEntryIsRefused() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", TMX, "--tm", "seeds").code());
        Path good = TestDocuments.docx(dir);
        Path linked = dir.resolve("linked.docx");
        try (ZipFile in = new ZipFile(good.toFile());
             var out = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(Files.newOutputStream(linked))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(e.getName()));
                try (var s = in.getInputStream(e)) {
                    s.transferTo(out);
                }
                out.closeArchiveEntry();
            }
            var link = new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("word/media/image9.png");
            link.setUnixMode(0120777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        Path xlf = dir.resolve("linked.xlf");
        CliTest.Run r = CliTest.run("pretranslate", linked.toString(), "--tm", "seeds", "--out", xlf.toString());
        LoseNothingCliTest.assertRefused(r, linked + ": not a valid DOCX: the archive's entry 'word/media/image9.png'"
                + " is a symbolic link");
        assertFalse(Files.exists(xlf));
        LoseNothingCliTest.assertRefused(CliTest.run("analyze", linked.toString(), "--tm", "seeds"), "is a symbolic link");
    }

    @Test
    void aStoreWhoseNameDiffersFromAnotherOnlyInCaseIsRefused() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", TMX, "--tm", "news").code());
        CliTest.Run r = CliTest.run("tm", "import", TMX, "--tm", "News");
        LoseNothingCliTest.assertRefused(r, "there is a TM named 'news' already, and 'News' differs from it only in case");
        assertFalse(Files.exists(home.path().resolve("tm/News")));
        assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "people").code());
        LoseNothingCliTest.assertRefused(CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "PEOPLE"),
                "there is a glossary named 'people' already, and 'PEOPLE' differs from it only in case");
        assertFalse(Files.exists(home.path().resolve("glossaries/PEOPLE.tbx")));
        assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "other").code());
        LoseNothingCliTest.assertRefused(CliTest.run("glossary", "rename", "other", "People"), "differs from it only in case");
        assertTrue(Files.exists(home.path().resolve("glossaries/other.tbx")), "the glossary stays as it was");
        // the same name, spelled alike, is the same store
        assertEquals(0, CliTest.run("tm", "import", TMX, "--tm", "news").code());
    }

    @Test
    void aStoreNamedBeforeTheWindowsRuleCanStillBeExportedRenamedAndDeleted() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", TMX, "--tm", "old").code());
        Files.move(home.path().resolve("tm/old"), home.path().resolve("tm/CON"));
        assertTrue(CliTest.run("tm", "list").out().contains("CON"));
        Path saved = dir.resolve("con.tmx");
        CliTest.Run export = CliTest.run("tm", "export", saved.toString(), "--tm", "CON");
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.readString(saved).contains("<tu"));
        CliTest.Run drop = CliTest.run("tm", "delete", "CON", "--yes");
        assertEquals(0, drop.code(), drop.err());
        assertFalse(Files.exists(home.path().resolve("tm/CON")));
        LoseNothingCliTest.assertRefused(CliTest.run("tm", "import", TMX, "--tm", "CON"), "is not a TM name");

        assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "people").code());
        Files.move(home.path().resolve("glossaries/people.tbx"), home.path().resolve("glossaries/nul.tbx"));
        CliTest.Run renamed = CliTest.run("glossary", "rename", "nul", "people");
        assertEquals(0, renamed.code(), renamed.err());
        assertTrue(Files.exists(home.path().resolve("glossaries/people.tbx")));
        assertFalse(Files.exists(home.path().resolve("glossaries/nul.tbx")));
        LoseNothingCliTest.assertRefused(CliTest.run("glossary", "rename", "people", "nul"), "is not a glossary name");
    }

    @Test
    void aNegativeNumberForAnOptionIsRefusedNotIgnored() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", TMX, "--tm", "seeds").code());
        CliTest.Run r = CliTest.run("tm", "concordance", "Lawrow", "--tm", "seeds", "--max", "-3", "--json");
        LoseNothingCliTest.assertRefused(r, "tm concordance: option --max: '-3' is negative; give 0 or more");
        assertEquals("", r.out(), "with --json, nothing but JSON on standard output: here nothing");
        LoseNothingCliTest.assertRefused(CliTest.run("tm", "search", "Lawrow", "--tm", "seeds", "--min", "-1"), "is negative");
    }

    /**
     * {@code good}'s entries, then one more named {@code name}, written to {@code to}. Java's zip writer
     * refuses a second entry of one name, so such an entry is written under a stand-in of the same length
     * that is then replaced in the archive's bytes (names are not covered by the entries' checksums).
     */
    private static Path withExtraEntry(Path good, Path to, String name) throws IOException {
        String written = name;
        try (ZipFile in = new ZipFile(good.toFile())) {
            if (in.getEntry(name) != null) {
                written = name.substring(0, name.length() - 1) + "#";
            }
        }
        try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (var s = in.getInputStream(e)) {
                    s.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(written));
            out.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>Other text</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        if (!written.equals(name)) {
            String bytes = new String(Files.readAllBytes(to), StandardCharsets.ISO_8859_1);
            Files.write(to, bytes.replace(written, name).getBytes(StandardCharsets.ISO_8859_1));
        }
        return to;
    }

    /**
     * A name from outside (a file's, an archive entry's) with a line break, a terminal's escape sequence
     * or a bidirectional override: the error stays one line and drives no terminal. Before, the line
     * break split the error in two and the escape reached the terminal as it was.
     */
    @Test
    void controlCharactersInNamesNeitherSplitTheErrorLineNorReachTheTerminal() throws Exception {
        Path missing = dir.resolve("a\nb\u001B[2J\u202Egpj.tmx");
        CliTest.Run r = CliTest.run("tm", "import", missing.toString(), "--tm", "x");
        LoseNothingCliTest.assertRefused(r, "file not found");
        assertTrue(r.err().contains("a\\nb\\u001B[2J\\u202Egpj.tmx"), r.err());
        assertFalse(r.err().strip().chars().anyMatch(c -> c < 0x20 || c == 0x202E), r.err());
        CliTest.Run json = CliTest.run("tm", "import", missing.toString(), "--tm", "x", "--json");
        LoseNothingCliTest.assertRefused(json, "file not found");
        assertEquals("", json.out());

        assertEquals(0, CliTest.run("tm", "import", TMX, "--tm", "seeds").code());
        Path bad = withExtraEntry(TestDocuments.docx(dir), dir.resolve("esc.docx"), "../\u001B]0;owned\u0007\nx.xml");
        CliTest.Run p = CliTest.run("pretranslate", bad.toString(), "--tm", "seeds", "--out", dir.resolve("esc.xlf").toString());
        LoseNothingCliTest.assertRefused(p, "has a '..' step");
        assertTrue(p.err().contains("owned"), p.err());
        assertFalse(p.err().strip().chars().anyMatch(c -> c < 0x20), p.err());
        assertFalse(Files.exists(dir.resolve("esc.xlf")));
    }
}
