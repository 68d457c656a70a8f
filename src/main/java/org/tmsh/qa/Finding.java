package org.tmsh.qa;

import java.util.List;

/**
 * One QA finding: which check found it ({@code kind}), how bad, where (file and segment id, or the
 * documents), the offending text, why, a suggestion, and, for a bilingual segment, the segment's
 * source and target with the offending text on each side.
 *
 * <p>{@code inSource}/{@code inTarget} are the offending pieces ("2. November" in the source,
 * "November 3" in the target); either may be null when the problem is on one side only.
 * {@code places} lists every segment a finding is about: one for most checks, a whole group for
 * the consistency check.
 */
public record Finding(String kind, Severity severity, String where, String text, String message, String suggestion,
                      String source, String target, String inSource, String inTarget, List<Place> places) {

    /** How much a finding matters; declared worst first. */
    public enum Severity { ERROR, WARNING, INFO }

    /** A segment a finding is about: its file (or {@code tm:NAME}) and its id there. */
    public record Place(String file, String id) {
        @Override
        public String toString() {
            return file + "#" + id;
        }
    }

    public Finding {
        places = places == null ? List.of() : List.copyOf(places);
    }

    /** A finding without a segment (terminology across documents). */
    public Finding(String kind, Severity severity, String where, String text, String message, String suggestion) {
        this(kind, severity, where, text, message, suggestion, null, null, null, null, List.of());
    }

    /** A finding about one segment: the offending text in the source and in the target (either may be null). */
    public static Finding of(String kind, Severity severity, QaSegment s, String inSource, String inTarget,
                             String message, String suggestion) {
        String text = inTarget != null ? inTarget : inSource != null ? inSource : "";
        return new Finding(kind, severity, s.where(), text, message, suggestion, s.source(), s.target(), inSource,
                inTarget, List.of(s.place()));
    }

    /** This finding with another severity (a profile's choice). */
    public Finding withSeverity(Severity s) {
        return s == severity ? this : new Finding(kind, s, where, text, message, suggestion, source, target, inSource,
                inTarget, places);
    }
}
