package org.tmsh.memory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tmsh.common.LanguageTags;

/**
 * A look-up in two languages asked for as BCP 47 ranges, over the language tags a memory holds:
 * {@code de} to {@code en} searches every pair of a {@code de...} tag and an {@code en...} tag the
 * memory has ({@code de-DE}, {@code de-AT} ...), {@code en-US} to {@code en-GB} only that pair. The
 * memories index each tag on its own ({@link UnitKeys#forEachLanguage}); this joins their answers.
 */
public final class LanguagePairs {

    /** A look-up in one pair of the memory's own tags. */
    @FunctionalInterface
    public interface PairSearch {
        List<Match> search(String srcTag, String tgtTag) throws IOException;
    }

    private LanguagePairs() {
    }

    /**
     * The matches of every pair of tags in {@code tags} that {@code src} and {@code tgt} ask for, best
     * first (ties in the order of the pairs), the same texts once, at most {@code max}.
     */
    public static List<Match> search(Collection<String> tags, String src, String tgt, int max, PairSearch search)
            throws IOException {
        List<String> sources = LanguageTags.matching(src, tags);
        List<String> targets = LanguageTags.matching(tgt, tags);
        List<Match> all = new ArrayList<>();
        int pairs = 0;
        for (String s : sources) {
            for (String t : targets) {
                if (!s.equals(t)) {
                    pairs++;
                    all.addAll(search.search(s, t));
                }
            }
        }
        if (pairs <= 1) {
            return all;
        }
        all.sort(Comparator.comparingInt(Match::score).reversed());
        List<Match> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Match m : all) {
            if (out.size() < max && seen.add(m.tuid() + '\u0000' + m.source() + '\u0000' + m.target())) {
                out.add(m);
            }
        }
        return out;
    }
}
