package org.tmsh.memory.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

import org.tmsh.formats.tmx.TmxUnit;

/**
 * Every unit of an embedded TM in the order of import: its tuid and {@code <tu>} from stored
 * fields, its texts from doc values. Holds 8 bytes a unit to sort them into that order.
 */
final class LuceneUnits {

    private LuceneUnits() {
    }

    /**
     * Calls {@code action} with every unit in the order of import; returns how many units could not
     * be read (a damaged store: their stored fields fail, or do not hold a {@code <tu>}) and were
     * left out, so that an export saves what can still be read.
     */
    static long forEach(DirectoryReader r, List<String> langs, Consumer<TmxUnit> action) throws IOException {
        return forEach(r, langs, (doc, seq, u) -> action.accept(u));
    }

    /** A unit with its document number in the reader and its position in the order of import (its id). */
    @FunctionalInterface
    interface DocAction {
        void accept(int doc, long seq, TmxUnit unit);
    }

    /** As {@link #forEach(DirectoryReader, List, Consumer)}, with each unit's document and position. */
    static long forEach(DirectoryReader r, List<String> langs, DocAction action) throws IOException {
        long[] order = new long[r.numDocs()];
        int k = 0;
        for (LeafReaderContext ctx : r.leaves()) {
            LeafReader lr = ctx.reader();
            Bits live = lr.getLiveDocs();
            NumericDocValues seq = lr.getNumericDocValues(TmSchema.SEQ);
            for (int d = 0; d < lr.maxDoc(); d++) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                long s = seq != null && seq.advanceExact(d) ? seq.longValue() : Integer.MAX_VALUE;
                order[k++] = s << 32 | (ctx.docBase + d);
            }
        }
        Arrays.sort(order, 0, k);
        long unreadable = 0;
        StoredFields sf = r.storedFields();
        Set<String> stored = Set.of(TmSchema.XML, TmSchema.TUID);
        BinaryDocValues[][] texts = new BinaryDocValues[r.leaves().size()][langs.size()];
        for (int i = 0; i < k; i++) {
            int doc = (int) (order[i] & 0xFFFFFFFFL);
            int li = ReaderUtil.subIndex(doc, r.leaves());
            LeafReaderContext ctx = r.leaves().get(li);
            int local = doc - ctx.docBase;
            List<TmxUnit.Variant> variants = new ArrayList<>(langs.size());
            Document d;
            try {
                for (int l = 0; l < langs.size(); l++) {
                    BinaryDocValues dv = texts[li][l];
                    if (dv == null || dv.docID() >= local) {
                        // doc values only move forward: a fresh iterator when the order goes back
                        dv = ctx.reader().getBinaryDocValues(TmSchema.text(langs.get(l)));
                        texts[li][l] = dv;
                    }
                    if (dv != null && dv.advanceExact(local)) {
                        variants.add(new TmxUnit.Variant(langs.get(l), dv.binaryValue().utf8ToString()));
                    }
                }
                d = sf.document(doc, stored);
            } catch (IOException | RuntimeException e) {
                unreadable++;
                java.util.Arrays.fill(texts[li], null); // start the leaf's iterators afresh
                continue;
            }
            String xml = d.get(TmSchema.XML);
            if (xml == null || !xml.startsWith("<tu") || !xml.endsWith("</tu>")) {
                unreadable++;
                continue;
            }
            action.accept(doc, order[i] >>> 32, new TmxUnit(d.get(TmSchema.TUID), variants, xml));
        }
        return unreadable;
    }

    /** The unit of document {@code doc} (texts from doc values, {@code <tu>} from stored fields), or null if unreadable. */
    static TmxUnit read(DirectoryReader r, List<String> langs, int doc) throws IOException {
        LeafReaderContext ctx = r.leaves().get(ReaderUtil.subIndex(doc, r.leaves()));
        int local = doc - ctx.docBase;
        List<TmxUnit.Variant> variants = new ArrayList<>(langs.size());
        for (String l : langs) {
            BinaryDocValues dv = ctx.reader().getBinaryDocValues(TmSchema.text(l));
            if (dv != null && dv.advanceExact(local)) {
                variants.add(new TmxUnit.Variant(l, dv.binaryValue().utf8ToString()));
            }
        }
        Document d = r.storedFields().document(doc, Set.of(TmSchema.XML, TmSchema.TUID));
        String xml = d.get(TmSchema.XML);
        return xml == null ? null : new TmxUnit(d.get(TmSchema.TUID), variants, xml);
    }

    /** The position in the order of import (the unit's id) of document {@code doc}, or -1. */
    static long seq(DirectoryReader r, int doc) throws IOException {
        LeafReaderContext ctx = r.leaves().get(ReaderUtil.subIndex(doc, r.leaves()));
        NumericDocValues seq = ctx.reader().getNumericDocValues(TmSchema.SEQ);
        return seq != null && seq.advanceExact(doc - ctx.docBase) ? seq.longValue() : -1;
    }
}
