package org.tmsh.common;

/** Receives progress of a long operation (alignment, import, QA), and its notices; {@link #NONE} ignores both. */
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

    /**
     * Something about the input that the person must know to trust the result, said once (a document
     * read with its tracked changes accepted). The shell prints it as a line of its own, on standard
     * error in JSON mode; {@link #NONE} drops it.
     */
    default void notice(String text) {
    }
}
