package org.tmsh.memory;

import org.tmsh.formats.tmx.TmxUnit;

/**
 * One change of a maintenance command: the unit as stored ({@code before}) and what it becomes
 * ({@code after}, with the same id), or null when the unit is deleted.
 */
public record UnitChange(UnitRecord before, TmxUnit after) {

    public static UnitChange delete(UnitRecord unit) {
        return new UnitChange(unit, null);
    }

    public boolean isDelete() {
        return after == null;
    }

    /**
     * Refuses changes that would leave two units with the same texts (an edit that makes a unit the
     * copy of another: delete one of them instead), or change one unit twice; names the units.
     */
    public static void checkDistinct(String tm, java.util.List<UnitChange> changes, UnitPlan.Units units)
            throws java.io.IOException {
        java.util.Map<String, String> touched = new java.util.HashMap<>();
        for (UnitChange c : changes) {
            if (touched.put(c.before().id(), c.before().id()) != null) {
                throw new org.tmsh.common.TmshException("TM '" + tm + "': unit " + c.before().id() + " changed twice");
            }
        }
        java.util.Map<String, String> after = new java.util.HashMap<>();
        for (UnitChange c : changes) {
            if (c.isDelete()) {
                continue;
            }
            String key = UnitKeys.dupKey(c.after());
            String other = after.put(key, c.before().id());
            if (other != null) {
                throw new org.tmsh.common.TmshException("TM '" + tm + "': units " + other + " and " + c.before().id()
                        + " would have the same texts; nothing was changed (delete one of them instead)");
            }
            UnitRecord there = units.byKey(key);
            if (there != null && !there.id().equals(c.before().id()) && !touched.containsKey(there.id())) {
                throw new org.tmsh.common.TmshException("TM '" + tm + "': unit " + c.before().id()
                        + " would have the same texts as unit " + there.id() + "; nothing was changed"
                        + " (delete one of them instead: tm delete " + tm + " --id ID)");
            }
        }
    }
}
