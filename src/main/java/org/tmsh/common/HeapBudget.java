package org.tmsh.common;

/**
 * The share of Java's heap that one structure growing with its input may hold: a check that remembers every
 * segment of a run (QA's consistency check) takes its bytes from a budget, and stops remembering when the budget
 * is spent instead of running the whole command out of memory. The caller says what it left out.
 *
 * <p>The bytes are estimated, not measured (the same input gives the same result whatever the collector does):
 * a string costs its header and two bytes a character, as Java stores any text outside Latin-1.
 *
 * <p>NOTE: the heap is the one knob ({@code TMSH_JAVA_OPTS=-Xmx4g}, or {@code java -Xmx4g -jar tmsh.jar}); a
 * budget is a fraction of it, so a larger heap holds more.
 */
public final class HeapBudget {

    private final long limit;
    private long used;
    private boolean spent;

    /** A budget of {@code bytes}. */
    public HeapBudget(long bytes) {
        this.limit = bytes;
    }

    /** A budget of {@code fraction} of the largest heap this JVM may grow to. */
    public static HeapBudget share(double fraction) {
        return new HeapBudget((long) (Runtime.getRuntime().maxMemory() * fraction));
    }

    /** Takes {@code bytes}; false (and nothing taken, now or later) once they would pass the limit. */
    public boolean take(long bytes) {
        if (spent || used + bytes > limit) {
            spent = true;
            return false;
        }
        used += bytes;
        return true;
    }

    /** Whether a take was refused. */
    public boolean spent() {
        return spent;
    }

    /** The limit, in bytes. */
    public long limit() {
        return limit;
    }

    /** The estimated heap of a string: its object and array headers and two bytes a character. */
    public static long of(String s) {
        return s == null ? 0 : 56 + 2L * s.length();
    }

    /** The heap Java may grow to, in MB, for a message. */
    public static long heapMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
