package org.tmsh.bench;

import java.util.List;

/** Placeholder replaced below. */
final class OkapiGaleChurch implements AlignBenchmark.Method {
    public String name() { return "okapi-gale-church"; }
    public List<GoldLinks.L> align(AlignBenchmark.Doc d) { throw new UnsupportedOperationException("todo"); }
}
