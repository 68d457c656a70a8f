package org.tmsh.memory;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.tmsh.formats.tmx.TmxUnit;

/**
 * The copies of a unit's metadata that an index keeps for {@link UnitFilter}: each text field's value
 * (lower case, {@link UnitFilter.TextField#value}) and each date as seconds since 1970. Both backends
 * index these and turn a filter's conditions into queries over them.
 *
 * <p>NOTE: a {@code <tu>} with no property and no TMX date or user attribute is not parsed at all
 * (most units of a large import): its only value is the origin {@code imported}.
 */
public final class MetaIndex {

    /** What an index stores of one unit. */
    public record Values(Map<UnitFilter.TextField, String> texts, Map<UnitFilter.DateField, Long> dates) {
    }

    /**
     * The version of what an index copies from a unit: this class's fields and the field mapping of
     * {@link UnitFields} (a hash of its data file). A TM whose copies were made with another version
     * is offered {@code tm reindex}.
     */
    public static final String VERSION = "1." + UnitFields.dataHash();

    private static final Values BARE;

    static {
        Map<UnitFilter.TextField, String> t = new EnumMap<>(UnitFilter.TextField.class);
        t.put(UnitFilter.TextField.ORIGIN, UnitMeta.IMPORTED);
        BARE = new Values(t, Map.of());
    }

    private MetaIndex() {
    }

    /** The values of a unit. */
    public static Values of(TmxUnit u) {
        String xml = u.xml();
        if (xml == null || !mayHoldMeta(xml)) {
            return BARE;
        }
        return of(UnitMeta.of(xml));
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
        return new Values(t, d);
    }

    private static boolean mayHoldMeta(String xml) {
        return xml.contains("<prop") || xml.contains("date=") || xml.contains("creationid=") || xml.contains("changeid=");
    }
}
