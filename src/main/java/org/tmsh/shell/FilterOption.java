package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;

import org.tmsh.memory.UnitFilter;

/**
 * The {@code --filter} option of the commands that select units by their metadata ({@code tm delete},
 * {@code tm export}): one or more {@link UnitFilter} expressions separated by {@code ;}
 * ({@code --filter "client=ACME; created<2025-01-01"}), all of which must hold.
 */
final class FilterOption {

    static final String NAME = "filter";

    private FilterOption() {
    }

    static OptionSpec spec(String what) {
        return OptionSpec.optional(NAME, OptionSpec.Kind.TEXT, null, what + ": FIELD=VALUE, FIELD!=VALUE or a date"
                + " comparison (changed>=2026-01-01), several separated by ';' (fields: " + UnitFilter.fields() + ")");
    }

    /** The filter given (none: {@link UnitFilter#ALL}); a bad expression is refused with one line. */
    static UnitFilter of(Invocation inv) {
        String v = inv.get(NAME);
        if (v == null) {
            return UnitFilter.ALL;
        }
        List<String> parts = new ArrayList<>();
        for (String p : v.split(";")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.isEmpty()) {
            throw new org.tmsh.common.TmshException("--filter: no condition given (fields: " + UnitFilter.fields() + ")");
        }
        return UnitFilter.parse(parts);
    }
}
