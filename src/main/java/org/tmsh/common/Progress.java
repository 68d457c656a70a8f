package org.tmsh.common;

/** Receives progress of a long operation (alignment, import, QA); {@link #NONE} ignores it. */
public interface Progress {

    Progress NONE = (done, total) -> { };

    void update(long done, long total);

    /**
     * A new phase of the operation begins, named for the person watching ("pass 2 (with the word pairs)",
     * "writing the index"): what {@link #update} reports from now on counts this phase alone, from zero, so
     * a bar that starts again is labelled, never a jump backwards without a word. A phase that reports no
     * update is of unknown length (the bar shows its name only). Ignored unless a receiver shows it.
     */
    default void phase(String name) {
    }
}
