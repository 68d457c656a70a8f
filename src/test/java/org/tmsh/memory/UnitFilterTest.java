package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.tmsh.common.TmshException;

class UnitFilterTest {

    private static UnitMeta unit(String attrs, String props) {
        return UnitMeta.of("<tu " + attrs + ">" + props + "<tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>");
    }

    private static final UnitMeta ACME = unit("creationid=\"jdoe\" creationdate=\"20250510T120000Z\" changedate=\"20260102T000000Z\"",
            "<prop type=\"x-client\">ACME</prop><prop type=\"x-origin\">aligned</prop><prop type=\"x-project\">P1</prop>");
    private static final UnitMeta BARE = unit("", "");

    @Test
    void textFieldsCompareIgnoringCase() {
        assertTrue(UnitFilter.parse("client=acme").matches(ACME));
        assertFalse(UnitFilter.parse("client!=ACME").matches(ACME));
        assertTrue(UnitFilter.parse("client!=ACME").matches(BARE), "a unit without client is not ACME's");
        assertFalse(UnitFilter.parse("client=ACME").matches(BARE));
        assertTrue(UnitFilter.parse("origin=aligned", "creator=JDOE", "project=p1").matches(ACME));
        assertTrue(UnitFilter.parse("origin=imported").matches(BARE));
    }

    @Test
    void severalFiltersMustAllHold() {
        assertFalse(UnitFilter.parse("client=ACME", "creator=other").matches(ACME));
        assertEquals(List.of("client=ACME", "creator=other"), UnitFilter.parse("client=ACME", "creator=other").expressions());
    }

    @Test
    void datesCompareByDayOrInstant() {
        assertTrue(UnitFilter.parse("changed>=2026-01-01").matches(ACME));
        assertTrue(UnitFilter.parse("changed=2026-01-02").matches(ACME), "= is the whole day");
        assertTrue(UnitFilter.parse("changed<=2026-01-02").matches(ACME), "<= includes the day");
        assertFalse(UnitFilter.parse("changed<2026-01-02").matches(ACME));
        assertFalse(UnitFilter.parse("changed>2026-01-02").matches(ACME));
        assertTrue(UnitFilter.parse("created<2025-06-01").matches(ACME));
        assertTrue(UnitFilter.parse("created!=2025-05-11").matches(ACME));
        assertTrue(UnitFilter.parse("created>=20250510T120000Z").matches(ACME));
        assertFalse(UnitFilter.parse("created>20250510T120000Z").matches(ACME));
        assertFalse(UnitFilter.parse("created<2030-01-01").matches(BARE), "no date holds no date condition");
    }

    @Test
    void badFiltersAreOneLine() {
        for (String bad : List.of("colour=red", "client", "client>ACME", "changed>=soon", "client=", "=x")) {
            TmshException e = assertThrows(TmshException.class, () -> UnitFilter.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--filter '" + bad + "'") || e.getMessage().contains("not a date"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void anotherToolsFieldIsFilteredByItsNameInAnySpelling() {
        UnitMeta workbench = unit("", "<prop type=\"Txt::Client\">ACME</prop><prop type=\"Att::Review status\">Done</prop>");
        UnitMeta studio = unit("", "<prop type=\"x-Review  Status:SinglePicklist\">done </prop>");
        for (String f : List.of("field:Review status=done", "Att::Review status=Done", "x-review status=DONE",
                "MultipleString::Review status=done", "field: review   status =done")) {
            assertTrue(UnitFilter.parse(f).matches(workbench), f);
            assertTrue(UnitFilter.parse(f).matches(studio), f);
            assertFalse(UnitFilter.parse(f).matches(ACME), f);
        }
        assertTrue(UnitFilter.parse("field:Review status!=pending").matches(BARE), "no field is != every value");
        assertFalse(UnitFilter.parse("field:client=acme").matches(workbench), "a field tmsh maps is reached by tmsh's name");
        assertTrue(UnitFilter.parse("client=acme").matches(workbench));
        assertEquals(List.of("field:review status=Done"), UnitFilter.parse("Att::Review status=Done").expressions());
        for (String bad : List.of("field:Review status>done", "field:=done", "Att::Job=", "field:x<=2")) {
            TmshException e = assertThrows(TmshException.class, () -> UnitFilter.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--filter '" + bad + "'"), e.getMessage());
        }
        assertTrue(assertThrows(TmshException.class, () -> UnitFilter.parse("colour=red")).getMessage().contains("field:NAME"));
        assertEquals(List.of(new Penalty.Applied(4, "review status done")),
                Penalty.apply(Penalty.parse(List.of("Att::Review status=done:4")), studio));
    }

    @Test
    void noFilterKeepsEverything() {
        assertTrue(UnitFilter.parse(List.of()).matches(ACME));
        assertTrue(UnitFilter.ALL.isEmpty());
    }

    @Test
    void randomExpressionsAreParsedOrRefusedNeverThrownOtherwise() {
        Random r = new Random(25);
        String chars = "clientdg=!<>-0123 ACME";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(14); k > 0; k--) {
                sb.append(chars.charAt(r.nextInt(chars.length())));
            }
            try {
                UnitFilter.parse(sb.toString()).matches(ACME);
            } catch (TmshException expected) {
                // refused with a message
            }
        }
    }

    @Test
    void penaltiesParseAndApply() {
        List<Penalty> ps = Penalty.parse(List.of("origin=aligned:5", "client!=ACME:3", "unconfirmed:2", "older=2026-01-01:4"));
        assertEquals(List.of(new Penalty.Applied(5, "aligned")), Penalty.apply(ps, ACME));
        UnitMeta old = unit("creationdate=\"20200101T000000Z\"", "<prop type=\"x-needs-review\">yes</prop>");
        assertEquals(List.of(new Penalty.Applied(3, "client!=ACME"), new Penalty.Applied(2, "unconfirmed"),
                new Penalty.Applied(4, "older than 2026-01-01")), Penalty.apply(ps, old));
        assertEquals(9, Penalty.total(Penalty.apply(ps, old)));
        for (String bad : List.of("origin=aligned", "origin=aligned:x", "origin=aligned:0", "colour=red:3", "older=soon:2")) {
            assertThrows(TmshException.class, () -> Penalty.parse(bad), bad);
        }
    }

    @Test
    void settingsRefuseBadValuesAndRoundTrip() throws Exception {
        TmSettings s = new TmSettings(List.of("client=ACME"), List.of("origin=aligned:5"), "keep-newest");
        assertEquals(s, TmSettings.parseText(s.text()));
        assertThrows(TmshException.class, () -> new TmSettings(List.of(), List.of(), "merge"));
        assertThrows(TmshException.class, () -> new TmSettings(List.of("colour=red"), List.of(), null));
        assertEquals("add", TmSettings.NONE.onConflictOrDefault());
        assertEquals("overwrite", s.onConflictOr("overwrite"));
        assertEquals(UnitFilter.parse("client=x").expressions(), s.filterOr(List.of("client=x")).expressions());
        assertEquals(List.of("client=ACME"), s.filterOr(List.of()).expressions());
    }
}
