package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;

import org.tmsh.memory.UnitFilter;

/**
 * The {@code --filter} option of the commands that select units to delete or export by their metadata
 * ({@code tm delete}, {@code tm export}): {@link UnitFilter} expressions, the option repeated for each
 * ({@code --filter client=ACME --filter "created<2025-01-01"}), all of which must hold. Unlike a
 * look-up's {@code --filter} ({@link MemoryOptions#filter}), the TM's default filters do not apply:
 * what is deleted or exported is only what the command names.
 */
final class FilterOption {

    static final String NAME = "filter";

    private FilterOption() {
    }

    static OptionSpec spec(String what) {
        return OptionSpec.repeatable(NAME, OptionSpec.Kind.TEXT, what + ": FIELD=VALUE, FIELD!=VALUE or a date"
                + " comparison (changed>=2026-01-01); repeat it for several (fields: " + UnitFilter.fields() + ", field:NAME for another tool's field)");
    }

    /** The filter given (none: {@link UnitFilter#ALL}); a bad expression is refused with one line. */
    static UnitFilter of(Invocation inv) {
        List<String> given = inv.all(NAME);
        if (given.isEmpty()) {
            return UnitFilter.ALL;
        }
        List<String> parts = new ArrayList<>();
        for (String p : given) {
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
