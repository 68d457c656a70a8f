package org.tmsh.memory;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A unit's own fields, by name: the props another tool wrote for fields tmsh has none of (Trados's typed
 * fields {@code Att::Review status}, {@code Txt::Job}, {@code Dat::Delivered}, Studio's
 * {@code x-Review status:SinglePicklist}, an {@code .sdltm}'s custom fields, memoQ's custom fields), so that
 * {@code --filter field:NAME=VALUE} and a penalty reach them in both backends as they reach the client.
 *
 * <p>A field's name is its prop type as {@link UnitFields#key} compares it (lower case, without a type
 * prefix such as {@code Att::} or a Studio type suffix such as {@code :SinglePicklist}), without a leading
 * {@code x-} and with runs of white space as one space: {@code Att::Review status},
 * {@code x-Review status:SinglePicklist} and {@code Review Status} are the one field {@code review status}.
 * Its value is the first one the unit holds ({@link UnitMeta#props()}), as a filter compares text
 * ({@link UnitFilter#norm}).
 *
 * <p>NOTE: props that hold one of tmsh's fields ({@code unit-fields.txt}: client, project, domain, document,
 * origin, state, neighbours, authors and dates) and tmsh's own ({@code x-link}, {@code x-confidence},
 * {@code x-needs-review}) are not named fields: a filter reaches them by tmsh's name ({@code client=...}).
 * A value longer than {@link #MAX_VALUE} characters (a note rather than a field) is not one either. A field
 * with several values (Studio's MultiplePicklist) is compared on its first {@code prop}, or on the values as
 * the {@code .sdltm} reader joins them ({@code politics, economy}); dates and numbers are compared as text.
 */
public final class NamedField {

    /** How a filter names a field of the unit's own when its name carries no type ({@code field:Review status}). */
    public static final String PREFIX = "field:";

    /** The longest value that is a field's (longer: a text, not indexed). */
    static final int MAX_VALUE = 256;

    private static final Set<String> OWN = Set.of("x-link", UnitMeta.CONFIDENCE, UnitMeta.NEEDS_REVIEW);

    private NamedField() {
    }

    /**
     * The field a filter's name asks for ({@code field:Review status}, {@code Att::Review status},
     * {@code x-Review status:SinglePicklist}), as named here; null when the name is none of these forms.
     */
    static String asked(String written) {
        String w = written.strip();
        if (w.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            String n = name(w.substring(PREFIX.length()));
            return n.isEmpty() ? null : n;
        }
        if (w.contains("::") || w.regionMatches(true, 0, "x-", 0, 2) && w.length() > 2) {
            String n = name(w);
            return n.isEmpty() ? null : n;
        }
        return null;
    }

    /** A prop type as a field's name: {@code Att::Review status} and {@code x-Review status:SinglePicklist} are {@code review status}. */
    public static String name(String propType) {
        String k = UnitFields.key(propType);
        if (k.startsWith("x-")) {
            k = k.substring(2);
        }
        return k.strip().replaceAll("\\s+", " ");
    }

    /** The unit's named fields, name to value as compared (lower case), first value of each name. */
    public static Map<String, String> of(UnitMeta m) {
        if (m.props().isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : m.props().entrySet()) {
            String type = e.getKey();
            String value = e.getValue();
            if (value == null || value.isBlank() || value.length() > MAX_VALUE) {
                continue;
            }
            String key = UnitFields.key(type);
            if (OWN.contains(key) || UnitFields.mapped(key)) {
                continue;
            }
            String name = name(type);
            if (!name.isEmpty()) {
                out.putIfAbsent(name, UnitFilter.norm(value));
            }
        }
        return out;
    }

    /** The unit's value of the named field (as compared), or null. */
    static String value(UnitMeta m, String name) {
        return of(m).get(name.toLowerCase(Locale.ROOT));
    }
}
