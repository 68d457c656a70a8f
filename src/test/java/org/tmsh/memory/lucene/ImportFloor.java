package org.tmsh.memory.lucene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.FSDirectory;

import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.UnitSource;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.UnitKeys;

/**
 * Where the floor of an embedded import lies (docs/design.md, "The embedded memory inside"): on one
 * thread, the CPU time of each stage of an import measured apart, the units held in memory so
 * that reading is not counted twice: parsing the TMX; tokenizing (the keys); Lucene inverting and
 * writing the word terms alone (documents of nothing but the {@code w.L} fields); the whole
 * document of {@link TmSchema} (stored {@code <tu>}, doc values), by Lucene's indexing and by
 * {@link MemorySegment} as the import writes it. Not a test.
 *
 * <p>Arguments: TMX, work folder, RAM buffer in MB (48: what each of the import's two threads gets), how many
 * units at most. Each word-terms-only pass runs twice (the second counts), so that the JIT warms up.
 */
public final class ImportFloor {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path tmx = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int ramMb = args.length > 2 ? Integer.parseInt(args[2]) : 48;
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        Tokenizer tok = Tokenizer.standard();
        long t = CPU.getCurrentThreadCpuTime();
        List<TmxUnit> units = new ArrayList<>();
        try (UnitSource in = org.tmsh.memory.UnitSources.open(tmx, null, null)) {
            TmxUnit u;
            while (units.size() < limit && (u = in.next()) != null) {
                units.add(u);
            }
        }
        double parse = secs(t);
        t = CPU.getCurrentThreadCpuTime();
        List<List<String>[]> keys = new ArrayList<>(units.size());
        List<String> langs = new ArrayList<>();
        long terms = 0;
        for (TmxUnit u : units) {
            List<List<String>> k = new ArrayList<>();
            UnitKeys.forEachLanguage(u, tok, (lang, text, ks, numbers) -> {
                k.add(ks);
                if (!langs.contains(lang)) {
                    langs.add(lang);
                }
            });
            @SuppressWarnings("unchecked")
            List<String>[] a = k.toArray(new List[0]);
            keys.add(a);
            for (List<String> ks : a) {
                terms += 2L * ks.size() - 1;
            }
        }
        double tokenize = secs(t);
        double[] words = new double[3];
        for (int format : new int[] {IndexTerms.HASHED_PAIRS, IndexTerms.TEXT_PAIRS, IndexTerms.HASHED_PAIRS, IndexTerms.TEXT_PAIRS}) {
            words[format] = index(work.resolve("words"), ramMb, units.size(), i -> {
                Document d = new Document();
                List<String>[] k = keys.get(i);
                for (int l = 0; l < k.length; l++) {
                    d.add(new Field(TmSchema.words(langs.get(l)), new TermStream(k[l], List.of(), format), wordsType()));
                }
                return d;
            });
        }
        Docs wholeDocs = i -> TmSchema.document(units.get(i), UnitKeys.dupKey(units.get(i)), tok, i, IndexTerms.CURRENT);
        double whole = index(work.resolve("whole"), ramMb, units.size(), wholeDocs);
        double segments = bySegments(work.resolve("segments"), units.size(), wholeDocs);
        int n = units.size();
        System.out.printf(Locale.ROOT, "%,d units, %,d word and pair terms (%.1f a unit), RAM buffer %d MB, one thread%n",
                n, terms, (double) terms / n, ramMb);
        row("parse TMX", parse, n);
        row("tokenize (keys)", tokenize, n);
        row("Lucene: word terms only, text pairs", words[IndexTerms.TEXT_PAIRS], n);
        System.out.printf(Locale.ROOT, "  = %.0f ns a term%n", words[IndexTerms.TEXT_PAIRS] * 1e9 / terms);
        row("Lucene: word terms only, hashed pairs", words[IndexTerms.HASHED_PAIRS], n);
        System.out.printf(Locale.ROOT, "  = %.0f ns a term%n", words[IndexTerms.HASHED_PAIRS] * 1e9 / terms);
        row("whole documents (tokenizing again)", whole, n);
        row("whole documents, MemorySegment", segments, n);
    }

    /** The same documents as the import writes them: inverted in batches, each added as a segment. */
    private static double bySegments(Path dir, int n, Docs docs) throws Exception {
        clear(dir);
        IndexWriterConfig cfg = new IndexWriterConfig();
        cfg.setMergePolicy(NoMergePolicy.INSTANCE);
        cfg.setMergeScheduler(new CallerMergeScheduler());
        cfg.setUseCompoundFile(false);
        long t = CPU.getCurrentThreadCpuTime();
        try (FSDirectory fs = FSDirectory.open(dir); IndexWriter w = new IndexWriter(fs, cfg)) {
            MemorySegment s = new MemorySegment();
            for (int i = 0; i < n; i++) {
                s.add(docs.doc(i));
                if (s.size() == LuceneImport.SEGMENT_UNITS || i == n - 1) {
                    w.addIndexes(s.reader());
                    s = new MemorySegment();
                }
            }
            w.commit();
        }
        return secs(t);
    }

    private static void clear(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static org.apache.lucene.document.FieldType wordsType() {
        org.apache.lucene.document.FieldType f = new org.apache.lucene.document.FieldType();
        f.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
        f.setOmitNorms(true);
        f.setTokenized(true);
        return f;
    }

    private interface Docs {
        Document doc(int i) throws Exception;
    }

    private static double index(Path dir, int ramMb, int n, Docs docs)
            throws Exception {
        clear(dir);
        IndexWriterConfig cfg = new IndexWriterConfig();
        cfg.setRAMBufferSizeMB(ramMb);
        cfg.setMergePolicy(NoMergePolicy.INSTANCE);
        cfg.setUseCompoundFile(false);
        long t = CPU.getCurrentThreadCpuTime();
        try (FSDirectory fs = FSDirectory.open(dir); IndexWriter w = new IndexWriter(fs, cfg)) {
            for (int i = 0; i < n; i++) {
                w.addDocument(docs.doc(i));
            }
            w.commit();
        }
        return secs(t);
    }

    private static double secs(long since) {
        return (CPU.getCurrentThreadCpuTime() - since) / 1e9;
    }

    private static void row(String what, double s, int n) {
        System.out.printf(Locale.ROOT, "%-36s %7.1f s CPU  %6.1f us a unit%n", what, s, s * 1e6 / n);
    }
}
