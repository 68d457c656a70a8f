package org.tmsh.memory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import org.tmsh.match.Tokenizer;
import org.tmsh.formats.tmx.TmxUnit;

/**
 * How a unit is laid out in the index. Per language L (primary subtag) of the unit:
 * <ul>
 * <li>{@code w.L}: content-token keys and their bigrams (candidates for fuzzy matching; documents
 * only, no frequencies or norms: a unit ranks by the rarity of the words and pairs it shares),</li>
 * <li>{@code n.L}: the number of content tokens (the length window),</li>
 * <li>{@code t.L}: the text, as doc values (exact rescoring without touching stored fields),</li>
 * <li>{@code k.L}: the hashes of the content-token keys, as doc values (a cheap upper bound of the
 * score, so that only candidates that can win are tokenized and scored in full).</li>
 * </ul>
 * Per unit: {@code lang} (its languages), {@code dup} (hash of its texts: duplicates), {@code seq}
 * (its position in the order of import, which export follows),
 * and stored {@code tuid} and {@code xml} (the {@code <tu>} verbatim, for export).
 */
final class TmSchema {

    static final String XML = "xml";
    static final String TUID = "tuid";
    static final String DUP = "dup";
    static final String LANG = "lang";
    static final String SEQ = "seq";

    private static final FieldType WORDS = new FieldType();

    static {
        WORDS.setIndexOptions(IndexOptions.DOCS);
        WORDS.setOmitNorms(true);
        WORDS.setTokenized(true);
        WORDS.freeze();
    }

    private TmSchema() {
    }

    static String words(String lang) {
        return "w." + lang;
    }

    static String length(String lang) {
        return "n." + lang;
    }

    static String text(String lang) {
        return "t." + lang;
    }

    static String keys(String lang) {
        return "k." + lang;
    }

    static Document document(TmxUnit u, Tokenizer tokenizer, long seq) {
        Document d = new Document();
        d.add(new NumericDocValuesField(SEQ, seq));
        d.add(new StoredField(XML, u.xml()));
        if (u.tuid() != null) {
            d.add(new StoredField(TUID, u.tuid()));
        }
        d.add(new StringField(DUP, dupKey(u), Field.Store.NO));
        Set<String> seen = new HashSet<>();
        for (TmxUnit.Variant v : u.variants()) {
            String lang = v.primary();
            if (v.text().isBlank() || !seen.add(lang)) {
                continue;
            }
            List<String> keys = tokenizer.contentKeys(v.text());
            d.add(new StringField(LANG, lang, Field.Store.NO));
            d.add(new Field(words(lang), new TermStream(wordTerms(keys)), WORDS));
            d.add(new NumericDocValuesField(length(lang), keys.size()));
            d.add(new BinaryDocValuesField(text(lang), new BytesRef(v.text())));
            d.add(new BinaryDocValuesField(keys(lang), new BytesRef(encode(hashes(keys)))));
        }
        return d;
    }

    /** Unigrams and bigrams of content keys, without repeats. */
    static List<String> wordTerms(List<String> keys) {
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

    private static String hex16(long v) {
        String h = Long.toHexString(v);
        return h.length() == 16 ? h : "0".repeat(16 - h.length()) + h;
    }

    static int[] hashes(List<String> keys) {
        int[] h = new int[keys.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = keys.get(i).hashCode();
        }
        return h;
    }

    static byte[] encode(int[] v) {
        byte[] b = new byte[v.length * 4];
        for (int i = 0; i < v.length; i++) {
            b[4 * i] = (byte) (v[i] >>> 24);
            b[4 * i + 1] = (byte) (v[i] >>> 16);
            b[4 * i + 2] = (byte) (v[i] >>> 8);
            b[4 * i + 3] = (byte) v[i];
        }
        return b;
    }

    static int[] decode(BytesRef b) {
        int[] v = new int[b.length / 4];
        for (int i = 0; i < v.length; i++) {
            int o = b.offset + 4 * i;
            v[i] = (b.bytes[o] & 0xFF) << 24 | (b.bytes[o + 1] & 0xFF) << 16 | (b.bytes[o + 2] & 0xFF) << 8
                    | (b.bytes[o + 3] & 0xFF);
        }
        return v;
    }

    /** Same languages with the same texts give the same key, in whatever order the variants come. */
    static String dupKey(TmxUnit u) {
        Set<String> parts = new TreeSet<>();
        for (TmxUnit.Variant v : u.variants()) {
            parts.add(v.primary() + '\u0000' + v.text());
        }
        byte[] bytes = String.join("\u0001", parts).getBytes(StandardCharsets.UTF_8);
        long[] h = MurmurHash3.hash128x64(bytes, 0, bytes.length, 0x746d7368);
        return hex16(h[0]) + hex16(h[1]);
    }
}
