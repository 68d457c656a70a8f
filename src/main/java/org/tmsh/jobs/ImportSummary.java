package org.tmsh.jobs;

import java.util.List;

import org.tmsh.memory.ImportReport;

/** What an import into a TM did, as {@code tm import}, {@code align --tm} and {@code review --tm} print it in JSON. */
public record ImportSummary(String tm, String input, long read, long added, long duplicates, long invalid,
                            List<InvalidUnit> invalidUnits, long units, double seconds,
                            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                            ImportConflicts.Counts conflicts) {

    /** A unit skipped as invalid: where and why. */
    public record InvalidUnit(long line, String tuid, String reason) {
    }

    public static ImportSummary of(ImportReport r) {
        return new ImportSummary(r.tm(), r.input(), r.read(), r.added(), r.duplicates(), r.invalid(),
                r.invalidSamples().stream().map(i -> new InvalidUnit(i.line(), i.tuid(), i.reason())).toList(),
                r.unitsAfter(), Math.round(r.seconds() * 1000) / 1000.0, null);
    }

    /** With what the import's conflict policy did ({@link ImportConflicts}; null: not looked at). */
    public static ImportSummary of(ImportReport r, ImportConflicts.Counts conflicts) {
        ImportSummary s = of(r);
        return new ImportSummary(s.tm, s.input, s.read, s.added, s.duplicates, s.invalid, s.invalidUnits, s.units, s.seconds,
                conflicts);
    }
}
