package org.tmsh.memory;

/**
 * What {@code tm optimize} did to a TM: its units (unchanged), its index segments and bytes on disk before and after,
 * and how long the merge took.
 */
public record TmOptimized(String tm, String backend, long units, int segmentsBefore, int segmentsAfter, long bytesBefore,
                          long bytesAfter, double seconds) {
}
