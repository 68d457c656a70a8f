package org.tmsh.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * tmsh's inline-code markers in a text ({@code ⟨1⟩ ⟨/1⟩ ⟨2/⟩}) and their numbering as a memory
 * stores them: from 1 in order of appearance, a closing marker taking its opening one's number,
 * and a marker without its partner in the text (a code that spans two sentences) counted as a
 * standalone code, as TMX's {@code it} is read back. Two texts whose codes differ only in their
 * numbers (a document's second sentence starts at 3, its memory unit at 1) have the same
 * {@link #canonical} form.
 */
public final class Markers {

    /** A marker's place in the text, its own id and kind, its partner's index (or -1) and its number. */
    public record Marker(int start, int end, String marker, boolean closing, boolean standalone, int partner,
                         int number) {

        /** The marker as stored: {@code ⟨n⟩}, {@code ⟨/n⟩}, or {@code ⟨n/⟩} when standalone or unpaired. */
        public String numbered() {
            return partner < 0 ? "⟨" + number + "/⟩" : (closing ? "⟨/" : "⟨") + number + "⟩";
        }
    }

    /**
     * One marker: group 1 the slash of a closing marker, group 2 its id, group 3 the slash of a
     * standalone one. The one definition of the syntax, for every reader of marked texts.
     */
    public static final Pattern MARKER = Pattern.compile("⟨(/?)(\\d+)(/?)⟩");

    private Markers() {
    }

    /** The markers of {@code text} in order, paired and numbered (see the class comment). */
    public static List<Marker> of(String text) {
        if (text.indexOf('⟨') < 0) {
            return List.of();
        }
        Matcher m = MARKER.matcher(text);
        List<java.util.regex.MatchResult> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(m.toMatchResult());
        }
        int[] partner = new int[marks.size()];
        Arrays.fill(partner, -1);
        Map<String, ArrayDeque<Integer>> open = new HashMap<>();
        for (int k = 0; k < marks.size(); k++) {
            java.util.regex.MatchResult r = marks.get(k);
            if (!r.group(3).isEmpty()) {
                continue;
            }
            if (r.group(1).isEmpty()) {
                open.computeIfAbsent(r.group(2), x -> new ArrayDeque<>()).push(k);
            } else {
                ArrayDeque<Integer> o = open.get(r.group(2));
                if (o != null && !o.isEmpty()) {
                    int b = o.pop();
                    partner[b] = k;
                    partner[k] = b;
                }
            }
        }
        List<Marker> out = new ArrayList<>(marks.size());
        int next = 0;
        for (int k = 0; k < marks.size(); k++) {
            java.util.regex.MatchResult r = marks.get(k);
            boolean closing = !r.group(1).isEmpty();
            int number = closing && partner[k] >= 0 ? out.get(partner[k]).number() : ++next;
            out.add(new Marker(r.start(), r.end(), r.group(), closing, !r.group(3).isEmpty(), partner[k], number));
        }
        return out;
    }

    /**
     * The numbers the markers of {@code other} (a translation) take when {@code reference} (its
     * source) is numbered canonically: a marker keeps the identity of the reference's code of the
     * same id and kind (a pair's opening and closing, a standalone code), whatever its position, so a
     * translation that reorders its codes stays reordered. Markers of ids the reference lacks, or
     * given twice, take numbers after the reference's. One number per marker of {@code other}, in order.
     */
    public static int[] numbersLike(String reference, String other) {
        List<Marker> ref = of(reference);
        List<Marker> oth = of(other);
        Map<String, Integer> byId = new HashMap<>();
        int max = 0;
        for (Marker m : ref) {
            max = Math.max(max, m.number());
            if (!m.closing() || m.partner() < 0) {
                byId.putIfAbsent(identity(m), m.number());
            }
        }
        int[] out = new int[oth.size()];
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int k = 0; k < oth.size(); k++) {
            Marker m = oth.get(k);
            if (m.closing() && m.partner() >= 0 && m.partner() < k) {
                out[k] = out[m.partner()];
                continue;
            }
            Integer n = byId.get(identity(m));
            out[k] = n != null && used.add(n) ? n : ++max;
            used.add(out[k]);
        }
        return out;
    }

    /** {@code other} with its markers numbered {@link #numbersLike like} {@code reference}'s. */
    public static String renumberedLike(String reference, String other) {
        List<Marker> marks = of(other);
        if (marks.isEmpty()) {
            return other;
        }
        int[] numbers = numbersLike(reference, other);
        StringBuilder sb = new StringBuilder(other.length());
        int at = 0;
        for (int k = 0; k < marks.size(); k++) {
            Marker mk = marks.get(k);
            sb.append(other, at, mk.start()).append(numbered(mk, numbers[k]));
            at = mk.end();
        }
        return sb.append(other.substring(at)).toString();
    }

    /** A marker's form with number {@code n}: {@code ⟨n⟩}, {@code ⟨/n⟩}, or {@code ⟨n/⟩} when standalone or unpaired. */
    public static String numbered(Marker mk, int n) {
        return mk.partner() < 0 ? "⟨" + n + "/⟩" : (mk.closing() ? "⟨/" : "⟨") + n + "⟩";
    }

    /** What identifies a code across a source and its translation: its id as written, and paired or not. */
    private static String identity(Marker m) {
        Matcher g = MARKER.matcher(m.marker());
        String id = g.matches() ? g.group(2) : m.marker();
        return (m.partner() >= 0 ? "p" : "s") + id;
    }

    /** {@code text} with its markers as {@link Marker#numbered()}: what a memory stores and matches. */
    public static String canonical(String text) {
        List<Marker> marks = of(text);
        if (marks.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Marker mk : marks) {
            sb.append(text, at, mk.start()).append(mk.numbered());
            at = mk.end();
        }
        return sb.append(text.substring(at)).toString();
    }
}
