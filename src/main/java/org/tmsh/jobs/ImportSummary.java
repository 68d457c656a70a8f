package org.tmsh.jobs;

import java.util.List;

import org.tmsh.memory.ImportReport;

/** What an import into a TM did, as {@code tm import}, {@code align --tm} and {@code review --tm} print it in JSON. */
public record ImportSummary(String tm, String input, long read, long added, long duplicates, long invalid,
                            List<InvalidUnit> invalidUnits, long units, double seconds) {

    /** A unit skipped as invalid: where and why. */
    public record InvalidUnit(long line, String tuid, String reason) {
    }

    public static ImportSummary of(ImportReport r) {
        return new ImportSummary(r.tm(), r.input(), r.read(), r.added(), r.duplicates(), r.invalid(),
                r.invalidSamples().stream().map(i -> new InvalidUnit(i.line(), i.tuid(), i.reason())).toList(),
                r.unitsAfter(), Math.round(r.seconds() * 1000) / 1000.0);
    }
}
