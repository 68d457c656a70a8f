package org.tmsh.memory;

import java.util.List;

import org.tmsh.formats.tmx.TmxReader;

/**
 * What an import did: units read, added, skipped as duplicates (same texts as a unit already in
 * the TM or earlier in the same input) and skipped as invalid (with the first reasons).
 */
public record ImportReport(String tm, String input, long read, long added, long duplicates, long invalid,
                           List<TmxReader.Invalid> invalidSamples, long unitsAfter, double seconds) {

    public double unitsPerSecond() {
        return seconds <= 0 ? 0 : read / seconds;
    }
}
