package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** {@code term match} and {@code term variants} one-shot with --json. */
class TermCliTest {

    private static JsonNode json(CliTest.Run r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void matchAnswersSameAndScore() throws Exception {
        JsonNode yes = json(CliTest.run("term", "match", "Choe Son Hui", "Choe Son-hui", "--json"));
        assertTrue(yes.get("same").asBoolean());
        assertTrue(yes.get("score").asDouble() > 0.9);
        JsonNode no = json(CliTest.run("term", "match", "Lawrow", "Lavrentyev", "--json"));
        assertFalse(no.get("same").asBoolean());
        CliTest.Run one = CliTest.run("term", "match", "Lawrow");
        assertEquals(TmshCommand.USER_ERROR, one.code());
    }

    @Test
    void variantsOfAKoreanName() throws Exception {
        JsonNode v = json(CliTest.run("term", "variants", "최선희", "--json"));
        boolean kcna = false;
        for (JsonNode n : v) {
            kcna |= n.get("system").asText().equals("KCNA") && n.get("form").asText().equals("Choe Son Hui");
        }
        assertTrue(kcna, v.toString());
        JsonNode back = json(CliTest.run("term", "variants", "Pjöngjang", "--json"));
        assertTrue(back.toString().contains("평양") && back.toString().contains("Pyongyang"), back.toString());
    }
}
