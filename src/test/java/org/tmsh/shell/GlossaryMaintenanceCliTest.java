package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The translator's upkeep of glossaries, one-shot as a user meets it: {@code term discover --review}
 * into a glossary that has some of the names, then {@code term delete}, {@code term edit},
 * {@code term merge}, {@code term split}, {@code glossary rename} and {@code glossary delete}, and
 * concept ids of two glossaries that never get mixed up.
 */
class GlossaryMaintenanceCliTest extends WithTempHome {

    /** Three aligned units whose names the glossary has in part: a family name, and one full spelling. */
    private Path tmx() throws Exception {
        Path f = dir.resolve("news.tmx");
        Files.copy(Path.of("src/test/resources/jobs/news-names.tmx"), f);
        return f;
    }

    private static CliTest.Run answering(String answers, String... args) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliTest.run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    private static JsonNode json(CliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err() + r.out());
        return new ObjectMapper().readTree(r.out());
    }

    private static void ok(String... args) {
        CliTest.Run r = CliTest.run(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err() + r.out());
    }

    /** "form (lang)" of every spelling of each concept of glossary {@code g}, concept by concept. */
    private static List<List<String>> concepts(String g) throws Exception {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode c : json(CliTest.run("term", "list", "--glossary", g, "--json"))) {
            List<String> forms = new ArrayList<>();
            c.get("terms").forEach(t -> forms.add(t.get("form").asText() + " (" + t.get("lang").asText() + ")"));
            out.add(forms);
        }
        return out;
    }

    private static String status(String g, String form) throws Exception {
        for (JsonNode c : json(CliTest.run("term", "list", "--glossary", g, "--json"))) {
            for (JsonNode t : c.get("terms")) {
                if (t.get("form").asText().equals(form)) {
                    return t.get("status").asText() + "|" + t.get("note").asText();
                }
            }
        }
        return null;
    }

    private void partlyKnownGlossary() {
        ok("term", "add", "Дмитрий Песков", "--lang", "ru", "--glossary", "news");
        ok("term", "add", "Peskow", "--lang", "de", "--same-as", "Дмитрий Песков", "--glossary", "news");
        ok("term", "add", "Vitali Klitschko", "--lang", "en", "--glossary", "news");
    }

    @Test
    void reviewAddsEachNewSpellingOnceToTheConceptThatHasTheName() throws Exception {
        partlyKnownGlossary();
        Path tmx = tmx();
        CliTest.Run r = answering("a\na\na\n", "term", "discover", "--tmx", tmx.toString(), "--review", "--glossary", "news");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("concept c1: added 'Dmitri Peskow' (de), 'Dmitry Peskov' (en)"), r.out());
        List<List<String>> cs = concepts("news");
        assertEquals(3, cs.size(), "no second concept of a name the glossary has: " + cs);
        // the family name alone and the Cyrillic original found the concept of the full spellings
        assertEquals(List.of("Дмитрий Песков (ru)", "Peskow (de)", "Dmitri Peskow (de)", "Dmitry Peskov (en)"), cs.get(0));
        // the English spelling the glossary had is not added again; only the German one is new
        assertEquals(List.of("Vitali Klitschko (en)", "Witali Klitschko (de)"), cs.get(1));
        assertEquals(List.of("Marija Sacharowa (de)", "Maria Zakharova (en)"), cs.get(2));

        // discovery again proposes nothing: the glossary has every spelling now, and says so
        CliTest.Run again = answering("a\na\na\n", "term", "discover", "--tmx", tmx.toString(), "--review", "--glossary", "news");
        assertEquals(0, again.code(), again.err());
        assertEquals(cs, concepts("news"));
        assertTrue(again.out().contains("no new variant spellings: 3 proposals left out: glossary 'news' has their"
                + " spellings already (--all shows them)"), again.out());
        // with --all they are offered, and accepting them again adds nothing
        CliTest.Run all = answering("a\na\na\n", "term", "discover", "--tmx", tmx.toString(), "--review", "--glossary",
                "news", "--all");
        assertEquals(0, all.code(), all.err());
        assertEquals(cs, concepts("news"));
        assertTrue(all.out().contains("nothing new"), all.out());
    }

    @Test
    void deleteAndEditUndoAWrongAcceptance() throws Exception {
        partlyKnownGlossary();
        // the third proposal's English spelling is edited into a wrong one and accepted
        CliTest.Run r = answering("a\na\ne\nMariya Zakharov\n", "term", "discover", "--tmx", tmx().toString(), "--review",
                "--glossary", "news");
        assertEquals(0, r.code(), r.err());
        assertTrue(concepts("news").get(2).contains("Mariya Zakharov (en)"));

        CliTest.Run del = CliTest.run("term", "delete", "Mariya Zakharov", "--lang", "en");
        assertEquals(0, del.code(), del.err());
        assertTrue(del.out().contains("deleted 'Mariya Zakharov' (en, preferred) from concept c3"), del.out());
        assertEquals(List.of("Marija Sacharowa (de)"), concepts("news").get(2));

        ok("term", "add", "Maria Zakharova", "--lang", "en", "--concept", "c3", "--glossary", "news");
        CliTest.Run edit = CliTest.run("term", "edit", "Dmitri Peskow", "--status", "preferred", "--glossary", "news");
        assertEquals(0, edit.code(), edit.err());
        assertEquals("preferred|", status("news", "Dmitri Peskow"));
        assertEquals("admitted|", status("news", "Peskow"), "the former preferred spelling becomes admitted");
        ok("term", "edit", "Peskow", "--status", "deprecated", "--note", "family name alone", "--glossary", "news");
        assertEquals("deprecated|family name alone", status("news", "Peskow"));
        ok("term", "edit", "--concept", "news:c1", "--note", "Kremlin spokesman");
        JsonNode c1 = json(CliTest.run("term", "show", "c1", "--glossary", "news", "--json"));
        assertEquals("Kremlin spokesman", c1.get(0).get("note").asText());
        CliTest.Run shown = CliTest.run("term", "show", "c1", "--glossary", "news");
        assertTrue(shown.out().contains("Kremlin spokesman"), "term show shows the concept's note: " + shown.out());

        // a whole concept accepted by mistake: asked first, gone with the answer y
        CliTest.Run refused = answering("", "term", "delete", "--concept", "c3");
        assertEquals(TmshCommand.USER_ERROR, refused.code());
        assertEquals(3, concepts("news").size());
        CliTest.Run yes = answering("y\n", "term", "delete", "--concept", "c3");
        assertEquals(0, yes.code(), yes.err());
        assertEquals(2, concepts("news").size());
    }

    @Test
    void aRefusedEditChangesNothing() throws Exception {
        partlyKnownGlossary();
        Path file = home.path().resolve("glossaries/news.tbx");
        byte[] before = Files.readAllBytes(file);
        for (String[] args : new String[][] {
            {"term", "edit", "Nowhere", "--status", "admitted"},
            {"term", "edit", "Peskow", "--new-lang", "de", "--lang", "ru"},
            {"term", "edit", "Peskow"},
            {"term", "delete", "Peskow", "--concept", "c9"},
            {"term", "merge", "c1", "c1"},
            {"term", "split", "c2", "Vitali Klitschko"},
            {"term", "edit", "Peskow", "--status", "best"}}) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(TmshCommand.USER_ERROR, r.code(), String.join(" ", args) + ": " + r.out());
            assertTrue(r.err().startsWith("tmsh: term "), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertArrayEquals(before, Files.readAllBytes(file), String.join(" ", args));
        }
    }

    @Test
    void mergeAndSplitMoveSpellingsBetweenConcepts() throws Exception {
        ok("term", "add", "Ilham Alijew", "--lang", "de", "--glossary", "g");
        ok("term", "add", "Ilham Aliyev", "--lang", "en", "--glossary", "g");
        ok("term", "add", "Ilham Əliyev", "--lang", "az", "--concept", "c2", "--glossary", "g");
        ok("term", "add", "Aliyev", "--lang", "en", "--concept", "c2", "--glossary", "g");
        ok("term", "merge", "Ilham Alijew", "c2");
        // (a glossary file keeps a concept's spellings language by language)
        assertEquals(List.of(List.of("Ilham Alijew (de)", "Ilham Aliyev (en)", "Aliyev (en)", "Ilham Əliyev (az)")),
                concepts("g"));
        CliTest.Run split = CliTest.run("term", "split", "c1", "Aliyev", "--json");
        JsonNode done = json(split);
        assertEquals("g", done.get("glossary").asText());
        assertEquals(List.of(List.of("Ilham Alijew (de)", "Ilham Aliyev (en)", "Ilham Əliyev (az)"), List.of("Aliyev (en)")),
                concepts("g"));
        assertEquals("preferred|", status("g", "Aliyev"), "the only spelling of its language in the new concept is preferred");
    }

    @Test
    void idsOfTwoGlossariesAreShownWithTheirGlossaryAndNeverPickedSilently() throws Exception {
        ok("term", "add", "Ilham Alijew", "--lang", "de", "--glossary", "people");
        ok("term", "add", "Baku", "--lang", "de", "--glossary", "places");
        CliTest.Run show = CliTest.run("term", "show", "c1");
        assertEquals(TmshCommand.USER_ERROR, show.code());
        assertTrue(show.err().contains("people:c1") && show.err().contains("places:c1"), show.err());
        JsonNode one = json(CliTest.run("term", "show", "places:c1", "--json"));
        assertEquals("Baku", one.get(0).get("terms").get(0).get("form").asText());
        assertEquals("places:c1", one.get(0).get("id").asText());
        JsonNode hits = json(CliTest.run("term", "lookup", "Ilham Alijew flog nach Baku.", "--json"));
        assertEquals("people:c1", hits.get(0).get("concept").asText());
        assertEquals("places:c1", hits.get(1).get("concept").asText());
        CliTest.Run del = CliTest.run("term", "delete", "--concept", "c1", "--yes");
        assertEquals(TmshCommand.USER_ERROR, del.code(), "a bare id of two glossaries deletes nothing");
        assertEquals(1, concepts("people").size());
        assertEquals(1, concepts("places").size());
    }

    @Test
    void glossaryRenameAndDelete() throws Exception {
        ok("term", "add", "Baku", "--lang", "de", "--glossary", "places");
        ok("term", "add", "Ganja", "--lang", "en", "--glossary", "other");
        ok("glossary", "rename", "places", "towns");
        assertEquals(List.of(List.of("Baku (de)")), concepts("towns"));
        assertFalse(Files.exists(home.path().resolve("glossaries/places.tbx")));
        assertEquals(TmshCommand.USER_ERROR, CliTest.run("glossary", "rename", "towns", "other").code(),
                "a name that is taken is refused");
        assertEquals(List.of(List.of("Ganja (en)")), concepts("other"));
        CliTest.Run no = answering("n\n", "glossary", "delete", "towns");
        assertEquals(TmshCommand.USER_ERROR, no.code());
        assertTrue(Files.exists(home.path().resolve("glossaries/towns.tbx")));
        CliTest.Run yes = answering("y\n", "glossary", "delete", "towns");
        assertEquals(0, yes.code(), yes.err());
        assertFalse(Files.exists(home.path().resolve("glossaries/towns.tbx")));
        ok("glossary", "delete", "other", "--yes");
        assertEquals(TmshCommand.USER_ERROR, CliTest.run("glossary", "delete", "other", "--yes").code());
    }
}
