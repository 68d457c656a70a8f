package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** analyze, pretranslate and merge one-shot: JSON of the issue's shape, CSV, one error line and exit 2. */
class DocumentCliTest {

    @TempDir
    Path dir;
    private Path doc;

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void home() throws Exception {
        System.setProperty("tmsh.home", dir.resolve("home").toString());
        assertEquals(0, CliTest.run("tm", "import", "tmx/seeds-000-004.de-en.tmx", "--tm", "seeds").code());
        doc = Files.copy(Path.of("src/test/resources/jobs/statement.de.txt"), dir.resolve("statement.de.txt"));
    }

    @AfterEach
    void clear() {
        System.clearProperty("tmsh.home");
    }

    @Test
    void aWordDocumentWithTrackedChangesIsPretranslatedWithANoticeAndJsonStaysClean() throws Exception {
        Path docx = org.tmsh.jobs.TestDocuments.docx(dir);
        Path tracked = dir.resolve("tracked.de.docx");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(docx.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tracked))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                String xml = new String(in.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (e.getName().equals("word/document.xml")) {
                    xml = xml.replaceFirst("<w:body>", "<w:body><w:p><w:r><w:t xml:space=\"preserve\">Neu: </w:t></w:r>"
                            + "<w:del w:id=\"91\" w:author=\"A\"><w:r><w:delText>alt</w:delText></w:r></w:del></w:p>");
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        CliTest.Run p = CliTest.run("pretranslate", tracked.toString(), "--tm", "seeds", "--out", dir.resolve("t.xlf").toString(),
                "--json");
        assertEquals(0, p.code(), p.err());
        JSON.readTree(p.out()); // standard output is the JSON document alone
        assertTrue(p.err().contains("tracked.de.docx has tracked changes (0 insertions, 1 deletion)"), p.err());
        CliTest.Run plain = CliTest.run("analyze", docx.toString(), "--tm", "seeds");
        assertEquals(0, plain.code(), plain.err());
        assertFalse((plain.out() + plain.err()).contains("tracked changes"), plain.out());
        CliTest.Run analyzed = CliTest.run("analyze", tracked.toString(), "--tm", "seeds");
        assertTrue(analyzed.out().contains("tracked.de.docx has tracked changes"), analyzed.out());
    }

    @Test
    void analyzeGivesJsonOfTheIssuesShapeAndCsv() throws Exception {
        Path csv = dir.resolve("quote.csv");
        CliTest.Run r = CliTest.run("analyze", doc.toString(), "--tm", "seeds", "--json", "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(doc.toString(), j.get("files").get(0).get("file").asText());
        assertEquals(7, j.get("total").get("segments").asInt());
        assertEquals(2, j.get("total").get("bands").get("100%").get("segments").asInt());
        assertEquals(1, j.get("total").get("bands").get("repetition").get("segments").asInt());
        int words = j.get("total").get("words").asInt();
        List<String> lines = Files.readAllLines(csv);
        assertEquals("file,band,segments,words", lines.get(0));
        assertTrue(lines.contains("total,100%,2," + j.get("total").get("bands").get("100%").get("words").asInt()), lines.toString());
        assertEquals(words, lines.stream().filter(l -> l.startsWith("total,")).mapToInt(l -> Integer.parseInt(l.split(",")[3])).sum());

        CliTest.Run table = CliTest.run("analyze", doc.toString(), "--tm", "seeds");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("repetition") && table.out().contains("total"), table.out());
    }

    @Test
    void pretranslateThenMergeOneShot() throws Exception {
        Path xlf = dir.resolve("statement.xlf");
        CliTest.Run p = CliTest.run("pretranslate", doc.toString(), "--tm", "seeds", "--out", xlf.toString(), "--json");
        assertEquals(0, p.code(), p.err());
        JsonNode j = JSON.readTree(p.out());
        assertEquals(3, j.get("filled").asInt());
        assertTrue(Files.exists(dir.resolve("statement.tmx")));
        Path out = dir.resolve("statement.en.txt");
        CliTest.Run m = CliTest.run("merge", xlf.toString(), "--out", out.toString(), "--tm", "done", "--json");
        assertEquals(0, m.code(), m.err());
        JsonNode mj = JSON.readTree(m.out());
        assertEquals(2, mj.get("translated").asInt(), "the exact matches; the repaired one waits for review");
        assertEquals(5, mj.get("keptSource").asInt(), "empty and unreviewed targets keep their source");
        assertEquals(1, mj.get("states").get("needs-review-translation").asInt(), mj.toString());
        assertEquals(4, mj.get("states").get("empty").asInt(), mj.toString());
        assertEquals(5, mj.get("inSource").size(), mj.toString());
        CliTest.Run review = CliTest.run("merge", xlf.toString(), "--out", out.toString(), "--accept", "needs-review");
        assertEquals(0, review.code(), review.err());
        assertTrue(review.out().contains("3 translated, 4 kept in the source language"), review.out());
        assertTrue(review.out().contains("units by state: 4 empty, 1 needs-review-translation, 2 translated;"
                + " written: the confirmed and the unreviewed targets (--accept needs-review)"), review.out());
        CliTest.Run bad = CliTest.run("merge", xlf.toString(), "--out", dir.resolve("never.txt").toString(), "--accept", "all");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--accept must be final, needs-review or any"), bad.err());
        assertFalse(Files.exists(dir.resolve("never.txt")));
        assertEquals(2, mj.get("added").asInt());
        assertTrue(Files.readString(out).startsWith("The exchange of views"));
    }

    @Test
    void pretranslateOmegatMakesAProjectAndRefusesWhatDoesNotGoWithIt() throws Exception {
        Path project = dir.resolve("kit");
        CliTest.Run p = CliTest.run("pretranslate", doc.toString(), "--tm", "seeds", "--omegat", project.toString(), "--json");
        assertEquals(0, p.code(), p.err());
        JsonNode j = JSON.readTree(p.out());
        assertEquals(7, j.get("segments").asInt());
        assertEquals(2, j.get("exact").asInt(), "the two exact matches");
        assertTrue(Files.readString(project.resolve("omegat.project")).contains("<source_lang>de</source_lang>"));
        assertTrue(Files.readString(project.resolve("tm/auto/seeds-exact.tmx")).contains("The exchange of views"));
        CliTest.Run again = CliTest.run("pretranslate", doc.toString(), "--tm", "seeds", "--omegat", project.toString());
        assertEquals(2, again.code(), "the folder is not empty now");
        assertTrue(again.err().contains("not empty"), again.err());
        for (String[] extra : new String[][] {{"--out", dir.resolve("b.xlf").toString()}, {"--copy-source"}, {"--furniture"}}) {
            java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("pretranslate", doc.toString(), "--tm",
                    "seeds", "--omegat", dir.resolve("kit2").toString()));
            cmd.addAll(java.util.List.of(extra));
            CliTest.Run r = CliTest.run(cmd.toArray(String[]::new));
            assertEquals(2, r.code(), String.join(" ", cmd));
            assertFalse(Files.exists(dir.resolve("kit2")));
        }
        CliTest.Run neither = CliTest.run("pretranslate", doc.toString(), "--tm", "seeds");
        assertEquals(2, neither.code());
        assertTrue(neither.err().contains("--out") && neither.err().contains("--omegat"), neither.err());
        CliTest.Run copy = CliTest.run("pretranslate", doc.toString(), "--tm", "seeds", "--out", dir.resolve("c.xlf").toString(),
                "--copy-source");
        assertEquals(0, copy.code(), copy.err());
        assertEquals(7, Files.readString(dir.resolve("c.xlf")).split("</source>\n        <target ", -1).length - 1,
                "every unit has a target (alt-trans ones not counted)");
    }

    @Test
    void tmExportWritesStrictXliffThatImportsBack() throws Exception {
        Path xlf = dir.resolve("seeds.xlf");
        assertEquals(0, CliTest.run("tm", "export", xlf.toString(), "--tm", "seeds").code());
        org.tmsh.TestFiles.assertXmllint(xlf, "--schema", Path.of("../shared/schemas/xliff12/xliff-core-1.2-strict.xsd"));
        CliTest.Run back = CliTest.run("tm", "import", xlf.toString(), "--tm", "back", "--json");
        assertEquals(0, back.code(), back.err());
        assertEquals(11, JSON.readTree(back.out()).get("added").asInt());
        Path tmx = dir.resolve("as-tmx.xlf.tmx");
        assertEquals(0, CliTest.run("tm", "export", tmx.toString(), "--tm", "seeds", "--format", "tmx").code());
        assertEquals(2, CliTest.run("tm", "export", tmx.toString(), "--tm", "seeds", "--format", "po").code());
    }

    @Test
    void badOptionsAndInputGiveOneLineAndExitTwo() throws Exception {
        CliTest.Run fill = CliTest.run("pretranslate", doc.toString(), "--tm", "seeds", "--out", dir.resolve("a.xlf").toString(),
                "--fill", "120");
        assertEquals(2, fill.code());
        assertTrue(fill.err().contains("--fill"), fill.err());
        assertFalse(Files.exists(dir.resolve("a.xlf")));
        CliTest.Run v2 = CliTest.run("pretranslate", doc.toString(), "--tm", "seeds", "--out", dir.resolve("a.xlf").toString(),
                "--xliff", "3.0");
        assertEquals(2, v2.code());
        CliTest.Run missing = CliTest.run("analyze", dir.resolve("nope.txt").toString(), "--tm", "seeds");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.txt: file not found"), missing.err());
        Path notXliff = Files.writeString(dir.resolve("x.xlf"), "<html/>");
        CliTest.Run merge = CliTest.run("merge", notXliff.toString(), "--out", dir.resolve("o.txt").toString());
        assertEquals(2, merge.code());
        assertTrue(merge.err().contains("not an XLIFF file"), merge.err());
    }
}
