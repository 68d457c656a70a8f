package org.tmsh.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tmsh.common.RuleFiles;
import org.tmsh.names.Romanizer;

/**
 * The endings a name takes in running text (German Putins, des Kremls; English Lavrov's, the
 * Peskovs'; Korean 최선희가), from {@code tmsh/terms/inflections.txt}, per script of the name.
 *
 * <p>NOTE: endings of every language are tried on every text, as a text's language is not always
 * known; an ending must end the word ("Putinismus" is not "Putin" inflected), which keeps the
 * look-up on whole words.
 */
public final class Inflections {

    public static final String RULES = "/tmsh/terms/inflections.txt";
    private static final Inflections STANDARD = new Inflections(RULES);

    private record Ending(String script, String text) {
    }

    private final List<Ending> endings = new ArrayList<>();

    Inflections(String resource) {
        Set<Ending> all = new LinkedHashSet<>();
        for (RuleFiles.Row row : RuleFiles.read(resource, 3)) {
            all.add(new Ending(row.get(1).strip(), row.get(2).strip()));
        }
        endings.addAll(all);
        // the longest ending first: "es" before "s", "에게" before "에"
        endings.sort(Comparator.comparingInt((Ending e) -> e.text.length()).reversed());
    }

    public static Inflections standard() {
        return STANDARD;
    }

    /**
     * The length of the ending that follows a name at {@code at} in {@code text}: 0 when the word
     * ends there, the ending's length when one of the name script's endings follows and ends the
     * word, -1 when the word goes on otherwise.
     */
    public int endingAt(String text, int at, String name) {
        String script = Romanizer.script(name);
        for (Ending e : endings) {
            boolean apostropheOnly = e.text.matches("['’]");
            if (apostropheOnly && !name.matches("(?s).*[sßxzSXZ]$")) {
                continue;
            }
            if (e.script.equals(script) && text.startsWith(e.text, at) && boundary(text, at + e.text.length())) {
                return e.text.length();
            }
        }
        return boundary(text, at) ? 0 : -1;
    }

    /** The forms a word of a text may have without its ending ("Lavrov" for "Lavrov's", "최선희" for "최선희가"). */
    public List<String> bases(String word) {
        List<String> out = new ArrayList<>();
        for (Ending e : endings) {
            String inner = e.text.replaceAll("['’]+$", "");
            if (!inner.isEmpty() && word.length() > inner.length() + 1 && word.endsWith(inner)) {
                String base = word.substring(0, word.length() - inner.length());
                if (!out.contains(base) && e.script.equals(Romanizer.script(base))) {
                    out.add(base);
                }
            }
        }
        return out;
    }

    /** Whether {@code form} occurs in {@code text} as whole words, its last word bare or with an ending. */
    public boolean occursIn(String text, String form) {
        if (form.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            if ((at == 0 || boundary(text, at - 1)) && endingAt(text, at + form.length(), form) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundary(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        int cp = text.codePointAt(at);
        return !Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.NON_SPACING_MARK;
    }
}
