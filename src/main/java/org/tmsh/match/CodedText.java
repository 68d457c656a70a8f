package org.tmsh.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.tmsh.common.Markers;

/**
 * A marked text ({@code ⟨1⟩Lawrow⟨/1⟩ kam}) taken apart into its plain text and its markers, each
 * at an offset of the plain text, and put together again: what {@link CodePlacement} works on.
 *
 * <p>Markers keep their ids as written (a memory's target keeps the ids of its source's codes, in
 * whatever order the translation puts them); a marker dropped between two
 * spaces takes one of them along, so no double space is left where it stood.
 */
final class CodedText {

    /** A marker at an offset of the plain text; {@code rank} orders markers at one offset (see {@link #join}). */
    record Mark(int offset, Markers.Marker marker, int rank) {
    }

    final String plain;
    final List<Mark> marks;

    private CodedText(String plain, List<Mark> marks) {
        this.plain = plain;
        this.marks = marks;
    }

    /** {@code marked} apart; only the markers {@code keep} accepts are kept. */
    static CodedText of(String marked, Predicate<Markers.Marker> keep) {
        StringBuilder sb = new StringBuilder(marked.length());
        List<Mark> marks = new ArrayList<>();
        int at = 0;
        for (Markers.Marker mk : Markers.of(marked)) {
            sb.append(marked, at, mk.start());
            at = mk.end();
            if (keep.test(mk)) {
                marks.add(new Mark(sb.length(), mk, 0));
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ' && at < marked.length()
                    && marked.charAt(at) == ' ') {
                at++;
            }
        }
        sb.append(marked.substring(at));
        return new CodedText(sb.toString(), marks);
    }

    /**
     * {@code plain} with {@code marks} inserted. At one offset closing markers come first (higher
     * rank first: an inner pair closes before its outer one), then standalone ones, then opening
     * markers (lower rank first: an outer pair opens before its inner one).
     */
    static String join(String plain, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::offset).thenComparingInt(CodedText::order));
        StringBuilder sb = new StringBuilder(plain.length() + marks.size() * 4);
        int at = 0;
        for (Mark m : sorted) {
            sb.append(plain, at, m.offset()).append(m.marker().marker());
            at = m.offset();
        }
        return sb.append(plain.substring(at)).toString();
    }

    private static int order(Mark m) {
        Markers.Marker mk = m.marker();
        if (mk.partner() < 0) {
            return 0;
        }
        return mk.closing() ? -1_000_000 - m.rank() : 1_000_000 + m.rank();
    }
}
