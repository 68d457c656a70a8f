package org.tmsh.memory;

import org.tmsh.formats.tmx.TmxUnit;

/**
 * A unit as a TM holds it, with its id: the unit's position in the order of import, which stays the
 * unit's own when it is edited ({@code tm show --id}, {@code tm edit --id}). Ids are unique within
 * one TM and never reused by a later import.
 *
 * <p>NOTE: an embedded TM numbers its units 0, 1, 2, ...; a Solr TM numbers each import's units from
 * the time it started (larger numbers, the same promise).
 */
public record UnitRecord(String id, TmxUnit unit) {

    /** The id as a number, or an error that names what was given. */
    public static long parseId(String id) {
        try {
            long v = Long.parseLong(id.strip());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new org.tmsh.common.TmshException("'" + id + "' is not a unit id (a unit id is a number, as"
                + " tm search, tm concordance and tm duplicates show it)");
    }
}
