package org.tmsh.qa;

import java.util.function.Consumer;

/**
 * Base of the checks that compare a segment's target with its source: holds the check's id and default
 * severity, and skips a segment without a target (nothing to compare; {@code untranslated} reports those)
 * before {@link #checkTarget} sees it. A check is then only its id, its severity and what it looks for.
 */
public abstract class TargetCheck implements Check {

    private final String id;
    private final Finding.Severity severity;

    protected TargetCheck(String id, Finding.Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Finding.Severity severity() {
        return severity;
    }

    @Override
    public final void check(QaSegment s, Consumer<Finding> out) {
        if (s.target() != null) {
            checkTarget(s, out);
        }
    }

    /** Checks one segment that has a target. */
    protected abstract void checkTarget(QaSegment s, Consumer<Finding> out);
}
