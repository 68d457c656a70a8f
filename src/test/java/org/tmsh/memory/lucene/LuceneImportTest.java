package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.ImportReport;

/** The import's bulk path: a unit repeated in one input keeps its last copy, as an update by key would. */
class LuceneImportTest {

    @TempDir
    Path dir;

    @Test
    void aThreadsSegmentIsSizedToTheHeapSoThatAnImportStreamsInASmallOne() {
        long mb = 1L << 20;
        assertEquals(LuceneImport.SEGMENT_BYTES, LuceneImport.segmentBytes(2, 1024 * mb), "a heap of 1 GB keeps 96 MB");
        assertEquals(LuceneImport.SEGMENT_BYTES, LuceneImport.segmentBytes(2, 6144 * mb));
        assertEquals(28 * mb, LuceneImport.segmentBytes(2, 256 * mb), "256 MB: (256 - 32) / 8 a thread");
        assertEquals(56 * mb, LuceneImport.segmentBytes(1, 256 * mb));
        assertEquals(4 * mb, LuceneImport.segmentBytes(2, 48 * mb), "never below 4 MB");
    }

    @Test
    void aUnitRepeatedInOneFileKeepsItsLastCopyAtItsLastPosition() throws Exception {
        Path f = dir.resolve("repeats.tmx");
        List<String> expected = new ArrayList<>();
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            for (int i = 0; i < 5000; i++) {
                // every unit of 0..99 comes back at 1000+i and at 3000+i; the others are new
                int k = i >= 3000 && i < 3100 ? i - 3000 : i >= 1000 && i < 1100 ? i - 1000 : i;
                w.unit("t" + i, "Sentence " + word(k) + " of the import test.", "Satz " + word(k) + " des Importtests.", Map.of());
            }
        }
        for (int i = 0; i < 5000; i++) {
            if (!(i < 100 || i >= 1000 && i < 1100)) {
                expected.add("t" + i);
            }
        }
        try (LuceneMemory tm = new LuceneMemory("rep", dir.resolve("rep"))) {
            ImportReport r = tm.importTmx(f, Progress.NONE);
            assertEquals(5000, r.read());
            assertEquals(4800, r.added());
            assertEquals(200, r.duplicates());
            List<String> tuids = new ArrayList<>();
            tm.forEachUnit(u -> tuids.add(u.tuid()));
            assertEquals(expected, tuids, "the last copy of each unit, in the order of the last copies");
            assertEquals("t3007", tm.search("Sentence " + word(7) + " of the import test.", "en", "de", 100, 5).get(0).tuid());
        }
    }

    @Test
    void manySmallImportsLeaveFewSegments() throws Exception {
        try (LuceneMemory tm = new LuceneMemory("small", dir.resolve("small"))) {
            for (int i = 0; i < 30; i++) {
                Path f = dir.resolve("small-" + i + ".tmx");
                try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
                    for (int j = 0; j < 40; j++) {
                        w.unit("s" + i + "-" + j, "Import " + word(i) + " unit " + word(j) + ".",
                                "Import " + word(i) + " Einheit " + word(j) + ".", Map.of());
                    }
                }
                tm.importTmx(f, Progress.NONE);
            }
            try (DirectoryReader r = DirectoryReader.open(tm.directory())) {
                assertEquals(1200, r.numDocs());
                assertTrue(r.leaves().size() <= 12, r.leaves().size() + " segments after 30 imports");
            }
            assertEquals("s29-3", tm.search("Import " + word(29) + " unit " + word(3) + ".", "en", "de", 100, 1)
                    .get(0).tuid());
        }
    }

    @Test
    void earlierCopiesAreDeletedByTermWhenNoMergeIntervenes() throws Exception {
        // each segment's keys looked up one by one, and walked beside the sorted keys
        for (int walkRatio : new int[] {0, 1000}) {
            assertEquals(Map.of("k1", List.of(2L), "k2", List.of(4L), "other", List.of(3L)),
                    afterDelete(NoMergePolicy.INSTANCE, 0, walkRatio));
        }
    }

    @Test
    void earlierCopiesInASegmentMergedMeanwhileAreDeletedByQuery() throws Exception {
        LogDocMergePolicy merging = new LogDocMergePolicy();
        merging.setMergeFactor(2);
        merging.setMinMergeDocs(1);
        for (int walkRatio : new int[] {0, 1000}) {
            assertEquals(Map.of("k1", List.of(2L), "k2", List.of(4L), "other", List.of(3L)),
                    afterDelete(merging, 2, walkRatio));
        }
    }

    /** Key k1 at positions 0, 1, 2 and k2 at 1 and 4, over two segments; deletes all but the last copies. */
    private Map<String, List<Long>> afterDelete(MergePolicy policy, int expectedByQuery, int walkRatio) throws Exception {
        Path p = dir.resolve("idx-" + expectedByQuery + "-" + walkRatio);
        try (Directory d = FSDirectory.open(p)) {
            IndexWriterConfig cfg = new IndexWriterConfig().setMergePolicy(policy)
                    .setMergeScheduler(new SerialMergeScheduler());
            try (IndexWriter w = new IndexWriter(d, cfg)) {
                w.addDocument(doc("k1", 0));
                w.addDocument(doc("k2", 1));
                w.flush();
                w.addDocument(doc("k1", 1));
                w.addDocument(doc("k1", 2));
                w.addDocument(doc("other", 3));
                w.addDocument(doc("k2", 4));
                Map<String, Long> last = new HashMap<>(Map.of("k1", 2L, "k2", 4L));
                int byQuery = LuceneImport.deleteReplaced(w, last, walkRatio);
                assertEquals(expectedByQuery, byQuery);
                w.commit();
            }
            Map<String, List<Long>> kept = new HashMap<>();
            try (DirectoryReader r = DirectoryReader.open(d)) {
                StoredFields sf = r.storedFields();
                for (int i = 0; i < r.maxDoc(); i++) {
                    boolean live = org.apache.lucene.index.MultiBits.getLiveDocs(r) == null
                            || org.apache.lucene.index.MultiBits.getLiveDocs(r).get(i);
                    if (live) {
                        Document doc = sf.document(i);
                        kept.computeIfAbsent(doc.get("key"), k -> new ArrayList<>())
                                .add(doc.getField("seq").numericValue().longValue());
                    }
                }
            }
            assertTrue(kept.values().stream().allMatch(l -> l.size() == 1), kept.toString());
            return kept;
        }
    }

    /** A word of letters only, one per number (numbers would all match one another). */
    private static String word(int k) {
        StringBuilder b = new StringBuilder("w");
        for (int v = k; v > 0 || b.length() == 1; v /= 26) {
            b.append((char) ('a' + v % 26));
        }
        return b.toString();
    }

    private static Document doc(String key, long seq) {
        Document d = new Document();
        d.add(new StringField(TmSchema.DUP, key, Field.Store.NO));
        d.add(new StoredField("key", key));
        d.add(new StoredField("seq", seq));
        d.add(new NumericDocValuesField(TmSchema.SEQ, seq));
        return d;
    }
}
