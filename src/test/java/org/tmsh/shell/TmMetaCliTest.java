package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.ScratchHome;

/**
 * The agency's memory as a new user tries it: two clients' TMX files with a conflicting translation of
 * one sentence, a search filtered by client with a penalty for aligned units, a TM's stored defaults,
 * and a document translated, merged into the memory and pre-translated again as context matches.
 */
class TmMetaCliTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ScratchHome home = new ScratchHome();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(CliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\""
            + " datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" creationtool=\"t\" creationtoolversion=\"1\""
            + " o-tmf=\"x\"/>\n<body>\n";

    private static String tu(String id, String props, String en, String de) {
        return "<tu tuid=\"" + id + "\" creationid=\"jdoe\" creationdate=\"20250110T100000Z\">" + props
                + "<tuv xml:lang=\"en\"><seg>" + en + "</seg></tuv><tuv xml:lang=\"de\"><seg>" + de + "</seg></tuv></tu>\n";
    }

    @Test
    void twoClientsConflictingTranslationsFilterAndPenalty() throws Exception {
        Path acme = dir.resolve("acme.tmx");
        Files.writeString(acme, HEAD
                + tu("acme-aligned", "<prop type=\"x-origin\">aligned</prop>", "The contract ends in May.", "Der Vertrag endet im Mai.")
                + tu("acme-translated", "<prop type=\"x-origin\">translated</prop>", "The contract ends in May.",
                        "Der Vertrag läuft im Mai ab.")
                + "</body></tmx>\n");
        Path globex = dir.resolve("globex.tmx");
        Files.writeString(globex, HEAD + tu("globex", "", "The contract ends in May.", "Der Vertrag läuft im Mai aus.")
                + "</body></tmx>\n");
        json(CliTest.run("tm", "import", acme.toString(), "--tm", "agency", "--client", "ACME", "--json"));
        json(CliTest.run("tm", "import", globex.toString(), "--tm", "agency", "--client", "Globex", "--json"));

        JsonNode all = json(CliTest.run("tm", "search", "The contract ends in May.", "--tm", "agency", "--source-lang", "en",
                "--json"));
        assertEquals(3, all.size(), "three translations of the sentence");

        JsonNode hits = json(CliTest.run("tm", "search", "The contract ends in May.", "--tm", "agency", "--source-lang", "en",
                "--filter", "client=ACME", "--penalty", "origin=aligned:5", "--json"));
        assertEquals(2, hits.size(), hits.toString());
        assertEquals("acme-translated", hits.get(0).get("tuid").asText(), "the unpenalised unit first");
        assertEquals(100, hits.get(0).get("score").asInt());
        assertEquals("acme-aligned", hits.get(1).get("tuid").asText());
        assertEquals(95, hits.get(1).get("score").asInt());
        assertEquals(100, hits.get(1).get("fuzzy").asInt());
        assertEquals("aligned", hits.get(1).get("penalties").get(0).get("label").asText());
        assertEquals(5, hits.get(1).get("penalties").get(0).get("points").asInt());

        CliTest.Run table = CliTest.run("tm", "search", "The contract ends in May.", "--tm", "agency", "--source-lang", "en",
                "--filter", "client=ACME", "--penalty", "origin=aligned:5");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("95% (100% - 5 aligned)"), table.out());
        assertFalse(table.out().contains("läuft im Mai aus"), "Globex's unit is filtered out");

        // the TM's defaults apply to every command that gives none of its own
        json(CliTest.run("tm", "settings", "agency", "--filter", "client=Globex", "--penalty", "client!=ACME:3",
                "--on-conflict", "keep-newest", "--json"));
        JsonNode settings = json(CliTest.run("tm", "settings", "agency", "--json"));
        assertEquals("keep-newest", settings.get("onConflict").asText());
        JsonNode byDefault = json(CliTest.run("tm", "search", "The contract ends in May.", "--tm", "agency", "--source-lang", "en",
                "--json"));
        assertEquals(1, byDefault.size(), byDefault.toString());
        assertEquals("globex", byDefault.get(0).get("tuid").asText());
        assertEquals(97, byDefault.get(0).get("score").asInt());

        CliTest.Run bad = CliTest.run("tm", "search", "x", "--tm", "agency", "--filter", "colour=red");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown field 'colour'"), bad.err());
        CliTest.Run badSetting = CliTest.run("tm", "settings", "agency", "--on-conflict", "merge");
        assertEquals(2, badSetting.code());
        assertEquals("keep-newest", json(CliTest.run("tm", "settings", "agency", "--json")).get("onConflict").asText(),
                "a refused value changes nothing");
    }

    @Test
    void unitsStillMarkedForReviewAreHeldBackUnlessTaken() throws Exception {
        Path review = dir.resolve("reviewed.tmx");
        String marked = "<prop type=\"x-needs-review\">yes</prop>";
        Files.writeString(review, HEAD
                + tu("sure", "", "The pump starts.", "Die Pumpe startet.")
                + tu("weak1", marked, "The valve closes.", "Das Ventil schließt.")
                + tu("weak2", marked, "The filter is clean.", "Der Filter ist sauber.")
                + tu("decided", "<prop type=\"x-needs-review\">no</prop>", "The lid opens.", "Der Deckel öffnet sich.")
                + "</body></tmx>\n");
        CliTest.Run r = CliTest.run("tm", "import", review.toString(), "--tm", "held");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 units read: 2 added, 2 held back: still marked for review (--take-marked takes them)"),
                r.out());
        JsonNode stats = json(CliTest.run("tm", "stats", "--tm", "held", "--json"));
        assertEquals(2, stats.get("units").asInt());
        JsonNode again = json(CliTest.run("tm", "import", review.toString(), "--tm", "held", "--json"));
        assertEquals(2, again.get("heldBack").asInt());
        assertEquals(4, again.get("read").asInt());
        JsonNode taken = json(CliTest.run("tm", "import", review.toString(), "--tm", "held", "--take-marked", "--json"));
        assertEquals(0, taken.get("heldBack").asInt());
        assertEquals(2, taken.get("added").asInt(), "the marked units go in when taken");
        assertEquals(4, json(CliTest.run("tm", "stats", "--tm", "held", "--json")).get("units").asInt());

        Path onlyMarked = dir.resolve("only-marked.tmx");
        Files.writeString(onlyMarked, HEAD + tu("weak3", marked, "The fan turns.", "Der Lüfter dreht sich.") + "</body></tmx>\n");
        CliTest.Run none = CliTest.run("tm", "import", onlyMarked.toString(), "--tm", "fresh");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("1 held back: still marked for review"), none.err());
        assertEquals(2, CliTest.run("tm", "stats", "--tm", "fresh").code(), "no TM is left behind");
    }

    @Test
    void reindexIsOfferedAndReportsWhatItDid() throws Exception {
        Path f = dir.resolve("a.tmx");
        Files.writeString(f, HEAD + tu("one", "<prop type=\"x-Customer:SingleString\">Northwind</prop>", "The pump starts.",
                "Die Pumpe startet.") + "</body></tmx>\n");
        json(CliTest.run("tm", "import", f.toString(), "--tm", "ri", "--json"));
        JsonNode check = json(CliTest.run("tm", "reindex", "ri", "--check", "--json"));
        assertFalse(check.get("outdated").asBoolean(), "a TM made by this tmsh is up to date");
        CliTest.Run done = CliTest.run("tm", "reindex", "ri");
        assertEquals(0, done.code(), done.err());
        assertTrue(done.out().contains("1 unit re-indexed"), done.out());
        JsonNode hits = json(CliTest.run("tm", "search", "The pump starts.", "--tm", "ri", "--source-lang", "en",
                "--filter", "client=northwind", "--json"));
        assertEquals(1, hits.size());
        CliTest.Run missing = CliTest.run("tm", "reindex", "nosuch");
        assertEquals(2, missing.code());
    }

    @Test
    void aParagraphTranslatedBeforeInTheSameContextIsA101Match() throws Exception {
        Path doc = dir.resolve("meeting.txt");
        Files.writeString(doc, "The meeting starts at nine.\n\nThe agenda has three items.\n\nLunch is served at noon.\n");
        Path seed = dir.resolve("seed.tmx");
        Files.writeString(seed, HEAD + tu("s", "", "Good morning.", "Guten Morgen.") + "</body></tmx>\n");
        json(CliTest.run("tm", "import", seed.toString(), "--tm", "work", "--json"));
        Path xlf = dir.resolve("meeting.xlf");
        json(CliTest.run("pretranslate", doc.toString(), "--tm", "work", "--source-lang", "en", "--target-lang", "de",
                "--out", xlf.toString(), "--copy-source", "--json"));
        String x = Files.readString(xlf)
                .replace("state=\"needs-translation\">The meeting starts at nine.", "state=\"translated\">Die Sitzung beginnt um neun.")
                .replace("state=\"needs-translation\">The agenda has three items.", "state=\"translated\">Die Tagesordnung hat drei Punkte.")
                .replace("state=\"needs-translation\">Lunch is served at noon.", "state=\"translated\">Mittagessen gibt es um zwölf.");
        Files.writeString(xlf, x);
        json(CliTest.run("merge", xlf.toString(), "--out", dir.resolve("meeting.de.txt").toString(), "--tm", "work",
                "--client", "ACME", "--json"));

        Path again = dir.resolve("again.xlf");
        JsonNode p = json(CliTest.run("pretranslate", doc.toString(), "--tm", "work", "--source-lang", "en",
                "--target-lang", "de", "--out", again.toString(), "--json"));
        assertEquals(3, p.get("contextFilled").asInt(), p.toString());
        assertEquals(3, p.get("bands").get("context").asInt());
        String out = Files.readString(again);
        assertEquals(3, out.split("state=\"final\"", -1).length - 1, out);
        assertTrue(out.contains("Die Tagesordnung hat drei Punkte."), out);

        CliTest.Run text = CliTest.run("pretranslate", doc.toString(), "--tm", "work", "--source-lang", "en",
                "--target-lang", "de", "--out", dir.resolve("again2.xlf").toString());
        assertTrue(text.out().contains("3 context matches (101%) confirmed as final"), text.out());

        JsonNode analysis = json(CliTest.run("analyze", doc.toString(), "--tm", "work", "--source-lang", "en",
                "--target-lang", "de", "--json"));
        assertEquals(3, analysis.get("total").get("bands").get("context").get("segments").asInt(), analysis.toString());
        JsonNode none = json(CliTest.run("analyze", doc.toString(), "--tm", "work", "--source-lang", "en",
                "--target-lang", "de", "--filter", "client=Globex", "--json"));
        assertEquals(3, none.get("total").get("bands").get("new").get("segments").asInt(), "the filter reaches analyze");
    }
}
