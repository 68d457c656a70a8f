package org.tmsh.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.memory.UnitChange;
import org.tmsh.memory.UnitRecord;

/** A unit as the maintenance commands print it ({@code --json}): its id, tuid, texts by language and {@code <tu>}. */
record UnitView(String id, String tuid, Map<String, String> texts, String xml) {

    static UnitView of(UnitRecord r) {
        return of(r.id(), r.unit());
    }

    static UnitView of(String id, TmxUnit u) {
        if (u == null) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (TmxUnit.Variant v : u.variants()) {
            texts.putIfAbsent(v.lang(), v.text());
        }
        return new UnitView(id, u.tuid(), texts, u.xml());
    }

    /** One change as {@code --json} prints it: the unit before and after (null: deleted). */
    record Change(String id, UnitView before, UnitView after) {
        static Change of(UnitChange c) {
            return new Change(c.before().id(), UnitView.of(c.before()), UnitView.of(c.before().id(), c.after()));
        }
    }

    /** What a change command did, as {@code --json} prints it. */
    record Changes(String tm, boolean dryRun, int units, List<Change> changes) {
        static Changes of(String tm, boolean dryRun, List<UnitChange> changes) {
            return new Changes(tm, dryRun, changes.size(), changes.stream().map(Change::of).toList());
        }
    }

    /** The lines that show a change: the unit's id, and each text that differs, before and after. */
    static void print(Output out, UnitChange c) {
        TmxUnit before = c.before().unit();
        if (c.isDelete()) {
            out.line("unit " + c.before().id() + (before.tuid() == null ? "" : " [" + before.tuid() + "]") + ": deleted");
            for (TmxUnit.Variant v : before.variants()) {
                out.line("    " + v.lang() + "  " + v.text());
            }
            return;
        }
        out.line("unit " + c.before().id() + (before.tuid() == null ? "" : " [" + before.tuid() + "]") + ":");
        for (TmxUnit.Variant v : before.variants()) {
            String now = c.after().text(v.lang());
            if (now != null && !now.equals(v.text())) {
                out.line("  - " + v.lang() + "  " + v.text());
                out.line("  + " + v.lang() + "  " + now);
            }
        }
    }
}
