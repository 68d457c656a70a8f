package org.tmsh.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word pairs of a language pair known to translate each other, as {@link WordForms} (stems), from
 * a dictionary, a glossary, a memory or learned from aligned text. The lexical cost rewards a bead
 * whose words meet their translations on the other side.
 *
 * <p>NOTE: pairs have no probability: where a pair comes from decides only whether it is known. How
 * much a pair tells is measured on the documents being aligned (its rarity there, and how often it
 * is met in the first pass's confident links), not taken from its source.
 */
public final class Lexicon {

    /** No pair known: the aligner then works as without a lexical cost. */
    public static final Lexicon EMPTY = new Lexicon(Map.of(), 0);

    private final Map<String, Set<String>> pairs;
    private final int size;

    private Lexicon(Map<String, Set<String>> pairs, int size) {
        this.pairs = pairs;
        this.size = size;
    }

    /** Collects pairs. */
    public static final class Builder {
        private final Map<String, Set<String>> pairs = new HashMap<>();
        private int size;

        /** Adds the pair of source form {@code s} and target form {@code t}; returns this. */
        public Builder add(String s, String t) {
            if (pairs.computeIfAbsent(s, k -> new HashSet<>(4)).add(t)) {
                size++;
            }
            return this;
        }

        /** Adds every pair of {@code other}; returns this. */
        public Builder addAll(Lexicon other) {
            other.pairs.forEach((s, ts) -> ts.forEach(t -> add(s, t)));
            return this;
        }

        public Lexicon build() {
            return size == 0 ? EMPTY : new Lexicon(pairs, size);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The target forms known to translate source form {@code s} (empty when none). */
    public Set<String> translations(String s) {
        return pairs.getOrDefault(s, Set.of());
    }

    /** Whether pair ({@code s}, {@code t}) is known. */
    public boolean has(String s, String t) {
        return translations(s).contains(t);
    }

    /** The number of pairs. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Calls {@code action} with every pair (source form, target form). */
    public void forEach(java.util.function.BiConsumer<String, String> action) {
        pairs.forEach((s, ts) -> ts.forEach(t -> action.accept(s, t)));
    }

    /**
     * This lexicon with those pairs of a less trusted {@code other} whose two forms this one knows
     * nothing of: a source form without translations here, a target form no source form here
     * translates into. A less trusted source fills the gaps of a more trusted one and never adds
     * rival translations (which would make the words it knows look common, and tell less).
     */
    public Lexicon withGapsFilledBy(Lexicon other) {
        if (other.isEmpty() || isEmpty()) {
            return with(other);
        }
        Set<String> knownTargets = new HashSet<>();
        pairs.values().forEach(knownTargets::addAll);
        Builder b = builder().addAll(this);
        other.forEach((s, t) -> {
            if (!pairs.containsKey(s) && !knownTargets.contains(t)) {
                b.add(s, t);
            }
        });
        return b.build();
    }

    /** This lexicon with {@code other}'s pairs added. */
    public Lexicon with(Lexicon other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return builder().addAll(this).addAll(other).build();
    }
}
