package org.tmsh.qa.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;

import org.tmsh.common.Markers;
import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.Tokens;

/**
 * Inline codes and placeholders: a code of the source missing in the target, a code the target adds,
 * a paired code unbalanced in the target (closed before opened, or never closed), and paired codes
 * nested differently (where order matters: {@code ⟨1⟩a ⟨2⟩b⟨/2⟩⟨/1⟩} against {@code ⟨1⟩a⟨/1⟩ ⟨2⟩b⟨/2⟩}).
 * Codes are compared by identity (their id), never by position; placeholders ({@code %s}, {@code {0}})
 * as written.
 */
public final class CodesCheck extends TargetCheck {

    public CodesCheck() {
        super("codes", Finding.Severity.ERROR);
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        List<String> a = codes(s.source());
        List<String> b = codes(s.target());
        if (a.isEmpty() && b.isEmpty()) {
            return;
        }
        List<String> missing = new ArrayList<>(a);
        b.forEach(missing::remove);
        List<String> extra = new ArrayList<>(b);
        a.forEach(extra::remove);
        for (String m : pairedUp(missing)) {
            out.accept(Finding.of(id(), severity(), s, m, null, "code " + m + " of the source is missing in the target", null));
        }
        for (String e : pairedUp(extra)) {
            out.accept(Finding.of(id(), severity(), s, null, e, "code " + e + " is in the target but not in the source", null));
        }
        if (!missing.isEmpty() || !extra.isEmpty()) {
            return;
        }
        String bad = unbalanced(s.target());
        if (bad != null && unbalanced(s.source()) == null) {
            out.accept(Finding.of(id(), severity(), s, null, bad, "code " + bad + " is unbalanced in the target", null));
            return;
        }
        Map<String, String> pa = parents(s.source());
        Map<String, String> pb = parents(s.target());
        for (Map.Entry<String, String> e : pa.entrySet()) {
            String other = pb.get(e.getKey());
            if (pb.containsKey(e.getKey()) && !java.util.Objects.equals(other, e.getValue())) {
                out.accept(Finding.of(id(), Finding.Severity.WARNING, s, "⟨" + e.getKey() + "⟩", "⟨" + e.getKey() + "⟩",
                        "code ⟨" + e.getKey() + "⟩ is nested " + (e.getValue() == null ? "at the top" : "in ⟨" + e.getValue() + "⟩")
                                + " in the source but " + (other == null ? "at the top" : "in ⟨" + other + "⟩") + " in the target", null));
                return;
            }
        }
    }

    /** Codes with an opening and a closing marker both in the list as one ({@code ⟨1⟩…⟨/1⟩}): one code, one finding. */
    static List<String> pairedUp(List<String> codes) {
        List<String> out = new ArrayList<>();
        List<String> rest = new ArrayList<>(codes);
        for (String c : codes) {
            if (!rest.contains(c)) {
                continue;
            }
            Matcher m = Markers.MARKER.matcher(c);
            if (m.matches() && m.group(1).isEmpty() && m.group(3).isEmpty() && rest.contains("⟨/" + m.group(2) + "⟩")) {
                rest.remove(c);
                rest.remove("⟨/" + m.group(2) + "⟩");
                out.add(c + "…⟨/" + m.group(2) + "⟩");
            } else if (!(m.matches() && !m.group(1).isEmpty() && out.contains("⟨" + m.group(2) + "⟩…" + c))) {
                rest.remove(c);
                out.add(c);
            }
        }
        return out;
    }

    /** The markers and placeholders of a text, as written. */
    static List<String> codes(String text) {
        List<String> out = new ArrayList<>();
        if (text.indexOf('⟨') >= 0) {
            Matcher m = Markers.MARKER.matcher(text);
            while (m.find()) {
                out.add(m.group());
            }
        }
        if (text.indexOf('%') >= 0 || text.indexOf('{') >= 0 || text.indexOf('$') >= 0) {
            out.addAll(Tokens.all(Tokens.PLACEHOLDER, text));
        }
        return out;
    }

    /** The first marker that closes before it opens or never closes; null when all pair up. */
    static String unbalanced(String text) {
        List<String> open = new ArrayList<>();
        Matcher m = Markers.MARKER.matcher(text);
        while (m.find()) {
            if (!m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.add(m.group(2));
            } else if (!open.remove(m.group(2))) {
                return m.group();
            }
        }
        return open.isEmpty() ? null : "⟨" + open.get(0) + "⟩";
    }

    /** Each paired code's enclosing paired code (null at the top). */
    static Map<String, String> parents(String text) {
        Map<String, String> out = new HashMap<>();
        List<String> stack = new ArrayList<>();
        Matcher m = Markers.MARKER.matcher(text);
        while (m.find()) {
            if (!m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                out.put(m.group(2), stack.isEmpty() ? null : stack.get(stack.size() - 1));
                stack.add(m.group(2));
            } else {
                stack.remove(m.group(2));
            }
        }
        return out;
    }
}
