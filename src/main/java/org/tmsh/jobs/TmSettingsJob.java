package org.tmsh.jobs;

import java.util.List;

import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmSettings;

/**
 * Shows or changes a TM's defaults ({@code tm settings NAME}): each kind given replaces the stored
 * one (filters, penalties, the on-conflict policy), the others stay; {@code clear} removes them all
 * first. Every value is checked before anything is written, and the file is replaced whole under the
 * TM's settings lock ({@link TmSettings#update}).
 */
public final class TmSettingsJob {

    /**
     * {@code filters}, {@code penalties}: null (or empty) keeps the stored ones; {@code onConflict}: null keeps it.
     * With nothing given and not {@code clear}, only shows.
     */
    public record Request(String tm, List<String> filters, List<String> penalties, String onConflict, boolean clear) {

        boolean changes() {
            return clear || !filters.isEmpty() || !penalties.isEmpty() || onConflict != null;
        }
    }

    /** The settings after the call, and whether they were changed. */
    public record Outcome(String tm, TmSettings settings, boolean changed) {
    }

    private final TmLibrary library;

    public TmSettingsJob(TmLibrary library) {
        this.library = library;
    }

    public Outcome run(Request req) {
        String name = TmLibrary.checkName(req.tm());
        library.open(name);
        Request r = new Request(name, req.filters() == null ? List.of() : req.filters(),
                req.penalties() == null ? List.of() : req.penalties(), req.onConflict(), req.clear());
        if (!r.changes()) {
            return new Outcome(name, library.settings(name), false);
        }
        // checked before the lock is taken: a bad value changes nothing
        TmSettings given = new TmSettings(r.filters(), r.penalties(), r.onConflict());
        TmSettings stored = library.updateSettings(name, current -> {
            TmSettings base = r.clear() ? TmSettings.NONE : current;
            return new TmSettings(r.filters().isEmpty() ? base.filters() : given.filters(),
                    r.penalties().isEmpty() ? base.penalties() : given.penalties(),
                    given.onConflict() == null ? base.onConflict() : given.onConflict());
        });
        return new Outcome(name, stored, true);
    }
}
