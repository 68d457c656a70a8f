package org.tmsh.memory.lucene;

import java.io.IOException;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import org.tmsh.match.Tokenizer;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.memory.MetaIndex;
import org.tmsh.memory.UnitFilter;
import org.tmsh.memory.UnitKeys;

/**
 * How a unit is laid out in the index. Per language L (primary subtag) of the unit:
 * <ul>
 * <li>{@code w.L}: content-token keys and their bigrams ({@link IndexTerms}: candidates for fuzzy
 * matching; documents only, no frequencies or norms: a unit ranks by the rarity of the words and
 * pairs it shares) and its literal numbers ({@code #=4242}),</li>
 * <li>{@code n.L}: the number of content tokens (the length window),</li>
 * <li>{@code t.L}: the text, as doc values (exact rescoring without touching stored fields),</li>
 * <li>{@code k.L}: the hashes of the content-token keys, as doc values (a cheap upper bound of the
 * score, so that only candidates that can win are tokenized and scored in full).</li>
 * </ul>
 * Per unit: {@code lang} (its languages), {@code dup} (hash of its texts: duplicates), {@code seq}
 * (its position in the order of import, which export follows),
 * and stored {@code tuid} and {@code xml} (the {@code <tu>} verbatim, for export).
 *
 * <p>Metadata, copies of what the stored {@code <tu>} holds, for {@link org.tmsh.memory.UnitFilter}
 * ({@link LuceneFilter}): {@code m.FIELD} per text field (client, project, domain, origin, creator,
 * changer, document; lower case, indexed only) and {@code m.created}, {@code m.changed} (seconds since
 * 1970, numeric doc values) from {@link MetaIndex}.
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

    /** The look-up's view of this layout in each term format ({@link IndexTerms}). */
    private static final LookupFields TEXT_FIELDS = new LookupFields("w.", "n.", "t.", "k.", IndexTerms.TEXT_PAIRS, false);
    private static final LookupFields HASHED_FIELDS = new LookupFields("w.", "n.", "t.", "k.", IndexTerms.HASHED_PAIRS, false);

    /** The fields a look-up reads in the TM of {@code r}, in its format (read once a reader). */
    static LookupFields fields(DirectoryReader r) throws IOException {
        FuzzySearch.TermCache cache = FuzzySearch.TermCache.of(r);
        int format = cache.format;
        if (format < 0) {
            format = format(r);
            cache.format = format;
        }
        return format == IndexTerms.TEXT_PAIRS ? TEXT_FIELDS : HASHED_FIELDS;
    }

    // --- unit metadata (filters) ---

    static String meta(UnitFilter.TextField f) {
        return "m." + f.key;
    }

    static String meta(UnitFilter.DateField f) {
        return "m." + f.key;
    }

    /** A field of the unit's own ({@link org.tmsh.memory.NamedField}): {@code m.f.review status}. */
    static String named(String name) {
        return "m.f." + name;
    }

    /** The names of {@link #meta} by ordinal, made once (an import names them for every unit). */
    private static final String[] TEXT_META = java.util.Arrays.stream(UnitFilter.TextField.values())
            .map(TmSchema::meta).toArray(String[]::new);
    private static final String[] DATE_META = java.util.Arrays.stream(UnitFilter.DateField.values())
            .map(TmSchema::meta).toArray(String[]::new);

    /** Adds the unit's metadata fields ({@link MetaIndex}) to its document. */
    static void addMeta(Document d, TmxUnit u) {
        MetaIndex.Values v = MetaIndex.of(u);
        v.texts().forEach((f, value) -> d.add(new StringField(TEXT_META[f.ordinal()], value, Field.Store.NO)));
        v.dates().forEach((f, secs) -> d.add(new NumericDocValuesField(DATE_META[f.ordinal()], secs)));
        v.named().forEach((name, value) -> d.add(new StringField(named(name), value, Field.Store.NO)));
    }

    /**
     * The format of the TM {@code r} reads ({@link IndexTerms#TEXT_PAIRS} for a TM written before
     * formats had numbers), or {@link IndexTerms#CURRENT} for a TM with no commit yet.
     */
    static int format(DirectoryReader r) throws IOException {
        if (r == null) {
            return IndexTerms.CURRENT;
        }
        String v = r.getIndexCommit().getUserData().get(LuceneImport.META_VERSION);
        return v == null ? IndexTerms.TEXT_PAIRS : Integer.parseInt(v);
    }

    /**
     * The unit's document in {@code format}: what an import inverts in a {@link MemorySegment}, and
     * what Lucene's own indexing of it would write ({@code MemorySegmentTest} compares the two).
     */
    static Document document(TmxUnit u, String dupKey, Tokenizer tokenizer, long seq, int format) {
        Document d = new Document();
        d.add(new NumericDocValuesField(SEQ, seq));
        d.add(new StoredField(XML, u.xml()));
        if (u.tuid() != null) {
            d.add(new StoredField(TUID, u.tuid()));
        }
        d.add(new StringField(DUP, dupKey, Field.Store.NO));
        addMeta(d, u);
        UnitKeys.forEachLanguage(u, tokenizer, (lang, text, keys, numbers) -> {
            d.add(new StringField(LANG, lang, Field.Store.NO));
            d.add(new Field(words(lang), new TermStream(keys, numbers, format), WORDS));
            d.add(new NumericDocValuesField(length(lang), keys.size()));
            d.add(new BinaryDocValuesField(text(lang), new BytesRef(text)));
            d.add(new BinaryDocValuesField(keys(lang), new BytesRef(encode(UnitKeys.hashes(keys)))));
        });
        return d;
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

}
