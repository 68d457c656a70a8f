package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.ScratchHome;
import org.tmsh.formats.xliff.XliffReader;

/** {@code qa} as a reviewer uses it on the file a translator hands back. */
class QaCliTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ScratchHome home = new ScratchHome();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A returned German-English XLIFF: a wrong date, a dropped bold, a name left in German, two translations of one sentence, a double space. */
    private Path returned() throws Exception {
        Path f = dir.resolve("returned.xlf");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="news.txt" source-language="de" target-language="en" datatype="plaintext">
                    <body>
                      <trans-unit id="date"><source>Das Treffen fand am 1. November statt.</source>
                        <target>The meeting took place on November 2.</target></trans-unit>
                      <trans-unit id="bold"><source>Das ist ein <g id="1">wichtiger</g> Schritt.</source>
                        <target>This is an important step.</target></trans-unit>
                      <trans-unit id="name"><source>Lawrow reiste nach Moskau.</source>
                        <target>Lawrow travelled to Moscow.</target></trans-unit>
                      <trans-unit id="a"><source>Die Beziehungen werden stärker.</source>
                        <target>The relations are growing stronger.</target></trans-unit>
                      <trans-unit id="b"><source>Die Beziehungen werden stärker.</source>
                        <target>Relations become stronger.</target></trans-unit>
                      <trans-unit id="space"><source>Beide Seiten tauschten Meinungen aus.</source>
                        <target>Both sides  exchanged views.</target></trans-unit>
                      <trans-unit id="fine"><source>Das Gespräch dauerte zwei Stunden.</source>
                        <target>The talk lasted two hours.</target></trans-unit>
                    </body>
                  </file>
                </xliff>
                """);
        return f;
    }

    private JsonNode json(CliTest.Run r, int code) throws Exception {
        assertEquals(code, r.code(), r.out() + r.err());
        return JSON.readTree(r.out());
    }

    private static List<String> kindsAt(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.get("kind").asText() + "@" + String.join("+", places(f))));
        return out;
    }

    private static List<String> places(JsonNode f) {
        List<String> out = new ArrayList<>();
        f.get("places").forEach(p -> out.add(p.asText().replaceFirst(".*#", "")));
        return out;
    }

    @Test
    void theReturnedFileListsEachPlantedProblemOnceAndExitsOne() throws Exception {
        assertEquals(0, CliTest.run("term", "import", "glossaries/seeds.tbx").code());
        Path f = returned();
        JsonNode findings = json(CliTest.run("qa", f.toString(), "--glossary", "seeds", "--json"), 1);
        List<String> got = kindsAt(findings);
        assertTrue(got.containsAll(List.of("numbers@date", "codes@bold", "untransliterated@name", "consistency@a+b",
                "spacing@space")), got.toString());
        assertEquals(5, got.size(), "each once, nothing else: " + got);
        assertEquals("error", findings.get(0).get("severity").asText(), "worst first");
        CliTest.Run table = CliTest.run("qa", f.toString(), "--glossary", "seeds");
        assertEquals(1, table.code());
        assertTrue(table.out().contains("5 findings (3 errors) in 7 segments"), table.out());
        assertTrue(table.err().contains("3 findings of severity error"), table.err());
    }

    @Test
    void annotateWritesTheFindingsIntoTheXliffAsNotesOnce() throws Exception {
        Path f = returned();
        assertEquals(1, CliTest.run("qa", f.toString(), "--annotate").code());
        String once = Files.readString(f);
        assertTrue(once.contains("<note from=\"tmsh-qa\" priority=\"1\">[error] codes:"), once);
        assertTrue(once.contains("<note from=\"tmsh-qa\" priority=\"2\">[warning] spacing:"), once);
        assertEquals(7, XliffReader.read(f).entries().size(), "still XLIFF with every unit");
        assertEquals(1, CliTest.run("qa", f.toString(), "--annotate").code());
        assertEquals(once, Files.readString(f), "a second run replaces its notes");
    }

    @Test
    void anAcceptedFindingStaysQuietOnlyItselfUntilItsTextChanges() throws Exception {
        Path f = returned();
        Path accepted = dir.resolve("accepted.tsv");
        JsonNode all = json(CliTest.run("qa", f.toString(), "--json"), 1);
        int spacing = -1;
        for (JsonNode n : all) {
            if (n.get("kind").asText().equals("spacing")) {
                spacing = n.get("number").asInt();
            }
        }
        assertTrue(spacing > 0, all.toString());
        json(CliTest.run("qa", f.toString(), "--suppress", accepted.toString(), "--accept", String.valueOf(spacing), "--json"), 1);
        JsonNode next = json(CliTest.run("qa", f.toString(), "--suppress", accepted.toString(), "--json"), 1);
        assertEquals(all.size() - 1, next.size());
        assertFalse(kindsAt(next).contains("spacing@space"), next.toString());
        Files.writeString(f, Files.readString(f).replace("Both sides  exchanged views.", "Both sides  exchanged  views."));
        JsonNode changed = json(CliTest.run("qa", f.toString(), "--suppress", accepted.toString(), "--json"), 1);
        assertTrue(kindsAt(changed).contains("spacing@space"), "the text changed, the finding is back: " + changed);
    }

    @Test
    void aCleanFileExitsZeroAndOnlySkipAndOnlyChooseChecks() throws Exception {
        Path f = returned();
        JsonNode onlySpacing = json(CliTest.run("qa", f.toString(), "--only", "spacing", "--json"), 0);
        assertEquals(List.of("spacing@space"), kindsAt(onlySpacing));
        JsonNode skipped = json(CliTest.run("qa", f.toString(), "--skip", "numbers,codes,terms", "--json"), 0);
        assertFalse(kindsAt(skipped).stream().anyMatch(k -> k.startsWith("numbers") || k.startsWith("codes")));
        CliTest.Run bad = CliTest.run("qa", f.toString(), "--only", "nosuch");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("nosuch"), bad.err());
    }

    @Test
    void csvAndHtmlReportCarryEveryFindingSideBySide() throws Exception {
        Path f = returned();
        Path csv = dir.resolve("qa.csv");
        Path html = dir.resolve("qa.html");
        assertEquals(1, CliTest.run("qa", f.toString(), "--csv", csv.toString(), "--report", html.toString()).code());
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).contains("severity,check,where,source,target"), rows.get(0));
        assertTrue(rows.size() >= 5, rows.toString());
        String page = Files.readString(html);
        assertTrue(page.contains("<select id=\"kind\""), "filter by check");
        assertTrue(page.contains("<mark class=\"bad\">November 2</mark>"), page);
        assertTrue(page.contains("data-sev=\"error\""));
    }

    @Test
    void xliff2PoAndTmxAreReadAndConsistencyRunsAcrossThem() throws Exception {
        Path x2 = dir.resolve("b.xlf");
        Files.writeString(x2, """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="de">
                  <file id="f"><unit id="u1"><segment><source>Save the file.</source><target>Speichern Sie die Datei.</target></segment></unit></file>
                </xliff>
                """);
        Path po = dir.resolve("c.po");
        Files.writeString(po, "msgid \"\"\nmsgstr \"Language: de\\n\"\n\nmsgid \"Save the file.\"\nmsgstr \"Datei sichern.\"\n");
        JsonNode findings = json(CliTest.run("qa", x2.toString(), po.toString(), "--json"), 0);
        assertEquals(List.of("consistency@u1+4"), kindsAt(findings));
        // the seeds' first unit: its English has the dateline "November 2" that its German lacks (a warning: only in the target)
        JsonNode tmx = json(CliTest.run("qa", "tmx/seeds-000-004.de-en.tmx", "--only", "numbers", "--json"), 0);
        assertTrue(tmx.size() >= 1);
        assertEquals("warning", tmx.get(0).get("severity").asText());
    }

    @Test
    void theJsonSaysHowManyLockedSegmentsWereLeftOutAndWhich() throws Exception {
        // XLIFF 1.2 translate="no": a segment CAT tools show locked; its wrong year is no one's to mend
        Path f = dir.resolve("locked.xlf");
        Files.writeString(f, """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="a" source-language="de" target-language="en" datatype="plaintext"><body>
                    <trans-unit id="t1" translate="no"><source>Copyright 2019 ACME.</source><target>Copyright 2018 ACME.</target></trans-unit>
                    <group id="g" translate="no">
                      <trans-unit id="t2"><source>Stand: 2019.</source><target>As of 2018.</target></trans-unit>
                    </group>
                    <trans-unit id="t3"><source>Es kostet 5 Euro.</source><target>It costs 5 euros.</target></trans-unit>
                  </body></file>
                </xliff>
                """);
        JsonNode findings = json(CliTest.run("qa", f.toString(), "--json"), 0);
        assertEquals(List.of("locked@t1+t2"), kindsAt(findings), "no check read the locked segments");
        assertEquals("info", findings.get(0).get("severity").asText());
        assertEquals("2", findings.get(0).get("text").asText(), "the count");
        Path profile = Files.writeString(dir.resolve("locked.profile"), "option\tstatus.checkLocked\ton\n");
        JsonNode checked = json(CliTest.run("qa", f.toString(), "--json", "--profile", profile.toString()), 1);
        assertEquals(List.of("numbers@t1", "numbers@t2"), kindsAt(checked).stream().map(k -> k.replaceFirst("^dates", "numbers")).sorted().toList());
    }

    @Test
    void badInputIsOneLineExitTwoAndNothingWritten() throws Exception {
        Path broken = dir.resolve("broken.xlf");
        Files.writeString(broken, "<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</source>");
        Path html = dir.resolve("r.html");
        CliTest.Run r = CliTest.run("qa", broken.toString(), "--report", html.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("broken.xlf"), r.err());
        assertFalse(Files.exists(html));
        assertEquals(2, CliTest.run("qa", dir.resolve("missing.xlf").toString()).code());
        assertEquals(2, CliTest.run("qa").code());
        Path doc = dir.resolve("notes.txt");
        Files.writeString(doc, "Lawrow");
        assertEquals(2, CliTest.run("qa", doc.toString(), "--annotate").code(), "annotate needs an XLIFF");
    }

    @Test
    void aWordOfTheNamedMemorysConfirmedTargetsIsNoMisspellingAndAnUnconfirmedOnesIs() throws Exception {
        Path tmx = dir.resolve("project.tmx");
        Files.writeString(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
                <body>
                <tu><prop type="x-state">final</prop><tuv xml:lang="en"><seg>Returns the arc sine.</seg></tuv><tuv xml:lang="de"><seg>Gibt den Arkussinus zurück.</seg></tuv></tu>
                <tu><prop type="x-state">needs-review-translation</prop><tuv xml:lang="en"><seg>Returns the area cotangent.</seg></tuv><tuv xml:lang="de"><seg>Gibt den Areakotangens zurück.</seg></tuv></tu>
                </body></tmx>
                """);
        assertEquals(0, CliTest.run("tm", "import", tmx.toString(), "--tm", "project").code());
        Path f = dir.resolve("returned.xlf");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                  <file original="help.txt" source-language="en" target-language="de" datatype="plaintext">
                    <body>
                      <trans-unit id="1"><source>ASIN returns the arc sine of a number.</source>
                        <target>ASIN gibt den Arkussinus einer Zahl zurück.</target></trans-unit>
                      <trans-unit id="2"><source>ACOTH returns the inverse hyperbolic cotangent of a number.</source>
                        <target>ACOTH gibt den Areakotangens einer Zahl zurück.</target></trans-unit>
                    </body>
                  </file>
                </xliff>
                """);
        JsonNode alone = json(CliTest.run("qa", f.toString(), "--only", "spelling", "--json"), 0);
        assertEquals(List.of("spelling@1", "spelling@2"), kindsAt(alone), "the dictionary lacks both words");
        JsonNode withMemory = json(CliTest.run("qa", f.toString(), "--tm", "project", "--only", "spelling", "--json"), 0);
        List<String> words = new ArrayList<>();
        withMemory.forEach(x -> words.add(x.get("inTarget").asText() + "@" + String.join("+", places(x))));
        assertEquals(List.of("Areakotangens@2"), words, "a word of a confirmed unit is known; one only an unconfirmed unit writes is not");
    }
}
