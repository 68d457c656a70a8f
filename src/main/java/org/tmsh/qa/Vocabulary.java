package org.tmsh.qa;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a run takes as spelt right because a memory's confirmed targets write them (the terms, names and
 * technical words of a project that a general dictionary lacks: "Arkussinus", "Folienmaster"). Filled while the
 * memory the {@code qa} command names is read (its units are checked in the same pass), read by the spelling
 * check when the run ends. The cost is bounded: words of four letters or more, lower case, at most {@link #LIMIT}
 * distinct ones (about 100 MB of heap at the limit); past it no word is added (said by {@link #full()}).
 */
public final class Vocabulary {

    /** The most distinct words kept. */
    public static final int LIMIT = 1_000_000;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]{3,}");

    private final java.util.Map<String, Set<String>> words = new java.util.HashMap<>();
    private int size;
    private boolean full;

    /** Takes the words of {@code text}, written in {@code lang} (its primary subtag counts: de-AT is de). */
    public void add(String text, String lang) {
        if (full || text == null) {
            return;
        }
        Set<String> into = words.computeIfAbsent(QaSegment.primary(lang), k -> new HashSet<>());
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (size >= LIMIT) {
                full = true;
                return;
            }
            if (into.add(m.group().toLowerCase(Locale.ROOT))) {
                size++;
            }
        }
    }

    /** Whether a confirmed target in {@code lang} wrote {@code word} (any case). */
    public boolean contains(String word, String lang) {
        Set<String> in = words.get(QaSegment.primary(lang));
        return in != null && in.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the vocabulary stopped taking words at {@link #LIMIT}. */
    public boolean full() {
        return full;
    }

    /** How many distinct words it holds (each language's apart). */
    public int size() {
        return size;
    }
}
