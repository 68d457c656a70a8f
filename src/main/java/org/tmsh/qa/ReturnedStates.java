package org.tmsh.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tmsh.common.RuleFiles;
import org.tmsh.formats.xliff.XliffReader;

/**
 * What a returned bilingual file says of a segment's state, as QA weighs it ({@link QaSegment.Status}): the
 * tools' own attributes by the data file {@code segment-states.txt} (SDL's confirmation level and lock,
 * memoQ's status and lock, Phrase's lock), else the target's state as the reader gives it: done
 * ({@code translated}, {@code reviewed}, {@code signed-off}, {@code final}) or none is confirmed, any other
 * (a fuzzy PO entry, XLIFF 2.0 {@code initial}, 1.2 {@code needs-*}) unconfirmed.
 */
public final class ReturnedStates {

    private record Rule(String attribute, String value, QaSegment.Status status) {
    }

    private static final Set<String> DONE = Set.of("translated", "reviewed", "signed-off", "final");
    private static final List<Rule> RULES = new ArrayList<>();

    static {
        for (RuleFiles.Row r : RuleFiles.read("/tmsh/qa/segment-states.txt", 3)) {
            RULES.add(new Rule(r.get(0).toLowerCase(Locale.ROOT), r.get(1), QaSegment.Status.valueOf(r.get(2).toUpperCase(Locale.ROOT))));
        }
        // locked first, then rejected, then the rest in the file's order
        RULES.sort(java.util.Comparator.comparingInt(r -> r.status() == QaSegment.Status.LOCKED ? 0
                : r.status() == QaSegment.Status.REJECTED ? 1 : 2));
    }

    private ReturnedStates() {
    }

    /** The status of {@code e}, and the label the file gives it ({@code sdl:conf=Draft}, {@code state=initial}); null label when confirmed by default. */
    public static QaSegment.Status status(XliffReader.Entry e) {
        return judge(e).status();
    }

    /** The file's own words for {@code e}'s state, for a finding's message ({@code sdl:conf=Draft}); null when none. */
    public static String label(XliffReader.Entry e) {
        return judge(e).label();
    }

    private record Judged(QaSegment.Status status, String label) {
    }

    private static Judged judge(XliffReader.Entry e) {
        for (Rule r : RULES) {
            String v = e.meta().get(r.attribute());
            if (v != null && (r.value().equals("*") || r.value().equalsIgnoreCase(v.strip()))) {
                return new Judged(r.status(), r.attribute() + "=" + v.strip());
            }
        }
        if (e.state() == null || DONE.contains(e.state()) || e.approved()) {
            return new Judged(QaSegment.Status.CONFIRMED, e.state() == null ? null : "state=" + e.state());
        }
        return new Judged(QaSegment.Status.UNCONFIRMED, "state=" + e.state());
    }
}
