package org.tmsh.memory.solr;

import java.nio.charset.StandardCharsets;

import org.apache.solr.common.SolrInputDocument;

import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.MetaIndex;
import org.tmsh.memory.UnitFilter;
import org.tmsh.memory.UnitKeys;
import org.tmsh.memory.lucene.LookupFields;

/**
 * How a unit is laid out in tmsh's Solr collection (the configset's {@code schema.xml} says the same
 * field by field): the same keys as the embedded index, under Solr field names.
 */
final class SolrSchema {

    /** The configset's name in ZooKeeper: a new name whenever its files change, so that a cluster never holds two versions under one name. */
    static final String CONFIGSET = "tmsh-7";
    static final String ID = "id";
    static final String TM = "tm";
    static final String SEQ = "seq";
    static final String XML = "xml";
    static final String TUID = "tuid";
    static final String LANG = "lang";
    static final String META_OF = "meta_of";
    static final String SRCLANG = "srclang";
    static final String CREATED = "created";
    static final String UPDATED = "updated";

    /**
     * The field type of {@code w_L} in configset tmsh-4 on: one value a language, split into its terms at
     * line ends by Solr's tokenizer. One field value instead of about 30 (one field object, token stream
     * and javabin entry each) used about 0.68 times the CPU a unit of an import (docs/memory-performance.md).
     */
    static final String WORD_LINES = "termlines";

    /**
     * The field type of {@code w_L} in configset tmsh-7 on: as {@link #WORD_LINES}, but a word pair is a fixed-length
     * hash of its text ({@link LookupFields#HASHED_LINES}, {@link #pairTerm}), which the client's segment collects as
     * a number and radix-sorts instead of looking it up in Lucene's term hash (docs/memory-performance.md). Its
     * {@code seq}, {@code n_L} and {@code d_F} are doc values only (no points).
     */
    static final String PAIR_HASHES = MatchProtocol.PAIR_HASHES;

    /**
     * The field type of {@code t_L}, {@code k_L} and {@code tuid} in configset tmsh-5 on: binary doc values,
     * not stored, so that Solr returns a look-up's candidates without decompressing the stored block that
     * also holds the {@code <tu>} (docs/memory-performance.md). Texts are sent as UTF-8 bytes, key hashes as
     * 4 bytes each ({@link #encodeBytes}); the configsets before stored them as strings.
     */
    static final String DV_BYTES = "dvbytes";

    /**
     * How a collection's schema takes a unit's fields: {@code lines}, a language's word terms as one value
     * ({@link #WORD_LINES}, tmsh-4 on); {@code bytes}, texts, key hashes and tuid as bytes ({@link #DV_BYTES},
     * tmsh-5 on); {@code hashedPairs}, word pairs as hashes and numbers as doc values only ({@link #PAIR_HASHES},
     * tmsh-7 on). Read from the collection's schema ({@code SolrMemory.layout}).
     */
    record Layout(boolean lines, boolean bytes, boolean hashedPairs) {
        /** The layout of the configset {@code tm create} uploads ({@link #CONFIGSET}). */
        static final Layout CURRENT = new Layout(true, true, true);

        /** A layout of a configset before tmsh-7 (word pairs as text). */
        Layout(boolean lines, boolean bytes) {
            this(lines, bytes, false);
        }

        /** How the look-up reads this layout's word terms ({@link LookupFields#LINES} or {@link LookupFields#HASHED_LINES}). */
        int termFormat() {
            return hashedPairs ? LookupFields.HASHED_LINES : LookupFields.LINES;
        }

        /** A query's term of {@code w_L} as this layout indexes it: a word pair ({@code a b}) hashed in tmsh-7 on. */
        String term(String term) {
            return hashedPairs && term.indexOf(' ') > 0 ? pairTerm(term) : term;
        }
    }

    /** The tmsh-7 term of a word pair given as its text {@code a b} ({@link UnitKeys#wordTerms}). */
    static String pairTerm(String textPair) {
        return LookupFields.hashedPair(textPair);
    }

    private SolrSchema() {
    }

    static String words(String lang) {
        return "w_" + lang;
    }

    static String length(String lang) {
        return "n_" + lang;
    }

    static String text(String lang) {
        return "t_" + lang;
    }

    static String keys(String lang) {
        return "k_" + lang;
    }

    // --- unit metadata: copies of what the stored <tu> holds, for filters (SolrFilter) ---

    /** A text field of the unit's metadata: {@code m_client}, ... (lower case; indexed only). */
    static String meta(UnitFilter.TextField f) {
        return "m_" + f.key;
    }

    /** A date of the unit's metadata: {@code d_created}, {@code d_changed} (seconds since 1970; points and doc values). */
    static String meta(UnitFilter.DateField f) {
        return "d_" + f.key;
    }

    /**
     * A field of the unit's own ({@link org.tmsh.memory.NamedField}): {@code m_f_} and the name's UTF-8 bytes in
     * hexadecimal (a name may hold spaces and any letter; Solr's query syntax and field names take neither), a
     * string of the {@code m_*} dynamic field.
     */
    static String named(String name) {
        return "m_f_" + java.util.HexFormat.of().formatHex(name.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds the unit's metadata fields ({@link MetaIndex}) to its document. */
    static void addMeta(SolrInputDocument d, TmxUnit u) {
        addMeta(d::addField, u);
    }

    private static void addMeta(FieldSink d, TmxUnit u) {
        MetaIndex.Values v = MetaIndex.of(u);
        v.texts().forEach((f, value) -> d.add(meta(f), value));
        v.dates().forEach((f, secs) -> d.add(meta(f), secs));
        v.named().forEach((name, value) -> d.add(named(name), value));
    }

    /**
     * Where {@link #fields} puts a unit's field values, one value a call, in the document's order: a
     * {@link SolrInputDocument} ({@link #documentWithId}) or the bulk path's Lucene document ({@link SolrSegment}).
     */
    @FunctionalInterface
    interface FieldSink {
        void add(String field, Object value);

        /**
         * A language's word terms as one value, one term a line ({@link #WORD_LINES}): the content-token keys'
         * {@link UnitKeys#wordTerms}, then {@code numbers}, each with a line end inside it as a space. By default
         * the joined string, as Solr's update request takes it; {@link SolrSegment} takes the terms as they are
         * ({@link WordLines}: no string joined to be split again by the tokenizer). {@code hashedPairs}: word pairs as
         * their hashes ({@link #PAIR_HASHES}, tmsh-7 on).
         */
        default void wordLines(String field, java.util.List<String> keys, java.util.List<String> numbers, boolean hashedPairs) {
            add(field, WordLines.join(keys, numbers, hashedPairs));
        }
    }

    /**
     * The route prefix of a TM's documents for the compositeId router: {@code NAME!} keeps them on one
     * shard (the name decides 16 of the hash's 32 bits); {@code NAME/B!} lets the name decide only B
     * bits, so the unit's key spreads the TM over the shards of 1/2^B of the hash range (0: all).
     */
    static String route(String tm, int bits) {
        return bits < 0 ? tm + "!" : tm + "/" + bits + "!";
    }

    /** The meta document's id: under the TM's route, so that its id tells a connecting shell the route. */
    static String metaId(String route) {
        return route + "~meta";
    }

    /** The route bits a meta document's id carries (-1: one shard), or -2 if the id is not a meta id of {@code tm}. */
    static int bitsOfMetaId(String tm, String id) {
        if (id.equals(tm + "!~meta")) {
            return -1;
        }
        String prefix = tm + "/";
        if (id.startsWith(prefix) && id.endsWith("!~meta")) {
            try {
                int b = Integer.parseInt(id.substring(prefix.length(), id.length() - "!~meta".length()));
                return b >= 0 && b <= 16 ? b : -2;
            } catch (NumberFormatException e) {
                return -2;
            }
        }
        return -2;
    }

    /** A unit's document id: the TM's route and the unit's duplicate key. */
    static String id(String route, TmxUnit u) {
        return route + UnitKeys.dupKey(u);
    }

    static SolrInputDocument document(String route, String tm, TmxUnit u, Tokenizer tokenizer, long seq, Layout layout) {
        return documentWithId(id(route, u), tm, u, tokenizer, seq, layout);
    }

    /**
     * A unit's document as Solr's update request takes it: {@link #fields} into a {@link SolrInputDocument}.
     */
    static SolrInputDocument documentWithId(String id, String tm, TmxUnit u, Tokenizer tokenizer, long seq, Layout layout) {
        SolrInputDocument d = new SolrInputDocument();
        fields(id, tm, u, tokenizer, seq, layout, d::addField);
        return d;
    }

    /**
     * The one place a unit's fields are made ({@code id} from {@link #id}); a new field is one line here. Each value
     * goes to {@code d} in the document's order: into a {@link SolrInputDocument} for Solr's update path
     * ({@link #documentWithId}), or straight into the bulk path's Lucene document ({@link SolrSegment#add}), so both
     * paths index the same values.
     * {@code layout.lines()}: the collection's schema takes a language's word terms ({@code w_L}) as one value, one
     * term a line ({@link #WORD_LINES}, configset tmsh-4 on); else one value a term (the configsets before).
     * {@code layout.bytes()}: texts, key hashes and tuid as bytes ({@link #DV_BYTES}, tmsh-5 on); else as strings.
     */
    static void fields(String id, String tm, TmxUnit u, Tokenizer tokenizer, long seq, Layout layout, FieldSink d) {
        boolean lines = layout.lines();
        boolean bytes = layout.bytes();
        d.add(ID, id);
        d.add(TM, tm);
        d.add(SEQ, seq);
        d.add(XML, u.xml());
        if (u.tuid() != null) {
            d.add(TUID, bytes ? u.tuid().getBytes(StandardCharsets.UTF_8) : u.tuid());
        }
        addMeta(d, u);
        UnitKeys.forEachLanguage(u, tokenizer, (lang, text, keys, numbers) -> {
            d.add(LANG, lang);
            if (lines) {
                d.wordLines(words(lang), keys, numbers, layout.hashedPairs());
            } else {
                for (String term : UnitKeys.wordTerms(keys)) {
                    d.add(words(lang), term);
                }
                for (String term : numbers) {
                    d.add(words(lang), term);
                }
            }
            d.add(length(lang), keys.size());
            if (bytes) {
                d.add(text(lang), text.getBytes(StandardCharsets.UTF_8));
                d.add(keys(lang), encodeBytes(UnitKeys.hashes(keys)));
            } else {
                d.add(text(lang), text);
                d.add(keys(lang), encode(UnitKeys.hashes(keys)));
            }
        });
    }

    static String encode(int[] hashes) {
        StringBuilder sb = new StringBuilder(hashes.length * 9);
        for (int h : hashes) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Integer.toHexString(h));
        }
        return sb.toString();
    }

    /** Key hashes as bytes, 4 each, big-endian (configset tmsh-5 on; {@link MatchProtocol#hashBytes}). */
    static byte[] encodeBytes(int[] hashes) {
        return MatchProtocol.hashBytes(hashes);
    }

    /**
     * The key hashes of a returned field: bytes ({@link #encodeBytes}, tmsh-5 on) or the string of
     * {@link #encode} (the configsets before); null for null.
     */
    static int[] decode(Object v) {
        byte[] b = bytes(v);
        if (b == null) {
            return v == null ? null : decode((String) v);
        }
        if (b.length % 4 != 0) {
            throw new NumberFormatException("not key hashes: " + b.length + " bytes");
        }
        int[] h = new int[b.length / 4];
        for (int i = 0; i < h.length; i++) {
            h[i] = (b[4 * i] & 0xff) << 24 | (b[4 * i + 1] & 0xff) << 16 | (b[4 * i + 2] & 0xff) << 8 | (b[4 * i + 3] & 0xff);
        }
        return h;
    }

    /**
     * A returned text or tuid as a string: UTF-8 bytes (tmsh-5 on) or a string (the configsets before); null for null.
     */
    static String string(Object v) {
        byte[] b = bytes(v);
        return b != null ? new String(b, StandardCharsets.UTF_8) : (String) v;
    }

    /** The bytes of a binary field's value as SolrJ returns it (a byte array or a buffer), or null if it is not one. */
    private static byte[] bytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof java.nio.ByteBuffer buf) {
            byte[] b = new byte[buf.remaining()];
            buf.duplicate().get(b);
            return b;
        }
        return null;
    }

    /**
     * The key hashes {@link #encode} wrote. Read char by char: every candidate of every look-up is
     * decoded, and splitting the string and parsing each part took two thirds of a look-up's CPU time
     * in tmsh (the profile of the Solr look-up benchmark).
     */
    static int[] decode(String s) {
        if (s == null) {
            return null;
        }
        int n = s.isEmpty() ? 0 : 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        int[] v = new int[n];
        int k = 0;
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                v[k++] = h;
                h = 0;
            } else {
                int d = Character.digit(c, 16);
                if (d < 0) {
                    throw new NumberFormatException("not a key hash: " + s);
                }
                h = (h << 4) | d;
            }
        }
        if (n > 0) {
            v[k] = h;
        }
        return v;
    }
}
