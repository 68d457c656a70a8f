package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.ScratchHome;

/**
 * The embedded TM store under attack (issue 20): words and segments over the limits, deep nesting,
 * imports with nothing to import, a damaged index, tmsh's folders replaced by files, and what a
 * killed import leaves behind. Each case: one line, a non-zero exit where the command fails, and
 * nothing changed that the command was not asked to change.
 */
class TmStoreCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEEDS = "tmx/seeds-000-004.de-en.tmx";

    @TempDir
    Path dir;

    @RegisterExtension
    final ScratchHome home = new ScratchHome();

    private static JsonNode json(CliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    private static void assertOneLineError(CliTest.Run r, String... parts) {
        assertEquals(TmshCommand.USER_ERROR, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        for (String p : parts) {
            assertTrue(r.err().contains(p), "'" + p + "' in: " + r.err());
        }
    }

    private static String tmx(String... pairs) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"
                + "<header creationtool=\"t\" creationtoolversion=\"1\" datatype=\"plaintext\" segtype=\"sentence\""
                + " adminlang=\"en\" srclang=\"en\" o-tmf=\"x\"/><body>\n");
        for (int i = 0; i < pairs.length; i += 2) {
            sb.append("<tu><tuv xml:lang=\"en\"><seg>").append(pairs[i]).append("</seg></tuv><tuv xml:lang=\"de\"><seg>")
                    .append(pairs[i + 1]).append("</seg></tuv></tu>\n");
        }
        return sb.append("</body></tmx>\n").toString();
    }

    private List<String> tms() throws Exception {
        JsonNode list = json(CliTest.run("tm", "list", "--json"));
        return list.findValuesAsText("name");
    }

    // ------------------------------------------------------------------ item 7: one huge word

    @Test
    void aWordOverTheLimitSkipsItsUnitInTmxTsvAndCsvNamingFileLineAndLimit() throws Exception {
        String word = "a".repeat(40_000);
        Path tmx = dir.resolve("big.tmx");
        Files.writeString(tmx, tmx("Hello world", "Hallo Welt", word + " x", "y", "Good morning", "Guten Morgen"));
        CliTest.Run r = CliTest.run("tm", "import", tmx.toString(), "--tm", "t");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 added") && r.out().contains("1 invalid unit skipped"), r.out());
        assertTrue(r.out().contains("skipped: " + tmx + ": line 4: a word of 40,000 characters")
                && r.out().contains("tmsh.limit.wordChars"), r.out());

        Path tsv = dir.resolve("big.tsv");
        Files.writeString(tsv, "hello there\thallo da\n" + word + "\ty\n");
        JsonNode t = json(CliTest.run("tm", "import", tsv.toString(), "--tm", "t2", "--source-lang", "en",
                "--target-lang", "de", "--json"));
        assertEquals(1, t.get("added").asInt());
        assertEquals(1, t.get("invalid").asInt());
        assertEquals(2, t.get("invalidUnits").get(0).get("line").asInt());

        Path csv = dir.resolve("big.csv");
        Files.writeString(csv, "en,de\nhello there,hallo da\n" + word + ",y\n");
        JsonNode c = json(CliTest.run("tm", "import", csv.toString(), "--tm", "t3", "--json"));
        assertEquals(1, c.get("added").asInt());
        assertEquals(1, c.get("invalid").asInt());
        assertEquals(3, c.get("invalidUnits").get(0).get("line").asInt());
        assertTrue(c.get("invalidUnits").get(0).get("reason").asText().contains("limit"), c.toString());
    }

    @Test
    void aHugeWordInSearchOrConcordanceIsOneLineAndALongOneIsLookedUp() throws Exception {
        json(CliTest.run("tm", "import", SEEDS, "--tm", "news", "--json"));
        String huge = "a".repeat(40_000);
        assertOneLineError(CliTest.run("tm", "search", huge, "--tm", "news"), "tmsh.limit.wordChars", "40,000");
        assertOneLineError(CliTest.run("tm", "concordance", huge, "--tm", "news"), "tmsh.limit.wordChars");
        // under the limit, but far too long for a wildcard automaton (Lucene refuses about 1,000 characters)
        CliTest.Run longWord = CliTest.run("tm", "concordance", "b".repeat(1_500), "--tm", "news", "--json");
        assertEquals(0, longWord.code(), longWord.err());
        assertEquals(0, JSON.readTree(longWord.out()).size(), longWord.out());
        Path tmx = dir.resolve("long.tmx");
        Files.writeString(tmx, tmx("Start " + "b".repeat(1_500) + " end", "Anfang und Ende"));
        json(CliTest.run("tm", "import", tmx.toString(), "--tm", "news", "--json"));
        for (int n : new int[] {1_500, 1_400}) {
            CliTest.Run found = CliTest.run("tm", "concordance", "b".repeat(n), "--tm", "news", "--json");
            assertEquals(0, found.code(), found.err());
            assertEquals(1, JSON.readTree(found.out()).size(), n + ": " + found.out());
        }
        assertEquals(0, JSON.readTree(CliTest.run("tm", "concordance", "b".repeat(1_400) + "x", "--tm", "news", "--json")
                .out()).size(), "the whole word is verified, not only its start");
        CliTest.Run search = CliTest.run("tm", "search", "Lawrow " + "c".repeat(1_500), "--tm", "news", "--json");
        assertEquals(0, search.code(), search.err());
    }

    // ------------------------------------------------------------------ item 11: limits for every reader

    @Test
    void deepXliffAndHugeParagraphsAreRefusedByEveryReader() throws Exception {
        StringBuilder deep = new StringBuilder("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file original=\"x\""
                + " source-language=\"de\" target-language=\"en\" datatype=\"plaintext\"><body>\n");
        deep.append("<group>".repeat(2_000)).append("<trans-unit id=\"1\"><source>Hallo</source><target>Hello</target>"
                + "</trans-unit>").append("</group>".repeat(2_000)).append("</body></file></xliff>\n");
        Path xlf = dir.resolve("deep.xlf");
        Files.writeString(xlf, deep);
        assertOneLineError(CliTest.run("tm", "import", xlf.toString(), "--tm", "deep"), xlf.toString(), "nested more than 500",
                "tmsh.limit.depth");
        assertOneLineError(CliTest.run("merge", xlf.toString(), "--out", dir.resolve("out.txt").toString()),
                "nested more than 500");
        assertFalse(Files.exists(dir.resolve("out.txt")));

        json(CliTest.run("tm", "import", SEEDS, "--tm", "news", "--json"));
        Path text = dir.resolve("long.de.txt");
        Files.writeString(text, "Das ist ein Satz. ".repeat(10_000) + "\n");
        Path xlfOut = dir.resolve("long.xlf");
        assertOneLineError(CliTest.run("pretranslate", text.toString(), "--tm", "news", "--out", xlfOut.toString()),
                text.toString(), "more than the limit", "tmsh.limit.segmentChars");
        assertFalse(Files.exists(xlfOut));
        assertOneLineError(CliTest.run("analyze", text.toString(), "--tm", "news"), "tmsh.limit.segmentChars");
    }

    // ------------------------------------------------------------------ item 13: nothing to import

    @Test
    void anImportWithNothingToImportCreatesNoTmAndSaysSo() throws Exception {
        Path csv = dir.resolve("header.csv");
        Files.writeString(csv, "de,en\n");
        assertOneLineError(CliTest.run("tm", "import", csv.toString(), "--tm", "fresh"), csv.toString(),
                "no translated unit");
        Path po = dir.resolve("empty.po");
        Files.writeString(po, "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\nmsgid \"Hallo\"\nmsgstr \"\"\n");
        CliTest.Run p = CliTest.run("tm", "import", po.toString(), "--tm", "fresh", "--source-lang", "de",
                "--target-lang", "en");
        assertEquals(TmshCommand.USER_ERROR, p.code(), p.out() + p.err());
        Path xlf = dir.resolve("untranslated.xlf");
        Files.writeString(xlf, "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file original=\"x\" source-language=\"de\""
                + " target-language=\"en\" datatype=\"plaintext\"><body>\n<trans-unit id=\"1\"><source>Hallo</source>"
                + "</trans-unit></body></file></xliff>\n");
        assertOneLineError(CliTest.run("tm", "import", xlf.toString(), "--tm", "fresh"), "no translated unit");
        Path invalid = dir.resolve("invalid.tmx");
        Files.writeString(invalid, tmx("only English", ""));
        assertOneLineError(CliTest.run("tm", "import", invalid.toString(), "--tm", "fresh"), invalid.toString(),
                "no valid unit", "1 invalid", "line 3");
        assertEquals(List.of(), tms());
        assertFalse(Files.exists(home.path().resolve("tm").resolve("fresh")));

        // an existing TM is left as it was
        json(CliTest.run("tm", "import", SEEDS, "--tm", "news", "--json"));
        assertOneLineError(CliTest.run("tm", "import", csv.toString(), "--tm", "news"), "nothing was changed");
        assertEquals(11, json(CliTest.run("tm", "stats", "--tm", "news", "--json")).get("units").asInt());
    }

    @Test
    void mergeWithoutTranslatedUnitsCreatesNoTm() throws Exception {
        json(CliTest.run("tm", "import", SEEDS, "--tm", "news", "--json"));
        Path doc = dir.resolve("new.de.txt");
        Files.writeString(doc, "Ein völlig neuer Satz über Gartenzwerge.\n");
        Path xlf = dir.resolve("new.xlf");
        json(CliTest.run("pretranslate", doc.toString(), "--tm", "news", "--out", xlf.toString(), "--json"));
        Path out = dir.resolve("new.en.txt");
        CliTest.Run r = CliTest.run("merge", xlf.toString(), "--out", out.toString(), "--tm", "fresh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("TM 'fresh': no translated pairs to add") && r.out().contains("not created"), r.out());
        assertTrue(Files.exists(out));
        assertEquals(List.of("news"), tms());
    }

    // ------------------------------------------------------------------ item 8: a damaged TM

    @Test
    void aDamagedTmIsNamedRefusedForWritingCheckedExportedAsFarAsReadableAndDeleted() throws Exception {
        json(CliTest.run("tm", "import", SEEDS, "--tm", "news", "--json"));
        Path tmDir = home.path().resolve("tm").resolve("news");
        Path fdt;
        try (Stream<Path> s = Files.list(tmDir)) {
            fdt = s.filter(f -> f.toString().endsWith(".fdt")).findFirst().orElseThrow();
        }
        byte[] b = Files.readAllBytes(fdt);
        for (int i = 0; i < 8; i++) {
            b[100 + i] = (byte) (i + 1);
        }
        Files.write(fdt, b);

        for (String[] read : new String[][] {{"tm", "search", "Lawrow", "--tm", "news"},
                {"tm", "concordance", "Lawrow", "--tm", "news"}}) {
            assertOneLineError(CliTest.run(read), "TM 'news' is damaged", tmDir.toString(), "tm check news");
        }
        Path small = dir.resolve("small.tmx");
        Files.writeString(small, tmx("A new sentence", "Ein neuer Satz"));
        CliTest.Run write = CliTest.run("tm", "import", small.toString(), "--tm", "news");
        assertOneLineError(write, "TM 'news' is damaged", fdt.getFileName().toString());

        CliTest.Run check = CliTest.run("tm", "check", "news");
        assertEquals(TmshCommand.USER_ERROR, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("segment _0") && check.out().contains(fdt.getFileName().toString()), check.out());
        assertTrue(check.err().contains("11 of 11 units"), check.err());

        Path out = dir.resolve("rescued.tmx");
        JsonNode exp = json(CliTest.run("tm", "export", out.toString(), "--tm", "news", "--json"));
        assertEquals(11, exp.get("units").asLong() + exp.get("unreadable").asLong(), exp.toString());
        assertTrue(exp.get("unreadable").asLong() > 0, exp.toString());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("</tmx>"));

        json(CliTest.run("tm", "delete", "news", "--yes", "--json"));
        assertFalse(Files.exists(tmDir));
    }

    @Test
    void aWholeTmChecksClean() throws Exception {
        json(CliTest.run("tm", "import", SEEDS, "--tm", "news", "--json"));
        JsonNode h = json(CliTest.run("tm", "check", "news", "--json"));
        assertEquals(11, h.get("units").asInt());
        assertEquals(0, h.get("problems").size());
        assertOneLineError(CliTest.run("tm", "check", "nosuch"), "no TM named 'nosuch'");
    }

    @Test
    void aDamagedCommitStillLetsTheTmBeDeleted() throws Exception {
        json(CliTest.run("tm", "import", SEEDS, "--tm", "news", "--json"));
        Path tmDir = home.path().resolve("tm").resolve("news");
        Path si;
        try (Stream<Path> s = Files.list(tmDir)) {
            si = s.filter(f -> f.toString().endsWith(".si")).findFirst().orElseThrow();
        }
        Files.write(si, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertOneLineError(CliTest.run("tm", "stats", "--tm", "news"), "TM 'news' is damaged");
        assertEquals(TmshCommand.USER_ERROR, CliTest.run("tm", "check", "news").code());
        json(CliTest.run("tm", "delete", "news", "--yes", "--json"));
        assertFalse(Files.exists(tmDir));
    }

    // ------------------------------------------------------------------ item 9: files where folders belong

    @Test
    void aFileWhereTmshKeepsAFolderIsNamed() throws Exception {
        Path root = home.path().resolve("tm");
        Files.createDirectories(home.path());
        Files.writeString(root, "not a folder");
        assertOneLineError(CliTest.run("tm", "list"), root.toString(), "is a file, not the folder of translation memories");
        assertOneLineError(CliTest.run("tm", "import", SEEDS, "--tm", "news"), "is a file");
        assertEquals("not a folder", Files.readString(root));
        Files.delete(root);

        Files.createDirectories(root);
        Files.writeString(root.resolve("news"), "a file");
        assertOneLineError(CliTest.run("tm", "import", SEEDS, "--tm", "news"), root.resolve("news") + " is a file, not a TM folder");
        assertOneLineError(CliTest.run("tm", "search", "Lawrow", "--tm", "news"), "is a file, not a TM folder");
        assertEquals("a file", Files.readString(root.resolve("news")));
    }

    // ------------------------------------------------------------------ item 14: leftovers of a killed import

    @Test
    void statsCountOnlyLiveFilesAndTheNextWriteRemovesLeftovers() throws Exception {
        json(CliTest.run("tm", "import", SEEDS, "--tm", "news", "--json"));
        Path tmDir = home.path().resolve("tm").resolve("news");
        long live = json(CliTest.run("tm", "stats", "--tm", "news", "--json")).get("bytesOnDisk").asLong();
        // what a killed import leaves: files of a segment no commit names
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(tmDir)) {
            List<Path> seg0 = s.filter(f -> f.getFileName().toString().startsWith("_0")).toList();
            for (Path f : seg0) {
                Files.copy(f, tmDir.resolve(f.getFileName().toString().replaceFirst("^_0", "_9")));
            }
            leftovers = seg0.stream().map(f -> tmDir.resolve(f.getFileName().toString().replaceFirst("^_0", "_9"))).toList();
        }
        assertEquals(live, json(CliTest.run("tm", "stats", "--tm", "news", "--json")).get("bytesOnDisk").asLong(),
                "leftovers are not the TM's size");
        Path small = dir.resolve("small.tmx");
        Files.writeString(small, tmx("A new sentence", "Ein neuer Satz"));
        json(CliTest.run("tm", "import", small.toString(), "--tm", "news", "--json"));
        for (Path f : leftovers) {
            assertFalse(Files.exists(f), "removed by the next write: " + f);
        }
        assertEquals(12, json(CliTest.run("tm", "stats", "--tm", "news", "--json")).get("units").asInt());
    }
}
