package org.tmsh.common;

/** What a task on another thread threw, given back to the thread that waits for it. */
public final class Failures {

    private Failures() {
    }

    /**
     * Throws {@code cause} as it was thrown if it is unchecked (a {@link RuntimeException} or an
     * {@link Error}); otherwise returns it, for the caller to wrap.
     */
    public static Throwable rethrowUnchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return cause;
    }
}
