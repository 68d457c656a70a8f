package org.tmsh.align;

import java.util.function.BiConsumer;

/**
 * Texts in two languages known to translate each other, from outside the documents being aligned:
 * a glossary's spellings of one concept, or the units of a translation memory. Supplied by the
 * layer that opens them ({@code org.tmsh.jobs.AlignJob}); {@link #NONE} when there are none.
 */
@FunctionalInterface
public interface PairSource {

    PairSource NONE = (sl, tl, pair) -> { };

    /** Calls {@code pair} with the {@code sl} and {@code tl} texts of every pair in that language pair. */
    void forEach(String sl, String tl, BiConsumer<String, String> pair);
}
