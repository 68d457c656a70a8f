package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Runs {@code unit-fields.examples}: a {@code <tu>} as another tool writes it, and the fields tmsh reads
 * from it through {@code unit-fields.txt} ({@link UnitFields}, asked by {@link UnitMeta}); and the
 * filters and penalties that follow from them.
 */
class UnitFieldsTest {

    @Test
    void everyExampleReadsAsTheDataFileSays() throws IOException {
        List<String[]> rows = examples();
        assertTrue(rows.size() >= 8, "the examples cover the tools");
        for (String[] row : rows) {
            UnitMeta m = UnitMeta.of(row[1]);
            for (String expect : row[2].split(";")) {
                int eq = expect.indexOf('=');
                String field = expect.substring(0, eq);
                String want = expect.substring(eq + 1);
                String got = read(m, field);
                assertEquals(want.equals("-") ? null : want, got, row[0] + ": " + field);
            }
        }
    }

    @Test
    void filtersAndPenaltiesWorkOnOtherToolsFields() {
        UnitMeta trados = UnitMeta.of(examples().get(0)[1]);
        assertTrue(UnitFilter.parse("client=Northwind", "origin=translated").matches(trados));
        assertFalse(UnitFilter.parse("client=Contoso").matches(trados));
        UnitMeta draft = UnitMeta.of(examples().get(1)[1]);
        assertTrue(draft.unconfirmed(), "a Trados draft is unconfirmed, so the unconfirmed penalty applies");
        assertTrue(UnitFilter.parse("origin=aligned").matches(draft));
        MetaIndex.Values v = MetaIndex.of(trados);
        assertEquals("northwind", v.texts().get(UnitFilter.TextField.CLIENT), "the index copies what filters test");
    }

    @Test
    void aTypeIsComparedWithoutCaseAndWithoutATradosFieldType() {
        assertEquals("x-client", UnitFields.key("x-Client:SingleString"));
        assertEquals("client", UnitFields.key(" Client "));
        assertNull(UnitFields.value(UnitFields.CLIENT, Map.of("x-clientele", "x")), "a longer name is another prop");
        assertEquals("A", UnitFields.value(UnitFields.CLIENT, Map.of("customer", "B", "x-client", "A")),
                "tmsh's own prop comes first");
        assertTrue(UnitFields.propsOf(UnitFields.STATE).contains("x-confirmationlevel"));
    }

    private static String read(UnitMeta m, String field) {
        return switch (field) {
            case "client" -> lower(m.client());
            case "project" -> lower(m.project());
            case "domain" -> lower(m.domain());
            case "document" -> m.document();
            case "origin" -> m.origin();
            case "state" -> m.state();
            case "creator" -> lower(m.creationId());
            case "changer" -> lower(m.changeId());
            case "created" -> str(m.created());
            case "changed" -> str(m.changed());
            case "unconfirmed" -> Boolean.toString(m.unconfirmed());
            case "context-pre" -> m.contextPre();
            case "context-post" -> m.contextPost();
            default -> throw new AssertionError("unknown field in the examples: " + field);
        };
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    static List<String[]> examples() {
        try (InputStream in = UnitFieldsTest.class.getResourceAsStream("/tmsh/memory/unit-fields.examples")) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                assertEquals(3, c.length, line);
                out.add(c);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
