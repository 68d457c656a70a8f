package org.tmsh.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.formats.tmx.TmxUnit;

/** The values an index keeps of a unit: the start-tag scan and its reuse give what a full read of the unit gives. */
class MetaIndexTest {

    private static final String VARIANTS = "<tuv xml:lang=\"en\"><seg>Hello</seg></tuv><tuv xml:lang=\"de\"><seg>Hallo</seg></tuv></tu>";

    private static TmxUnit unit(String startTag) {
        return new TmxUnit(null, List.of(new TmxUnit.Variant("en", "Hello"), new TmxUnit.Variant("de", "Hallo")),
                startTag + VARIANTS);
    }

    /** In this order, so that each unit follows one that the reuse may wrongly answer for. */
    private static final List<String> START_TAGS = List.of(
            "<tu tuid=\"1\" creationdate=\"20250301T101500Z\">",
            "<tu tuid=\"2\" creationdate=\"20250301T101500Z\">",
            "<tu tuid=\"3\" creationdate=\"20250302T101500Z\">",
            "<tu tuid=\"4\" creationdate=\"20250302T101500Z\" creationid=\"JDoe\">",
            "<tu creationid=\"JDoe\" creationdate=\"20250302T101500Z\" tuid=\"5\">",
            "<tu tuid=\"6\" creationdate=\"20250302T101500Z\" creationid=\"JDoe\" changedate=\"2026-01-05\" changeid=\"a &amp; b\">",
            "<tu tuid=\"7\" creationdate=\"20250302T101500Z\" creationid=\"JDoe\" changedate=\"2026-01-05\" changeid=\"a &amp; b\">",
            "<tu tuid=\"8\" xcreationdate=\"20240101T000000Z\" creationdate=\"20250302T101500Z\">",
            "<tu tuid=\"9\" creationdate=\"not a date\">",
            "<tu tuid='10' creationdate='20230101T000000Z'>",
            "<tu\ttuid=\"11\" creationdate=\"20220101T000000Z\">",
            "<tu tuid=\"12\" creationdate=\"20220101T000000Z\" creationdate=\"20210101T000000Z\">",
            "<tu tuid=\"13\"   changeid=\"someone\"  >");

    @Test
    void everyUnitHasTheValuesOfAFullRead() {
        for (String tag : START_TAGS) {
            TmxUnit u = unit(tag);
            assertEquals(MetaIndex.of(UnitMeta.of(u.xml())), MetaIndex.of(u), tag);
        }
    }

    @Test
    void unitsWithPropsNotesOrDatedVariantsAreReadInFull() {
        String[] full = {
            "<tu tuid=\"1\" creationdate=\"20250301T101500Z\"><prop type=\"x-client\">ACME</prop>",
            "<tu tuid=\"2\" creationdate=\"20250301T101500Z\"><note>n</note>",
        };
        for (String tag : full) {
            TmxUnit u = unit(tag);
            assertNull(MetaIndex.startTagOnly(u.xml()), tag);
            assertEquals(MetaIndex.of(UnitMeta.of(u.xml())), MetaIndex.of(u), tag);
        }
        String dated = "<tu tuid=\"3\" creationdate=\"20250301T101500Z\"><tuv xml:lang=\"en\" changedate=\"20260101T000000Z\">"
                + "<seg>Hello</seg></tuv><tuv xml:lang=\"de\"><seg>Hallo</seg></tuv></tu>";
        TmxUnit u = new TmxUnit("3", List.of(new TmxUnit.Variant("en", "Hello"), new TmxUnit.Variant("de", "Hallo")), dated);
        assertNull(MetaIndex.startTagOnly(dated));
        assertEquals(MetaIndex.of(UnitMeta.of(dated)), MetaIndex.of(u));
        assertEquals(1767225600L, MetaIndex.of(u).dates().get(UnitFilter.DateField.CHANGED));
    }

    @Test
    void theScanReadsTheFourAttributesAsWritten() {
        assertArrayEquals(new String[] {"20250302T101500Z", "JDoe", "2026-01-05", "a &amp; b"},
                MetaIndex.startTagOnly(unit(START_TAGS.get(5)).xml()));
        assertArrayEquals(new String[] {"20250302T101500Z", null, null, null},
                MetaIndex.startTagOnly(unit(START_TAGS.get(7)).xml()));
        assertNull(MetaIndex.startTagOnly(unit(START_TAGS.get(9)).xml()), "single quotes: read in full");
        assertNull(MetaIndex.startTagOnly(unit(START_TAGS.get(11)).xml()), "an attribute twice: read in full");
        assertEquals("someone", MetaIndex.of(unit(START_TAGS.get(12))).texts().get(UnitFilter.TextField.CHANGER));
    }
}
