package org.tmsh.qa;

import java.util.function.Consumer;

/**
 * One QA check: an id (what a profile, {@code --only} and {@code --skip} name), a default severity,
 * and the findings it makes segment by segment, plus, for checks that compare segments with each
 * other (consistency, length), the findings it makes once every segment has been seen.
 *
 * <p>A check instance serves one run: it may keep state between {@link #check} and {@link #finish}.
 * Adding a check is one class and one line in {@link CheckCatalog}.
 */
public interface Check {

    /** The id a profile names this check by ("codes", "numbers"). */
    String id();

    /** The severity of its findings unless the profile says otherwise. */
    Finding.Severity severity();

    /** Checks one segment. */
    void check(QaSegment s, Consumer<Finding> out);

    /** After the last segment: findings about groups of segments. */
    default void finish(Consumer<Finding> out) {
    }
}
