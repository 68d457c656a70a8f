package org.tmsh.names;

import java.util.HashMap;
import java.util.Map;

import org.tmsh.common.RuleFiles;

/**
 * Letter alternations that transliteration conventions produce for one sound (Korean g / k,
 * Ukrainian h / Russian g, pinyin zh / German tsch), read from {@code tmsh/names/alternations.txt}.
 * Letters are those of a {@link SpellingKey} key.
 */
public final class Alternations {

    public static final String RULES = "/tmsh/names/alternations.txt";
    private static final Alternations STANDARD = new Alternations(RULES);

    private final Map<String, String> why = new HashMap<>();

    Alternations(String resource) {
        for (RuleFiles.Row row : RuleFiles.read(resource, 3)) {
            String a = row.get(0).strip();
            String b = row.get(1).strip();
            if (a.length() != 1 || b.length() != 1) {
                throw new org.tmsh.common.TmshException(resource + ": line " + row.line()
                        + ": an alternation is between two single key letters, found '" + a + "' / '" + b + "'");
            }
            why.put(a + b, row.get(2).strip());
            why.put(b + a, row.get(2).strip());
        }
    }

    public static Alternations standard() {
        return STANDARD;
    }

    /** Why {@code a} and {@code b} alternate, or null when they are no known alternation. */
    public String why(char a, char b) {
        return why.get("" + a + b);
    }
}
