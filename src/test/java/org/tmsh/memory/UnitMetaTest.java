package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxUnit;

class UnitMetaTest {

    private static final String TU = """
            <tu tuid="7" creationdate="20250301T101500Z" creationid="jdoe" changedate="20260105T080000Z" changeid="asmith" usagecount="4" lastusagedate="20260110T000000Z">
              <note>checked by legal</note>
              <prop type="x-client">ACME</prop>
              <prop type="x-project">Spring launch</prop>
              <prop type="x-origin">Aligned</prop>
              <prop type="x-confidence">0.87</prop>
              <prop type="x-context-pre">Welcome.</prop>
              <prop type="x-context-post"></prop>
              <tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Start<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
              <tuv xml:lang="de"><prop type="x-domain">tech</prop><seg>Drücken Sie Start.</seg></tuv>
            </tu>""";

    @Test
    void readsTmxAttributesPropsAndNotes() {
        UnitMeta m = UnitMeta.of(TU);
        assertEquals("7", m.tuid());
        assertEquals("jdoe", m.creationId());
        assertEquals("asmith", m.changeId());
        assertEquals(4, m.usageCount());
        assertEquals("20260110T000000Z", m.lastUsageDate());
        assertEquals(List.of("checked by legal"), m.notes());
        assertEquals("ACME", m.client());
        assertEquals("Spring launch", m.project());
        assertEquals("tech", m.domain(), "a prop of a <tuv> counts when the <tu> has none");
        assertEquals("aligned", m.origin());
        assertEquals(0.87, m.confidence());
        assertEquals(Instant.parse("2025-03-01T10:15:00Z"), m.created());
        assertEquals(Instant.parse("2026-01-05T08:00:00Z"), m.changed());
        assertEquals("Welcome.", m.contextPre());
        assertEquals("", m.contextPost());
        assertTrue(m.inContext(" Welcome. ", null), "a missing neighbour matches a stored empty one");
        assertFalse(m.inContext("Welcome!", ""));
    }

    @Test
    void attributesOfTheFirstTuvFillWhatTheTuLacks() {
        UnitMeta m = UnitMeta.of("<tu><tuv xml:lang=\"en\" creationid=\"tuvuser\" creationdate=\"2024-02-03\"><seg>a</seg></tuv>"
                + "<tuv xml:lang=\"fr\"><seg>b</seg></tuv></tu>");
        assertEquals("tuvuser", m.creationId());
        assertEquals(Instant.parse("2024-02-03T00:00:00Z"), m.changed(), "no changedate: the creation date");
    }

    @Test
    void aUnitWithoutMetadataIsImportedAndKnowsNoContext() {
        UnitMeta m = UnitMeta.of(new TmxUnit(null, List.of(), "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>"));
        assertEquals("imported", m.origin());
        assertNull(m.client());
        assertNull(m.created());
        assertFalse(m.inContext("", ""), "a unit without context props is never a context match");
        assertFalse(m.unconfirmed());
    }

    @Test
    void unitsMadeByTmshCarryTheirProps() {
        TmxUnit u = TmxUnit.pair("d#1", "en", "Hello", "de", "Hallo",
                Map.of(UnitMeta.ORIGIN, "translated", UnitMeta.STATE, "needs-review-translation"), "20260101T000000Z");
        UnitMeta m = UnitMeta.of(u);
        assertEquals("translated", m.origin());
        assertTrue(m.unconfirmed());
        assertFalse(UnitMeta.of(TmxUnit.pair("d#1", "en", "Hello", "de", "Hallo", Map.of(UnitMeta.STATE, "final"),
                "20260101T000000Z")).unconfirmed());
    }

    @Test
    void oddDatesAndCountsAreUnknownNotErrors() {
        UnitMeta m = UnitMeta.of("<tu creationdate=\"yesterday\" usagecount=\"many\"><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>");
        assertNull(m.created());
        assertNull(m.usageCount());
    }

    @Test
    void aDamagedTuIsOneLine() {
        TmshException e = assertThrows(TmshException.class, () -> UnitMeta.of("<tu><prop type=\"x\">a</tu>"));
        assertTrue(e.getMessage().startsWith("a stored <tu> is not well-formed XML"), e.getMessage());
    }

    @Test
    void theShortcutForAStartTagOnlyReadsWhatTheParserReads() {
        for (String tu : List.of(
                "<tu tuid=\"a&amp;b\" creationdate=\"20250301T101500Z\" creationid=\"j &quot;d&quot;\" usagecount=\"3\"><tuv xml:lang=\"en\"><seg>a &lt; b</seg></tuv></tu>",
                "<tu changedate=\"20260105T080000Z\" changeid=\"x\"><tuv xml:lang=\"en\"><seg><bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>a<ept i=\"1\">&lt;/b&gt;</ept></seg></tuv></tu>",
                "<tu><tuv xml:lang=\"en\"><seg>plain</seg></tuv></tu>")) {
            assertEquals(UnitMeta.parse(tu), UnitMeta.of(tu), tu);
        }
        assertEquals("a&b", UnitMeta.of("<tu tuid=\"a&amp;b\"><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>").tuid());
    }

    @Test
    void emptyInputIsNone() {
        assertEquals(UnitMeta.NONE, UnitMeta.of(""));
        assertEquals("imported", UnitMeta.NONE.origin());
    }
}
