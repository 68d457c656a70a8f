package org.tmsh.jobs;

import java.util.List;

import org.tmsh.memory.ImportReport;

/** What an import into a TM did, as {@code tm import}, {@code align --tm} and {@code review --tm} print it in JSON. */
public record ImportSummary(String tm, String input, long read, long added, long duplicates, long invalid,
                            List<InvalidUnit> invalidUnits, long units, double seconds,
                            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                            ImportConflicts.Counts conflicts, long heldBack) {

    /** A unit skipped as invalid: where and why. */
    public record InvalidUnit(long line, String tuid, String reason) {
    }

    public static ImportSummary of(ImportReport r) {
        return new ImportSummary(r.tm(), r.input(), r.read(), r.added(), r.duplicates(), r.invalid(),
                r.invalidSamples().stream().map(i -> new InvalidUnit(i.line(), i.tuid(), i.reason())).toList(),
                r.unitsAfter(), Math.round(r.seconds() * 1000) / 1000.0, null, 0);
    }

    /** With what the import's conflict policy did ({@link ImportConflicts}; null: not looked at). */
    public static ImportSummary of(ImportReport r, ImportConflicts.Counts conflicts) {
        return of(r, conflicts, 0);
    }

    /**
     * As above, with the units held back because they are still marked for review ({@code heldBack};
     * counted in {@code read}, as every unit of the file is).
     */
    public static ImportSummary of(ImportReport r, ImportConflicts.Counts conflicts, long heldBack) {
        ImportSummary s = of(r);
        return new ImportSummary(s.tm, s.input, s.read + heldBack, s.added, s.duplicates, s.invalid, s.invalidUnits, s.units,
                s.seconds, conflicts, heldBack);
    }
}
