package org.tmsh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.TmHit;
import net.sf.okapi.tm.pensieve.common.TranslationUnit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import net.sf.okapi.tm.pensieve.seeker.ITmSeeker;
import net.sf.okapi.tm.pensieve.seeker.TmSeekerFactory;
import net.sf.okapi.tm.pensieve.writer.ITmWriter;
import net.sf.okapi.tm.pensieve.writer.TmWriterFactory;

import org.tmsh.match.FuzzyScorer;
import org.tmsh.match.Tokenizer;

/** Okapi's Pensieve TM as a peer: import the same units, look up the same queries. */
final class PensieveRun implements AutoCloseable {

    private static final LocaleId EN = LocaleId.fromString("en");
    private static final LocaleId DE = LocaleId.fromString("de");

    final double importSeconds;
    final long bytes;
    private final ITmSeeker seeker;

    PensieveRun(List<TmData.Pair> units, Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        ITmWriter w = TmWriterFactory.createFileBasedTmWriter(dir.toString(), true);
        for (TmData.Pair p : units) {
            w.indexTranslationUnit(new TranslationUnit(new TranslationUnitVariant(EN, new TextFragment(p.en())),
                    new TranslationUnitVariant(DE, new TextFragment(p.de()))));
        }
        w.commit();
        w.close();
        importSeconds = (System.nanoTime() - t0) / 1e9;
        long b = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    b += Files.size(p);
                }
            }
        }
        bytes = b;
        seeker = TmSeekerFactory.createFileBasedTmSeeker(dir.toString());
    }

    /** Pensieve's best hit, scored by tmsh's measure (so that the peers are judged alike), or -1. */
    int best(String query, int min) {
        List<TmHit> hits = seeker.searchFuzzy(new TextFragment(query), min, 1, null);
        if (hits == null || hits.isEmpty()) {
            return -1;
        }
        String text = hits.get(0).getTu().getSource().getContent().getText();
        Tokenizer t = Tokenizer.standard();
        int s = FuzzyScorer.score(query, t.tokens(query), text, t.tokens(text));
        return s >= min ? s : -1;
    }

    /** How many fuzzy hits of {@code min}% or more (at most {@code max}) Pensieve gives. */
    int hits(String query, int min, int max) {
        List<TmHit> hits = seeker.searchFuzzy(new TextFragment(query), min, max, null);
        return hits == null ? 0 : hits.size();
    }

    @Override
    public void close() {
        seeker.close();
    }
}
