package org.tmsh.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;

/**
 * Word pairs for the documents' compounds that no dictionary lists, made from their parts'
 * translations: "Friedensvertrag", split by a {@link CompoundSplitter} into "Frieden" and "Vertrag",
 * pairs with "paix" and "traité", so that "traité de paix" on the other side meets it. Compounds of
 * the target language pair the same way with the source words that translate their parts.
 *
 * <p>The compound stays one word of its segment: it counts once, as met when the translation of
 * one of its parts is found, so a compound translated by several words ("traité de paix") is
 * neither double counted nor required to meet all of them. How much meeting it tells is measured on
 * the documents like every word's (rarer translations tell more). All parts count, not only the
 * head: "Westgrat" is met by the "ouest" of "arête ouest" as well as by "arête" (on Text+Berg,
 * taking only the head's translations was no better).
 *
 * <p>NOTE: splits are made once per distinct word form of the documents, and only for words that
 * none of the dictionaries lists; a headword's weight (its number of translations over all the
 * dictionaries) and a part's translations in the other document are looked up once per form.
 */
final class CompoundPairs {

    private CompoundPairs() {
    }

    /**
     * The pairs of the source compounds among {@code words} (each {@link CompoundSplitter#candidate}
     * word of the source documents, as written, with its form) with the target forms in {@code
     * targetWords}, from the pairs of {@code tables}.
     */
    static Lexicon ofSource(List<DictionaryCache.Table> tables, Map<String, String> words, CompoundSplitter splitter,
                            Set<String> targetWords) {
        Map<String, List<String>> splits = splits(words, splitter, tables, DictionaryCache.Table::translationCount);
        Map<String, Set<String>> translations = new HashMap<>();
        Lexicon.Builder b = Lexicon.builder();
        splits.forEach((form, parts) -> {
            for (String part : parts) {
                translations.computeIfAbsent(part, p -> {
                    Set<String> out = new HashSet<>();
                    for (DictionaryCache.Table t : tables) {
                        t.translations(p, targetWords, out::add);
                    }
                    return out;
                }).forEach(t -> b.add(form, t));
            }
        });
        return b.build();
    }

    /**
     * The pairs of the target compounds among {@code words} (as {@link #ofSource}'s, of the target
     * documents) with the source forms in {@code sourceWords} that translate their parts.
     */
    static Lexicon ofTarget(List<DictionaryCache.Table> tables, Map<String, String> words, CompoundSplitter splitter,
                            Set<String> sourceWords) {
        Map<String, List<String>> splits = splits(words, splitter, tables, DictionaryCache.Table::sourceCount);
        Map<String, Set<String>> compoundsOf = new HashMap<>();
        splits.forEach((form, parts) -> parts.forEach(p -> compoundsOf.computeIfAbsent(p, k -> new HashSet<>())
                .add(form)));
        Lexicon.Builder b = Lexicon.builder();
        for (DictionaryCache.Table t : tables) {
            t.sourcesOf(compoundsOf.keySet(), sourceWords, (part, source) -> compoundsOf.get(part)
                    .forEach(compound -> b.add(source, compound)));
        }
        return b.build();
    }

    /**
     * The parts of each word that splits and that the dictionaries do not list, by form; a form's
     * weight is the sum of {@code count} over the tables (0: no dictionary lists it).
     */
    private static Map<String, List<String>> splits(Map<String, String> words, CompoundSplitter splitter,
                                                    List<DictionaryCache.Table> tables,
                                                    ToIntBiFunction<DictionaryCache.Table, String> count) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!splitter.splits()) {
            return out;
        }
        Map<String, Integer> weights = new HashMap<>();
        ToIntFunction<String> weight = f -> weights.computeIfAbsent(f, k -> {
            int n = 0;
            for (DictionaryCache.Table t : tables) {
                n += count.applyAsInt(t, k);
            }
            return n;
        });
        Set<String> done = new HashSet<>();
        words.forEach((word, form) -> {
            if (done.add(form) && weight.applyAsInt(form) == 0) {
                List<String> parts = splitter.split(word, weight);
                if (!parts.isEmpty()) {
                    out.put(form, parts);
                }
            }
        });
        return out;
    }
}
