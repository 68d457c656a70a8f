package org.tmsh.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.codec.digest.MurmurHash3;

import org.tmsh.common.LanguageTags;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.match.Token;
import org.tmsh.match.Tokenizer;

/**
 * The keys every memory stores with a unit, whatever holds it: the duplicate key (a hash of its
 * texts), the word terms a look-up retrieves candidates by, and the hashes of its content-token
 * keys (a cheap upper bound of a fuzzy score).
 */
public final class UnitKeys {

    private UnitKeys() {
    }

    /** Same languages with the same texts give the same key, in whatever order the variants come. */
    public static String dupKey(TmxUnit u) {
        long[] h = dupHash(u);
        return hex16(h[0]) + hex16(h[1]);
    }

    /** The 128-bit duplicate hash behind {@link #dupKey}. */
    public static long[] dupHash(TmxUnit u) {
        Set<String> parts = new TreeSet<>();
        for (TmxUnit.Variant v : u.variants()) {
            parts.add(LanguageTags.tag(v.lang()) + '\u0000' + v.text());
        }
        byte[] bytes = String.join("\u0001", parts).getBytes(StandardCharsets.UTF_8);
        return MurmurHash3.hash128x64(bytes, 0, bytes.length, 0x746d7368);
    }

    /**
     * What an index stores of one language of a unit: its language tag ({@link LanguageTags#tag}: as
     * written, so en-US and en-GB are two languages), text, content-token keys
     * and {@link #numberTerms}.
     */
    @FunctionalInterface
    public interface LanguageFields {
        void accept(String lang, String text, List<String> keys, List<String> numbers);
    }

    /** Calls {@code fields} once per language of the unit (its first non-blank variant), with the text's keys. */
    public static void forEachLanguage(TmxUnit u, Tokenizer tokenizer, LanguageFields fields) {
        Set<String> seen = new HashSet<>();
        for (TmxUnit.Variant v : u.variants()) {
            String lang = LanguageTags.tag(v.lang());
            if (!v.text().isBlank() && seen.add(lang)) {
                List<Token> tokens = tokenizer.tokens(v.text());
                fields.accept(lang, v.text(), Tokenizer.contentKeys(tokens), numberTerms(tokens));
            }
        }
    }

    /** Unigrams and bigrams of content keys, without repeats (a space joins the two words of a bigram). */
    public static List<String> wordTerms(List<String> keys) {
        Set<String> terms = new LinkedHashSet<>();
        String prev = null;
        for (String k : keys) {
            String key = k.replace(' ', '_');
            terms.add(key);
            if (prev != null) {
                terms.add(prev + ' ' + key);
            }
            prev = key;
        }
        return new ArrayList<>(terms);
    }

    /**
     * The literal numbers among a text's tokens as terms ({@code #=} and the number as written),
     * indexed beside the word terms. A fuzzy score sees every number as "a number", so among many
     * units that differ only in their numbers (item 4242, item 17612, ...) the word terms tie; these
     * terms rank the unit with the query's own numbers first, so that its exact match is among the
     * candidates checked. Digits inside tags and placeholders are not numbers of the text.
     */
    public static List<String> numberTerms(List<Token> tokens) {
        Set<String> terms = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.NUMBER) {
                terms.add("#=" + t.text());
            }
        }
        return new ArrayList<>(terms);
    }

    public static int[] hashes(List<String> keys) {
        int[] h = new int[keys.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = keys.get(i).hashCode();
        }
        return h;
    }

    private static String hex16(long v) {
        String h = Long.toHexString(v);
        return h.length() == 16 ? h : "0".repeat(16 - h.length()) + h;
    }
}
