package org.tmsh.memory.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The look-up's probe, term at a time: the units that hold most of the query's rarest words and word pairs. The
 * probe's only job is to raise the exact stage's bar early (that stage still finds every unit that can reach the
 * bar), so it reads only the rarest lists, up to a budget of postings ({@link #budget}) and at most {@link #maxTerms}
 * lists, into a count a unit (an array over each segment's units, as {@link CountingWalk} counts), and hands the
 * {@code k} best-counted units (among equal counts, those closest to the query's length) to the rescorer.
 *
 * <p>Replaces a BM25 top-k query over every word pair and the not very common words, which at ten million units
 * walked the common pairs' lists in every segment (20-40 ms of the slowest look-ups) for a bar that the rarest
 * lists give as well: a near-duplicate of the query holds nearly all of them.
 */
final class CountingProbe {

    /** The most postings the probe reads (its lists are taken rarest first until the next would pass it). */
    static volatile int budget = Integer.getInteger("tmsh.tm.probeBudget", 32_768);
    /** The most lists the probe reads (each costs an open in every segment that holds it). */
    static volatile int maxTerms = Integer.getInteger("tmsh.tm.probeTerms", 24);

    /**
     * What the probe found: the units to check ({@code score}: the lists each holds), whether they are every
     * unit that holds one of the lists read ({@code all}), and which of the terms it read ({@code read[i]}, in
     * the order given).
     */
    record Found(ScoreDoc[] hits, boolean all, boolean[] read) {
    }

    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[0]);
    /**
     * The counted units' docs and counts, kept for the thread's next probe (grown anew for every look-up, they were
     * most of a look-up's allocation at ten million units: up to the budget's 32,768 units, twice); arrays grown past
     * {@link #KEEP} are not kept.
     */
    private static final ThreadLocal<int[][]> UNITS = ThreadLocal.withInitial(() -> new int[][] {new int[256], new int[256]});
    private static final int KEEP = 1 << 17;
    /** Whether the probe keeps those arrays ({@code -Dtmsh.tm.probeReuse=false}: new ones a look-up, as before). */
    static volatile boolean reuse = !"false".equals(System.getProperty("tmsh.tm.probeReuse"));

    private CountingProbe() {
    }

    /**
     * The {@code k} units holding most of the rarest of {@code terms} (terms of {@code field}, with their
     * statistics in the reader) among the live units, ties broken by closeness of their length ({@code
     * lengthField}) to {@code n} tokens. Every unit is counted, whatever its length: counting only those inside the
     * minimum's length window ({@link UnitLengths}) was tried and taken out (docs/memory-performance.md: it found a
     * unit at the minimum more often, but its best-counted units, all near the query's length, cost the rescorer
     * more than the BM25 probe it spared). {@code scope}: null, or a weight whose matches a unit must be among (the TM's
     * units in a Solr collection that holds several; the counts of a segment's units outside it are dropped before
     * the best are taken). {@code inScope}: null, or the same units as bits over the whole reader's docs (a Solr
     * filter cache's set), which the probe then asks for each posting instead (no per-segment pass).
     */
    static Found probe(IndexReader reader, String field, List<BytesRef> terms, List<TermStates> states, String lengthField,
                       int n, int k, Weight scope, Bits inScope) throws IOException {
        Integer[] order = new Integer[terms.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> states.get(i).docFreq()));
        boolean[] read = new boolean[terms.size()];
        List<Integer> chosen = new ArrayList<>();
        long sum = 0;
        for (int i : order) {
            int df = states.get(i).docFreq();
            if (df == 0) {
                read[i] = true; // no unit holds it: read in effect
                continue;
            }
            if (chosen.size() >= maxTerms || (!chosen.isEmpty() && sum + df > budget)) {
                break;
            }
            chosen.add(i);
            read[i] = true;
            sum += df;
        }
        int units = Math.max(1, reader.numDocs());
        int[] weight = new int[terms.size()];
        for (int i : chosen) {
            // the rarer, the heavier: idf in sixteenths
            weight[i] = (int) Math.round(16 * Math.log1p((double) units / states.get(i).docFreq()));
        }
        int[][] kept = reuse ? UNITS.get() : new int[][] {new int[256], new int[256]};
        int[] docs = kept[0];
        int[] counts = kept[1];
        int size = 0;
        PostingsEnum pe = null;
        for (LeafReaderContext ctx : reader.leaves()) {
            Terms t = ctx.reader().terms(field);
            if (t == null) {
                continue;
            }
            int maxDoc = ctx.reader().maxDoc();
            int[] c = COUNTS.get();
            if (c.length < maxDoc) {
                c = new int[Math.max(maxDoc, c.length * 2)];
                COUNTS.set(c);
            }
            Bits live = ctx.reader().getLiveDocs();
            TermsEnum te = null;
            int from = size;
            try {
                for (int i : chosen) {
                    TermState st = states.get(i).get(ctx);
                    if (st == null) {
                        continue;
                    }
                    if (te == null) {
                        te = t.iterator();
                    }
                    te.seekExact(terms.get(i), st);
                    pe = te.postings(pe, PostingsEnum.NONE);
                    int w = weight[i];
                    int base = ctx.docBase;
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if ((live != null && !live.get(d)) || (inScope != null && !inScope.get(base + d))) {
                            continue;
                        }
                        int was = c[d];
                        c[d] = was + w;
                        if (was == 0) {
                            if (size == docs.length) {
                                docs = Arrays.copyOf(docs, size * 2);
                                counts = Arrays.copyOf(counts, size * 2);
                            }
                            docs[size++] = d;
                        }
                    }
                }
            } finally {
                for (int j = from; j < size; j++) {
                    int d = docs[j];
                    counts[j] = c[d];
                    c[d] = 0;
                    docs[j] = ctx.docBase + d;
                }
            }
            if (scope != null && inScope == null && size > from) {
                size = from + inScope(scope, ctx, docs, counts, from, size);
            }
        }
        if (docs.length <= KEEP) {
            kept[0] = docs;
            kept[1] = counts;
        }
        return new Found(best(reader, docs, counts, size, lengthField, n, k), size <= k, read);
    }

    /**
     * Keeps, of the segment's counted units {@code docs[from..size)} (docs of the whole reader), those the scope's
     * weight matches, compacted at {@code from}; returns how many. The scope is asked in doc order (a bit set over
     * the segment's units gives the order).
     */
    private static int inScope(Weight scope, LeafReaderContext ctx, int[] docs, int[] counts, int from, int size)
            throws IOException {
        Scorer scorer = scope.scorer(ctx);
        if (scorer == null) {
            return 0;
        }
        int maxDoc = ctx.reader().maxDoc();
        FixedBitSet in = new FixedBitSet(maxDoc);
        DocIdSetIterator it = scorer.iterator();
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator approximation = twoPhase == null ? it : twoPhase.approximation();
        FixedBitSet counted = new FixedBitSet(maxDoc);
        for (int j = from; j < size; j++) {
            counted.set(docs[j] - ctx.docBase);
        }
        for (int d = counted.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < maxDoc ? counted.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            int at = approximation.docID();
            if (at < d) {
                at = approximation.advance(d);
            }
            if (at == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            if (at == d && (twoPhase == null || twoPhase.matches())) {
                in.set(d);
            }
        }
        int kept = 0;
        for (int j = from; j < size; j++) {
            if (in.get(docs[j] - ctx.docBase)) {
                docs[from + kept] = docs[j];
                counts[from + kept] = counts[j];
                kept++;
            }
        }
        return kept;
    }

    /** The {@code k} units of the highest counts; at the lowest count taken, those closest in length to {@code n}. */
    private static ScoreDoc[] best(IndexReader reader, int[] docs, int[] counts, int size, String lengthField, int n,
                                   int k) throws IOException {
        if (size <= k) {
            ScoreDoc[] all = new ScoreDoc[size];
            for (int j = 0; j < size; j++) {
                all[j] = new ScoreDoc(docs[j], counts[j]);
            }
            return all;
        }
        int top = 0;
        for (int j = 0; j < size; j++) {
            top = Math.max(top, counts[j]);
        }
        int[] histogram = new int[top + 1];
        for (int j = 0; j < size; j++) {
            histogram[counts[j]]++;
        }
        int cut = top;
        int above = 0;
        while (cut > 0 && above + histogram[cut] < k) {
            above += histogram[cut];
            cut--;
        }
        List<ScoreDoc> out = new ArrayList<>(k);
        // the units at the cut, by closeness of length (doc values, read in doc order); at most 8k of them
        int[] tied = new int[Math.min(histogram[cut], 8 * k)];
        int t = 0;
        for (int j = 0; j < size; j++) {
            if (counts[j] > cut) {
                out.add(new ScoreDoc(docs[j], counts[j]));
            } else if (counts[j] == cut && t < tied.length) {
                tied[t++] = docs[j];
            }
        }
        Arrays.sort(tied, 0, t);
        long[] keyed = new long[t];
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = -1;
        NumericDocValues length = null;
        for (int j = 0; j < t; j++) {
            int doc = tied[j];
            int l = ReaderUtil.subIndex(doc, leaves);
            if (l != leaf) {
                leaf = l;
                length = leaves.get(l).reader().getNumericDocValues(lengthField);
            }
            int local = doc - leaves.get(l).docBase;
            long distance = length != null && length.advanceExact(local) ? Math.abs(length.longValue() - n) : Integer.MAX_VALUE;
            keyed[j] = (distance << 32) | doc;
        }
        Arrays.sort(keyed);
        for (int j = 0; j < t && out.size() < k; j++) {
            out.add(new ScoreDoc((int) keyed[j], cut));
        }
        return out.toArray(new ScoreDoc[0]);
    }
}
