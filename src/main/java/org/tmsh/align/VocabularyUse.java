package org.tmsh.align;

import java.util.List;

/**
 * How many word pairs the lexical cost had from each source, for the documents' words: the
 * glossary, each dictionary file, the memory, and the second pass (pairs learned from the first
 * pass that no other source gave). A pair given by two sources counts in both.
 *
 * @param glossary     pairs from the glossary's spellings
 * @param dictionaries pairs from each dictionary file, in the order read
 * @param memory       pairs learned from the translation memory's units
 * @param secondPass   pairs learned from the first pass for the second, new to the other sources
 */
public record VocabularyUse(int glossary, List<DictionaryPairs> dictionaries, int memory, int secondPass) {

    /** No vocabulary. */
    public static final VocabularyUse NONE = new VocabularyUse(0, List.of(), 0, 0);

    public VocabularyUse {
        dictionaries = List.copyOf(dictionaries);
    }

    /** The pairs one dictionary file gave. */
    public record DictionaryPairs(String file, int pairs) {
    }

    /** The pairs of all dictionary files. */
    public int dictionary() {
        return dictionaries.stream().mapToInt(DictionaryPairs::pairs).sum();
    }

    /** This use with {@code learned} pairs learned for the second pass. */
    public VocabularyUse withSecondPass(int learned) {
        return new VocabularyUse(glossary, dictionaries, memory, learned);
    }
}
