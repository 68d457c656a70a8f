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
}
