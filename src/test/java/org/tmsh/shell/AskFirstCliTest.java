package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Every command that asks before it changes or deletes ({@link AskFirst}) keeps one rule, one-shot and with
 * {@code --json}: without {@code --yes} and without an answer it changes nothing, prints nothing on standard
 * output, says {@code not done (no answer; add --yes to confirm)} on standard error and exits 2; a refusal
 * ({@code n}) likewise; {@code y} goes on. With nothing to change it asks nothing, and its JSON says whether
 * {@code --dry-run} was given.
 */
class AskFirstCliTest extends WithTempHome {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliTest.Run answering(String answer, List<String> args) {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliTest.run(args.toArray(String[]::new));
        } finally {
            System.setIn(old);
        }
    }

    private static JsonNode json(CliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    private static List<String> args(String... args) {
        return List.of(args);
    }

    /** What the test can see of the home: the TM's unit count, the glossaries' concepts. */
    private String state() throws Exception {
        List<String> s = new ArrayList<>();
        for (JsonNode tm : json(CliTest.run("tm", "list", "--json"))) {
            s.add(tm.toString());
        }
        try (var files = Files.list(home.path().resolve("glossaries"))) {
            for (var f : files.sorted().toList()) {
                s.add(f.getFileName() + ":" + Files.readString(f).hashCode());
            }
        }
        return String.join("\n", s);
    }

    @Test
    void withJsonAndNoYesEveryAskingCommandAsksAndWithoutAnAnswerChangesNothing() throws Exception {
        json(CliTest.run("tm", "import", "tmx/seeds-000-004.de-en.tmx", "--tm", "news", "--json"));
        json(CliTest.run("term", "add", "Baku", "--lang", "de", "--glossary", "places", "--json"));
        String id = json(CliTest.run("tm", "concordance", "Lawrow", "--tm", "news", "--json")).get(0).get("id").asText();
        List<List<String>> asking = List.of(
                args("tm", "delete", "news", "--json"),
                args("tm", "delete", "news", "--id", id, "--json"),
                args("tm", "replace", "news", "--find", "Moscow", "--with", "Moskva", "--json"),
                args("glossary", "delete", "places", "--json"),
                args("term", "delete", "--concept", "places:c1", "--json"));
        String before = state();
        for (List<String> cmd : asking) {
            for (String answer : List.of("", "n\n")) {
                CliTest.Run r = answering(answer, cmd);
                assertEquals(TmshCommand.USER_ERROR, r.code(), cmd + ": " + r.err());
                assertEquals("", r.out(), cmd + ": with --json, standard output holds only JSON, and nothing was done");
                String why = answer.isEmpty() ? "(no answer; add --yes to confirm)" : "(answer y to confirm, or add --yes)";
                assertTrue(r.err().contains(cmd.get(0) + " " + cmd.get(1) + ": not done " + why), cmd + ": " + r.err());
                assertTrue(r.err().contains("? [y/N] "), cmd + ": the question is asked on standard error: " + r.err());
                assertEquals(before, state(), cmd + " changed something unanswered");
            }
        }
        // answered y, each goes on and prints its JSON; the last deletes the TM
        JsonNode replaced = JSON.readTree(answering("y\n", asking.get(2)).out());
        assertFalse(replaced.get("dryRun").asBoolean());
        assertTrue(replaced.get("units").asInt() >= 1, replaced.toString());
        assertEquals(1, JSON.readTree(answering("y\n", asking.get(1)).out()).get("units").asInt());
        assertEquals("places", JSON.readTree(answering("y\n", asking.get(3)).out()).get("deleted").asText());
        assertEquals("news", JSON.readTree(answering("y\n", asking.get(0)).out()).get("deleted").asText());
        assertEquals(0, json(CliTest.run("tm", "list", "--json")).size());
    }

    @Test
    void nothingToChangeAsksNothingAndSaysSoAlikeInEveryUnitCommand() throws Exception {
        json(CliTest.run("tm", "import", "tmx/seeds-000-004.de-en.tmx", "--tm", "news", "--json"));
        List<List<String>> none = List.of(
                args("tm", "replace", "news", "--find", "no such text anywhere", "--with", "x"),
                args("tm", "dedup", "news", "--keep", "newest"),
                args("tm", "delete", "news", "--filter", "client=nobody"));
        for (List<String> cmd : none) {
            for (boolean dryRun : new boolean[] {false, true}) {
                List<String> call = new ArrayList<>(cmd);
                if (dryRun) {
                    call.add("--dry-run");
                }
                CliTest.Run text = answering("", call);
                assertEquals(0, text.code(), call + ": " + text.err());
                assertTrue(text.out().matches("TM 'news': [^\n]+; nothing was (changed|deleted)\n"), call + ": " + text.out());
                assertFalse(text.err().contains("[y/N]"), call + ": nothing to do, nothing asked: " + text.err());
                call.add("--json");
                JsonNode j = json(answering("", call));
                assertEquals(0, j.get("units").asInt(), call + ": " + j);
                assertEquals(dryRun, j.get("dryRun").asBoolean(), call + ": dryRun is whether --dry-run was given: " + j);
            }
        }
        assertEquals(11, json(CliTest.run("tm", "stats", "--tm", "news", "--json")).get("units").asInt());
    }
}
