package org.tmsh.memory.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.codecs.BlockTermState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The exact stage's walk, term at a time: every unit (in each index segment) that holds at least {@code need} of
 * the query's words and {@code pairNeed} of its word pairs and whose length lies in the window, with how many of
 * each it holds. The same units as Lucene's minimum-should-match query over those lists, found with less work
 * per posting:
 *
 * <ul>
 *   <li>A unit that holds {@code need} of k lists holds one of the k - need + 1 shortest of them (the prefix). The
 *       prefix lists of the group (words or pairs) whose prefix is shorter are read from end to end into a count a
 *       unit (an array over the segment's units, no heap of iterators), which gives the candidates. In a heavy
 *       walk ({@link UnitLengths#wanted}) only the units inside the length window are counted (their lengths from
 *       the segment's {@link UnitLengths} array), so the lists after the prefix work for fewer candidates.</li>
 *   <li>The other lists, shortest first, only count for the candidates: a list much longer than the candidates
 *       left ({@link #advance} times) is not read but advanced to each candidate in turn (its skip data passes over
 *       the rest); a shorter one is read through, counting only the candidates. Before a list longer than the
 *       candidates, those that can no longer reach the needs with the lists still to come are dropped.</li>
 *   <li>Last, for the units that hold enough: deleted units, the filter and the length window (doc values).</li>
 * </ul>
 *
 * Lucene's own query does the same in principle (its disjunction leads with the rarest lists and advances the
 * others), but a unit at a time through a heap of iterators, which at ten million units cost some 100 ns a posting
 * on the slowest look-ups.
 */
final class CountingWalk {

    /** Receives each unit that passes: its doc (of the whole reader), the words and pairs it holds, its length. */
    interface Sink {
        /** False to stop the walk (too many units). */
        boolean add(int doc, int words, int pairs, int length);
    }

    /**
     * A list is advanced to each candidate instead of read through when it holds more than this many times as many
     * units of the segment as there are candidates left (an advance through skip data costs some tens of postings).
     */
    static volatile int advance = Integer.getInteger("tmsh.tm.advance", 16);

    /**
     * The walk of a segment stops reading lists when fewer than one candidate is left for this many lists still to
     * read: each candidate left then holds, as far as the walk tells, every list not read, and the rescorer's
     * bound from its key hashes (a few microseconds) settles it, instead of opening every list in the segment
     * (about a microsecond each). 0: every list is read; negative: none after the prefix ({@code -Dtmsh.tm.stop}; a
     * test sets both).
     */
    static volatile int stop = Integer.getInteger("tmsh.tm.stop", 4);

    /** Postings read and advances made by the last walks on this thread (for the benchmark's trace). */
    static long read;
    static long advanced;

    private static final ThreadLocal<Scratch> SCRATCH = new ThreadLocal<>();

    /** Per-thread arrays over a segment's units, all zero between walks. */
    private static final class Scratch {
        short[] words = new short[0];
        short[] pairs = new short[0];
        FixedBitSet bits = new FixedBitSet(1);
        int[] candidates = new int[0];

        void ensure(int maxDoc) {
            if (words.length < maxDoc) {
                int size = Math.max(maxDoc, words.length * 2);
                words = new short[size];
                pairs = new short[size];
                bits = new FixedBitSet(size);
                candidates = new int[size];
            }
        }
    }

    private CountingWalk() {
    }

    /**
     * Walks the reader's segments. {@code words} and {@code pairs} are terms of {@code field} with their statistics
     * (rarest first or not: each segment orders its own lists); {@code filter} is null or a weight whose matches
     * a unit must be among. When {@code estimate} (the postings the walk is expected to read) is at least
     * {@link #parallel}, half the segments are walked by a helper thread ({@link #split}). Returns false if the sink
     * stopped the walk (or, split, if a half found more than {@code limit} units).
     */
    static boolean walk(IndexReader reader, String field, List<Term> words, List<TermStates> wordStates, List<Term> pairs,
                        List<TermStates> pairStates, int need, int pairNeed, String lengthField, int[] window, Weight filter,
                        long estimate, int limit, Sink sink) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        boolean byLength = UnitLengths.wanted(estimate);
        Slice walk = (slice, to) -> walk(slice, field, words, wordStates, pairs, pairStates, need, pairNeed, lengthField,
                window, filter, byLength, to);
        if (parallel < 0 || estimate < parallel || leaves.size() < 2) {
            return walk.run(leaves, sink);
        }
        return split(leaves, walk, limit, sink);
    }

    /** A walk of some of the segments into a sink. */
    private interface Slice {
        boolean run(List<LeafReaderContext> leaves, Sink sink) throws IOException;
    }

    /**
     * The estimated postings from which one look-up's walk takes both cores: half its segments (every second one)
     * walked by a helper thread, each thread with its own count arrays ({@code -Dtmsh.tm.parallel}; -1: never, 0:
     * always). A test lowers it.
     */
    static volatile long parallel = Long.getLong("tmsh.tm.parallel", 200_000);

    /** The one helper thread the look-ups share (a daemon: it never keeps the JVM alive). */
    private static final ExecutorService HELPER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tmsh-walk");
        t.setDaemon(true);
        return t;
    });

    /**
     * Whether a split walk hands its segments out one at a time to whichever of the two threads is free (the
     * default), or gives every second segment to the helper from the start ({@code -Dtmsh.tm.share=false}, the
     * split before). A test switches it.
     */
    static volatile boolean share = !"false".equals(System.getProperty("tmsh.tm.share"));

    /**
     * Both threads on one walk, each into its own buffer, then both buffers handed to the sink.
     *
     * <p>Shared ({@link #share}): the segments, largest first, are taken one at a time by this thread and the helper
     * from one counter. When this thread finds none left, it waits only for the one segment the helper may be
     * walking, never for a helper that has not started (busy with another look-up's walk, or not yet given a core),
     * and the two halves even out whatever each segment costs. A fixed split (every second segment each) left this
     * thread waiting for the helper's whole half when that half was the dearer or the helper started late.
     *
     * <p>Not shared: every second segment walked by the helper thread while this thread walks the others. If the
     * helper has not started the other half when this thread is done, this thread takes it back and walks it
     * itself: a look-up never waits for a queue, so with many searchers it costs what the walk on one thread does.
     */
    private static boolean split(List<LeafReaderContext> leaves, Slice walk, int limit, Sink sink) throws IOException {
        if (share) {
            return shared(leaves, walk, limit, sink);
        }
        List<LeafReaderContext> mine = new ArrayList<>();
        List<LeafReaderContext> theirs = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            (i % 2 == 0 ? mine : theirs).add(leaves.get(i));
        }
        Buffer own = new Buffer(limit);
        Buffer other = new Buffer(limit);
        AtomicBoolean taken = new AtomicBoolean();
        Future<Boolean> helped = HELPER.submit(() -> taken.compareAndSet(false, true) ? walk.run(theirs, other) : null);
        boolean ok = walk.run(mine, own);
        boolean otherOk;
        if (taken.compareAndSet(false, true)) {
            helped.cancel(false);
            otherOk = walk.run(theirs, other);
        } else {
            otherOk = join(helped);
        }
        return ok && otherOk && own.drain(sink) && other.drain(sink);
    }

    /** The segments handed out one at a time to this thread and the helper ({@link #split}, shared). */
    private static boolean shared(List<LeafReaderContext> leaves, Slice walk, int limit, Sink sink) throws IOException {
        LeafReaderContext[] order = leaves.toArray(new LeafReaderContext[0]);
        Arrays.sort(order, (a, b) -> Integer.compare(b.reader().maxDoc(), a.reader().maxDoc()));
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean helperIn = new AtomicBoolean();
        Buffer own = new Buffer(limit);
        Buffer other = new Buffer(limit);
        Future<Boolean> helped = HELPER.submit(() -> {
            helperIn.set(true); // before its first claim: a claim this thread's last one did not see is one it waits for
            return take(order, next, walk, other);
        });
        boolean ok;
        try {
            ok = take(order, next, walk, own);
        } catch (IOException | RuntimeException | Error e) {
            next.set(order.length); // the helper takes no further segment
            throw e;
        }
        // every segment is taken: wait for the helper only if it took some (it is then on its last, or done)
        boolean otherOk = !helperIn.get() || join(helped);
        if (!helperIn.get()) {
            helped.cancel(false);
        }
        return ok && otherOk && own.drain(sink) && other.drain(sink);
    }

    /** Walks segments of {@code order} taken from {@code next} until none is left or the buffer is full. */
    private static boolean take(LeafReaderContext[] order, AtomicInteger next, Slice walk, Buffer into) throws IOException {
        for (int i = next.getAndIncrement(); i < order.length; i = next.getAndIncrement()) {
            if (!walk.run(List.of(order[i]), into)) {
                next.set(order.length); // too many units: the stage goes to its pages, the other thread stops too
                return false;
            }
        }
        return true;
    }

    /** The helper's answer, waited for. */
    private static boolean join(Future<Boolean> helped) throws IOException {
        try {
            Boolean ok = helped.get();
            return ok == null || ok;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the helper walked", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The units one half of a split walk found, kept until both halves are done. */
    private static final class Buffer implements Sink {
        private final int limit;
        private int[] units = new int[256];
        private int size;

        Buffer(int limit) {
            this.limit = limit;
        }

        @Override
        public boolean add(int doc, int words, int pairs, int length) {
            if (size / 4 >= limit) {
                return false;
            }
            if (size == units.length) {
                units = Arrays.copyOf(units, size * 2);
            }
            units[size++] = doc;
            units[size++] = words;
            units[size++] = pairs;
            units[size++] = length;
            return true;
        }

        boolean drain(Sink sink) {
            for (int i = 0; i < size; i += 4) {
                if (!sink.add(units[i], units[i + 1], units[i + 2], units[i + 3])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean walk(List<LeafReaderContext> leaves, String field, List<Term> words, List<TermStates> wordStates,
                                List<Term> pairs, List<TermStates> pairStates, int need, int pairNeed, String lengthField,
                                int[] window, Weight filter, boolean byLength, Sink sink) throws IOException {
        Scratch s = SCRATCH.get();
        if (s == null) {
            s = new Scratch();
        }
        SCRATCH.remove(); // taken: an exception leaves the arrays dirty, so only a clean walk puts them back
        for (LeafReaderContext ctx : leaves) {
            if (!segment(ctx, field, words, wordStates, pairs, pairStates, need, pairNeed, lengthField, window, filter,
                    byLength, sink, s)) {
                SCRATCH.set(s);
                return false;
            }
        }
        SCRATCH.set(s);
        return true;
    }

    /**
     * One list of a segment: its term and state there (its postings are opened only if it is read, into one
     * reused enum: a look-up of 50 words and pairs in 150 segments opened 7,500 enums), its length there, and
     * whether it is a pair.
     */
    private record Posting(BytesRef term, TermState state, int docFreq, boolean pair) {

        PostingsEnum open(TermsEnum te, PostingsEnum reuse) throws IOException {
            te.seekExact(term, state);
            return te.postings(reuse, PostingsEnum.NONE);
        }
    }

    private static boolean segment(LeafReaderContext ctx, String field, List<Term> words, List<TermStates> wordStates,
                                   List<Term> pairs, List<TermStates> pairStates, int need, int pairNeed, String lengthField,
                                   int[] window, Weight filter, boolean byLength, Sink sink, Scratch s)
            throws IOException {
        Terms terms = ctx.reader().terms(field);
        if (terms == null) {
            return true;
        }
        TermsEnum te = terms.iterator();
        List<Posting> wordLists = lists(ctx, te, words, wordStates, false);
        if (wordLists.size() < need) {
            return true;
        }
        List<Posting> pairLists = pairNeed > 0 || !pairs.isEmpty() ? lists(ctx, te, pairs, pairStates, true) : List.of();
        if (pairLists.size() < pairNeed) {
            return true;
        }
        int maxDoc = ctx.reader().maxDoc();
        s.ensure(maxDoc);
        short[] wc = s.words;
        short[] pc = s.pairs;
        FixedBitSet bits = s.bits;

        // the prefix of the group whose prefix is shorter gives the candidates
        int wordPrefix = wordLists.size() - need + 1;
        long wordCost = cost(wordLists, wordPrefix);
        boolean byPairs = false;
        int pairPrefix = 0;
        if (pairNeed > 0) {
            pairPrefix = pairLists.size() - pairNeed + 1;
            byPairs = cost(pairLists, pairPrefix) < wordCost;
        }
        List<Posting> first = byPairs ? pairLists.subList(0, pairPrefix) : wordLists.subList(0, wordPrefix);
        List<Posting> rest = new ArrayList<>(byPairs ? pairLists.subList(pairPrefix, pairLists.size())
                : wordLists.subList(wordPrefix, wordLists.size()));
        rest.addAll(byPairs ? wordLists : pairLists);
        rest.sort((a, b) -> Integer.compare(a.docFreq, b.docFreq));
        int wordsLeft = byPairs ? wordLists.size() : wordLists.size() - wordPrefix;
        int pairsLeft = byPairs ? pairLists.size() - pairPrefix : pairLists.size();

        short[] counts = byPairs ? pc : wc;
        // units outside the length window never reach the bar: with the lengths at hand they are not counted at all,
        // so the lists after the prefix count (or advance to) only the units that can
        byte[] lengths = byLength ? UnitLengths.of(ctx.reader(), lengthField) : null;
        int low = window[0];
        int high = window[1];
        PostingsEnum pe = null;
        for (Posting p : first) {
            pe = p.open(te, pe);
            if (lengths == null) {
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    counts[d]++;
                    bits.set(d);
                }
            } else {
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (UnitLengths.in(lengths[d], low, high)) {
                        counts[d]++;
                        bits.set(d);
                    }
                }
            }
            if (FuzzySearch.TRACE) {
                read += p.docFreq;
            }
        }
        int[] cand = s.candidates;
        int n = 0;
        for (int d = bits.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS; d = d + 1 < maxDoc ? bits.nextSetBit(d + 1)
                : DocIdSetIterator.NO_MORE_DOCS) {
            cand[n++] = d;
        }

        try {
            for (int r = 0; r < rest.size(); r++) {
                Posting p = rest.get(r);
                if (n == 0 || (stop != 0 && (long) n * stop < rest.size() - r)) {
                    // few candidates and many lists: the lists not read count as held (an upper bound, which the
                    // rescorer's key-hash bound and score then settle) instead of opening each list for them
                    break;
                }
                short[] c = p.pair ? pc : wc;
                pe = p.open(te, pe);
                if (n < p.docFreq) {
                    // drop the candidates that cannot reach the needs with the lists still to come (this one
                    // included): cheaper than the list, and the fewer are left, the likelier the list is only advanced
                    int kept = 0;
                    for (int i = 0; i < n; i++) {
                        int d = cand[i];
                        if (wc[d] + wordsLeft >= need && pc[d] + pairsLeft >= pairNeed) {
                            cand[kept++] = d;
                        } else {
                            wc[d] = 0;
                            pc[d] = 0;
                            bits.clear(d);
                        }
                    }
                    n = kept;
                }
                if ((long) n * advance < p.docFreq) {
                    for (int i = 0; i < n; i++) {
                        int d = cand[i];
                        int at = pe.docID();
                        if (at < d) {
                            at = pe.advance(d);
                            if (FuzzySearch.TRACE) {
                                advanced++;
                            }
                            if (at == DocIdSetIterator.NO_MORE_DOCS) {
                                break;
                            }
                        }
                        if (at == d) {
                            c[d]++;
                        }
                    }
                } else {
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (bits.get(d)) {
                            c[d]++;
                        }
                    }
                    if (FuzzySearch.TRACE) {
                read += p.docFreq;
            }
                }
                if (p.pair) {
                    pairsLeft--;
                } else {
                    wordsLeft--;
                }
            }

            Bits live = ctx.reader().getLiveDocs();
            NumericDocValues length = ctx.reader().getNumericDocValues(lengthField);
            Accept accept = filter == null ? null : Accept.of(filter, ctx);
            if (length == null || (filter != null && accept == null)) {
                return true;
            }
            for (int i = 0; i < n; i++) {
                int d = cand[i];
                int w = wc[d] + wordsLeft;
                int pp = pc[d] + pairsLeft;
                if (w >= need && pp >= pairNeed && (live == null || live.get(d)) && length.advanceExact(d)) {
                    long len = length.longValue();
                    if (len >= window[0] && len <= window[1] && (accept == null || accept.test(d))
                            && !sink.add(ctx.docBase + d, w, pp, (int) len)) {
                        return false;
                    }
                }
            }
            return true;
        } finally {
            for (int i = 0; i < n; i++) {
                int d = cand[i];
                wc[d] = 0;
                pc[d] = 0;
            }
            bits.clear(0, maxDoc);
        }
    }

    /** The sum of the first {@code k} lists' lengths. */
    private static long cost(List<Posting> lists, int k) {
        long sum = 0;
        for (int i = 0; i < k; i++) {
            sum += lists.get(i).docFreq;
        }
        return sum;
    }

    /** The terms' lists in the segment (those it holds), shortest first. */
    private static List<Posting> lists(LeafReaderContext ctx, TermsEnum te, List<Term> terms, List<TermStates> states,
                                       boolean pair) throws IOException {
        List<Posting> out = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            TermState st = states.get(i).get(ctx);
            if (st == null) {
                continue;
            }
            int docFreq;
            if (st instanceof BlockTermState b) {
                docFreq = b.docFreq;
            } else {
                te.seekExact(terms.get(i).bytes(), st);
                docFreq = te.docFreq();
            }
            out.add(new Posting(terms.get(i).bytes(), st, docFreq, pair));
        }
        Posting[] sorted = out.toArray(new Posting[0]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.docFreq, b.docFreq));
        return Arrays.asList(sorted);
    }

    /** A filter's matches in one segment, asked in doc order. */
    private record Accept(DocIdSetIterator approximation, TwoPhaseIterator twoPhase) {

        static Accept of(Weight filter, LeafReaderContext ctx) throws IOException {
            Scorer scorer = filter.scorer(ctx);
            if (scorer == null) {
                return null;
            }
            TwoPhaseIterator tp = scorer.twoPhaseIterator();
            return new Accept(tp == null ? scorer.iterator() : tp.approximation(), tp);
        }

        boolean test(int doc) throws IOException {
            int at = approximation.docID();
            if (at < doc) {
                at = approximation.advance(doc);
            }
            return at == doc && (twoPhase == null || twoPhase.matches());
        }
    }
}
