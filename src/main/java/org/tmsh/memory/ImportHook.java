package org.tmsh.memory;

/**
 * Called by an import at each stage, for tests that inject a fault (an exception or an error
 * thrown here) or hold an import at a point to force an overlap with another.
 */
@FunctionalInterface
public interface ImportHook {

    /** The stages of an import, in order: the writer's lock, reading a unit, building its document, indexing it, committing. */
    enum Stage { LOCK, READ, BUILD, INDEX, COMMIT }

    ImportHook NONE = (stage, unit) -> { };

    /** {@code unit}: how many units had been read before this call. */
    void at(Stage stage, long unit);
}
