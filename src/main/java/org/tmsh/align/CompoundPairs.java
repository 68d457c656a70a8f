package org.tmsh.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word pairs for the documents' compounds that no dictionary lists, made from their parts'
 * translations: "Friedensvertrag", split by a {@link CompoundSplitter} into "Frieden" and "Vertrag",
 * pairs with "paix" and "traité", so that "traité de paix" on the other side meets it.
 *
 * <p>The compound stays one word of its segment: it counts once, as met when the translation of
 * one of its parts is found, so a compound translated by several words ("traité de paix") is
 * neither double counted nor required to meet all of them. How much meeting it tells is measured on
 * the documents like every word's (rarer translations tell more). All parts count, not only the
 * head: "Westgrat" is met by the "ouest" of "arête ouest" as well as by "arête" (on Text+Berg and
 * on German-English help pages, taking only the head's translations was no better).
 *
 * <p>NOTE: splits are made once per distinct word form of the documents, and only for words that
 * none of the dictionaries lists; a headword's weight (its number of translations over all the
 * dictionaries) and a part's translations in the other document are looked up once per form.
 */
final class CompoundPairs {

    private CompoundPairs() {
    }

    /**
     * The pairs of the compounds among {@code words} (each {@link CompoundSplitter#candidate} word of
     * the source documents, as written, with its form) with the target forms in {@code targetWords}, from the pairs of {@code tables}.
     */
    static Lexicon of(List<DictionaryCache.Table> tables, Map<String, String> words, CompoundSplitter splitter,
                      Set<String> targetWords) {
        if (tables.isEmpty() || !splitter.splits()) {
            return Lexicon.EMPTY;
        }
        Map<String, Integer> weights = new HashMap<>();
        java.util.function.ToIntFunction<String> weight = f -> weights.computeIfAbsent(f, k -> {
            int n = 0;
            for (DictionaryCache.Table t : tables) {
                n += t.translationCount(k);
            }
            return n;
        });
        Map<String, Set<String>> translations = new HashMap<>();
        Set<String> done = new HashSet<>();
        Lexicon.Builder b = Lexicon.builder();
        words.forEach((word, form) -> {
            if (!done.add(form) || weight.applyAsInt(form) > 0) {
                return;
            }
            for (String part : splitter.split(word, weight)) {
                Set<String> ts = translations.computeIfAbsent(part, p -> {
                    Set<String> out = new HashSet<>();
                    for (DictionaryCache.Table t : tables) {
                        t.translations(p, targetWords, out::add);
                    }
                    return out;
                });
                ts.forEach(t -> b.add(form, t));
            }
        });
        return b.build();
    }
}
