package org.tmsh.memory;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.tmsh.formats.tmx.TmxUnit;

/**
 * The copies of a unit's metadata that an index keeps for {@link UnitFilter}: each text field's value
 * (lower case, {@link UnitFilter.TextField#value}) and each date as seconds since 1970. Both backends
 * index these and turn a filter's conditions into queries over them.
 *
 * <p>NOTE: a {@code <tu>} with no property and no TMX date or user attribute is not parsed at all
 * (most units of a large import): its only value is the origin {@code imported}. A {@code <tu>} whose
 * only metadata is in its start tag (dates and user names, no prop, no note, no dated variant: the
 * rest of a large import) is read by a scan of that tag, and its values are those of the previous
 * such unit when its four attributes (creation and change date and user) are the same as written
 * (files date their units in runs); only a new combination goes through {@link UnitMeta}.
 */
public final class MetaIndex {

    /** What an index stores of one unit: tmsh's text fields, its dates, and the unit's own fields by name ({@link NamedField}). */
    public record Values(Map<UnitFilter.TextField, String> texts, Map<UnitFilter.DateField, Long> dates,
                         Map<String, String> named) {
    }

    /**
     * The version of what an index copies from a unit: this class's fields (2: with the unit's named
     * fields) and the field mapping of {@link UnitFields} (a hash of its data file). A TM whose copies were made with another version
     * is offered {@code tm reindex}.
     */
    public static final String VERSION = "2." + UnitFields.dataHash();

    private static final Values BARE;

    static {
        Map<UnitFilter.TextField, String> t = new EnumMap<>(UnitFilter.TextField.class);
        t.put(UnitFilter.TextField.ORIGIN, UnitMeta.IMPORTED);
        BARE = new Values(t, Map.of(), Map.of());
    }

    private MetaIndex() {
    }

    /** The values of a unit. */
    public static Values of(TmxUnit u) {
        String xml = u.xml();
        if (xml == null || !mayHoldMeta(xml)) {
            return BARE;
        }
        String[] attrs = startTagOnly(xml);
        if (attrs == null) {
            return of(UnitMeta.of(xml));
        }
        Recent r = recent;
        if (r != null && Arrays.equals(r.attrs, attrs)) {
            return r.values;
        }
        Values v = of(UnitMeta.of(xml));
        recent = new Recent(attrs, v);
        return v;
    }

    /** The start-tag attributes the values of a start-tag-only unit come from, as written, and those values. */
    private record Recent(String[] attrs, Values values) {
    }

    /** The last start-tag-only unit's (several import threads may set it; any one of them will do). */
    private static volatile Recent recent;

    /** The attributes of a {@code <tu>} start tag that its values depend on when it holds no other metadata. */
    private static final String[] START_TAG_ATTRIBUTES = {"creationdate", "creationid", "changedate", "changeid"};

    /**
     * For a {@code <tu>} whose only metadata is in its start tag, written as {@code TmxReader} writes
     * it ({@code name="value"} pairs, one space apart), the raw values of {@link #START_TAG_ATTRIBUTES}
     * (null where absent); null for any other {@code <tu>}, which {@link UnitMeta} reads in full.
     */
    static String[] startTagOnly(String xml) {
        int gt = UnitMeta.startTagEnd(xml);
        if (gt < 0) {
            return null;
        }
        String[] out = new String[START_TAG_ATTRIBUTES.length];
        int i = 3;
        int end = xml.charAt(gt - 1) == '/' ? gt - 1 : gt;
        while (true) {
            int spaces = i;
            while (i < end && xml.charAt(i) == ' ') {
                i++;
            }
            if (i == end) {
                return out;
            }
            if (i == spaces) {
                return null; // no space before the attribute
            }
            int nameStart = i;
            while (i < end && nameChar(xml.charAt(i), i == nameStart)) {
                i++;
            }
            if (i == nameStart || i + 1 >= end || xml.charAt(i) != '=' || xml.charAt(i + 1) != '"') {
                return null;
            }
            int valueStart = i + 2;
            int close = xml.indexOf('"', valueStart);
            int lt = xml.indexOf('<', valueStart);
            if (close < 0 || close >= end || (lt >= 0 && lt < close)) {
                return null;
            }
            String name = xml.substring(nameStart, i);
            for (int k = 0; k < START_TAG_ATTRIBUTES.length; k++) {
                if (START_TAG_ATTRIBUTES[k].equals(name)) {
                    if (out[k] != null) {
                        return null; // twice: the full reader decides
                    }
                    out[k] = xml.substring(valueStart, close);
                }
            }
            i = close + 1;
        }
    }

    private static boolean nameChar(char c, boolean first) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
            return true;
        }
        return !first && (c >= '0' && c <= '9' || c == ':' || c == '.' || c == '-');
    }

    /** The values of a unit's metadata. */
    public static Values of(UnitMeta m) {
        Map<UnitFilter.TextField, String> t = new EnumMap<>(UnitFilter.TextField.class);
        for (UnitFilter.TextField f : UnitFilter.TextField.values()) {
            String v = f.value(m);
            if (v != null) {
                t.put(f, v);
            }
        }
        Map<UnitFilter.DateField, Long> d = new EnumMap<>(UnitFilter.DateField.class);
        for (UnitFilter.DateField f : UnitFilter.DateField.values()) {
            Instant i = f.value(m);
            if (i != null) {
                d.put(f, i.getEpochSecond());
            }
        }
        return new Values(t, d, NamedField.of(m));
    }

    private static boolean mayHoldMeta(String xml) {
        return xml.contains("<prop") || xml.contains("date=") || xml.contains("creationid=") || xml.contains("changeid=");
    }
}
