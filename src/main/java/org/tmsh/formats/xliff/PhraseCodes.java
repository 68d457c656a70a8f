package org.tmsh.formats.xliff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrase's (Memsource's) inline codes in an {@code .mxliff} as tmsh's markers. Phrase writes no
 * XLIFF inline elements: its codes are text in the segment, {@code {1>} ... {@code <1}} for a paired
 * code, {@code {1}} for a standalone one (both numbered by an {@code m:mark} of the unit's
 * {@code m:tunit-metadata}, which holds the original code), and {@code {b>} ... {@code <b}} for
 * formatting (bold, italic, underline, super- and subscript) that has no metadata. A paired code
 * becomes {@code ⟨n⟩...⟨/n⟩}, a standalone one {@code ⟨n/⟩}. Text that only looks like the notation
 * ({@code {name}}, a {@code {1}} the unit declares no mark for, a lone brace) stays text. Written by
 * hand: no library reads Phrase's notation.
 */
final class PhraseCodes {

    /** {@code {id>}, {@code <id}} or {@code {id}}. */
    private static final Pattern CODE = Pattern.compile("\\{(\\w+)>|<(\\w+)\\}|\\{(\\d+)\\}");

    private PhraseCodes() {
    }

    /**
     * The text with Phrase's codes as markers. {@code marks}: the ids the unit's metadata declares;
     * {@code numbers}: each code's marker number, shared by the source and the target of one unit
     * so that the same code has the same number in both (filled as codes are met).
     */
    static String marked(String text, Set<String> marks, Map<String, Integer> numbers) {
        Matcher m = CODE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        Map<String, Integer> seen = new java.util.HashMap<>();
        Map<String, Deque<String>> open = new java.util.HashMap<>();
        int last = 0;
        while (m.find()) {
            String replacement = null;
            if (m.group(1) != null && declared(m.group(1), marks)) {
                String id = m.group(1);
                String key = id + "#" + seen.merge(id, 1, Integer::sum);
                open.computeIfAbsent(id, k -> new ArrayDeque<>()).push(key);
                replacement = "⟨" + number(key, numbers) + "⟩";
            } else if (m.group(2) != null && declared(m.group(2), marks)) {
                Deque<String> stack = open.get(m.group(2));
                String key = stack == null || stack.isEmpty() ? m.group(2) + "#close" : stack.pop();
                replacement = "⟨/" + number(key, numbers) + "⟩";
            } else if (m.group(3) != null && marks.contains(m.group(3))) {
                String key = m.group(3) + "#" + seen.merge(m.group(3), 1, Integer::sum);
                replacement = "⟨" + number(key, numbers) + "/⟩";
            }
            if (replacement != null) {
                out.append(text, last, m.start()).append(replacement);
                last = m.end();
            }
        }
        return out.append(text, last, text.length()).toString();
    }

    /** A paired code's id: one the metadata declares, or Phrase's formatting letters. */
    private static boolean declared(String id, Set<String> marks) {
        return marks.contains(id) || id.matches("\\d+|[bBiIuU]|sup|sub");
    }

    private static int number(String key, Map<String, Integer> numbers) {
        return numbers.computeIfAbsent(key, k -> numbers.size() + 1);
    }
}
