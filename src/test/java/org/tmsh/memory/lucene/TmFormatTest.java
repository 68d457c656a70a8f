package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.match.Tokenizer;
import org.tmsh.memory.Match;
import org.tmsh.memory.UnitKeys;

/**
 * A TM keeps the format it was created in: one written before hashed word pairs (format 1, pairs as
 * text) is searched and grows as before; a new one hashes its pairs (format 2); a format newer than
 * this tmsh is refused with one line.
 */
class TmFormatTest {

    private static final String[] WORDS = {"budget", "minister", "vote", "parliament", "report", "tax", "reform",
        "coalition", "election", "debate", "law", "court", "border", "trade", "deal", "summit"};

    @TempDir
    Path dir;

    private static List<TmxUnit> units(int n, int offset) {
        Random rnd = new Random(11 + offset);
        List<TmxUnit> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder en = new StringBuilder("The");
            StringBuilder de = new StringBuilder("Die");
            for (int w = 4 + rnd.nextInt(8); w > 0; w--) {
                String word = WORDS[rnd.nextInt(WORDS.length)];
                en.append(' ').append(word);
                de.append(' ').append(word).append('e');
            }
            out.add(TmxUnit.pair("u" + (i + offset), "en", en + ".", "de", de + ".", Map.of(), "20261201T120000Z"));
        }
        return out;
    }

    /** A TM as a tmsh before hashed pairs wrote it: format 1 in the commit, pairs as text. */
    private Path oldTm(List<TmxUnit> units) throws Exception {
        Path d = dir.resolve("old");
        Tokenizer tok = Tokenizer.standard();
        try (FSDirectory fs = FSDirectory.open(d); IndexWriter w = new IndexWriter(fs, new IndexWriterConfig())) {
            long seq = 0;
            for (TmxUnit u : units) {
                w.addDocument(TmSchema.document(u, UnitKeys.dupKey(u), tok, seq++, IndexTerms.TEXT_PAIRS));
            }
            w.setLiveCommitData(Map.of(LuceneImport.META_VERSION, "1", LuceneImport.META_NEXT_SEQ,
                    Long.toString(seq), LuceneImport.META_SOURCE, "en").entrySet());
            w.commit();
        }
        return d;
    }

    private Path tmx(List<TmxUnit> units, String name) throws Exception {
        Path f = dir.resolve(name);
        try (TmxWriter w = new TmxWriter(f, "en", "de", "test")) {
            for (TmxUnit u : units) {
                w.unit(u.tuid(), u.text("en"), u.text("de"), Map.of());
            }
        }
        return f;
    }

    private static int docFreq(LuceneMemory tm, BytesRef term) throws Exception {
        return tm.reader().docFreq(new Term(TmSchema.words("en"), term));
    }

    @Test
    void anOldTmIsSearchedAndGrowsInItsOwnFormatWithTheSameMatchesAsANewOne() throws Exception {
        List<TmxUnit> first = units(300, 0);
        List<TmxUnit> second = units(200, 1000);
        Path more = tmx(second, "more.tmx");
        BytesRefBuilder pair = new BytesRefBuilder();
        try (LuceneMemory old = new LuceneMemory("old", oldTm(first));
             LuceneMemory fresh = new LuceneMemory("fresh", dir.resolve("fresh"))) {
            fresh.importTmx(tmx(first, "first.tmx"), Progress.NONE);
            old.importTmx(more, Progress.NONE);
            fresh.importTmx(more, Progress.NONE);
            assertEquals(500, old.size());
            assertEquals(500, fresh.size());
            assertEquals(IndexTerms.TEXT_PAIRS, TmSchema.format(old.reader()));
            assertEquals(IndexTerms.HASHED_PAIRS, TmSchema.format(fresh.reader()));
            // the units added to the old TM have text pairs, as its look-ups ask
            IndexTerms.pair("budget", "minister", IndexTerms.TEXT_PAIRS, pair);
            assertTrue(docFreq(old, pair.toBytesRef()) > 0);
            assertEquals(0, docFreq(fresh, pair.toBytesRef()));
            IndexTerms.pair("budget", "minister", IndexTerms.HASHED_PAIRS, pair);
            assertEquals(0, docFreq(old, pair.toBytesRef()));
            assertTrue(docFreq(fresh, pair.toBytesRef()) > 0);
            Random rnd = new Random(5);
            int found = 0;
            for (TmxUnit u : units(60, 5000)) {
                String q = u.text("en").replace(WORDS[rnd.nextInt(WORDS.length)], "ministry");
                List<Match> a = old.search(q, "en", "de", 50, 3);
                List<Match> b = fresh.search(q, "en", "de", 50, 3);
                assertEquals(a.stream().map(Match::score).toList(), b.stream().map(Match::score).toList(), q);
                found += a.isEmpty() ? 0 : 1;
            }
            assertTrue(found > 30, "most queries find a match: " + found);
        }
    }

    @Test
    void aTmOfANewerFormatIsRefusedWithOneLineAndLeftAsItWas() throws Exception {
        Path d = oldTm(units(20, 0));
        try (FSDirectory fs = FSDirectory.open(d); IndexWriter w = new IndexWriter(fs, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(LuceneImport.META_VERSION, "9").entrySet());
            w.commit();
        }
        try (LuceneMemory tm = new LuceneMemory("future", d)) {
            TmshException e = assertThrows(TmshException.class,
                    () -> tm.importTmx(tmx(units(5, 100), "x.tmx"), Progress.NONE));
            assertTrue(e.getMessage().contains("TM 'future'") && e.getMessage().contains("format 9"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertEquals(20, tm.size());
        }
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(d))) {
            assertEquals("9", r.getIndexCommit().getUserData().get(LuceneImport.META_VERSION));
        }
    }
}
