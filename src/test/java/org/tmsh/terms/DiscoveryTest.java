package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.names.NameMatcher;

/** {@code term discover} on the seeds proposes at least the pairs the issue names. */
class DiscoveryTest {

    private final Discovery discovery = new Discovery(NameMatcher.standard());

    /** One proposal (one concept) holds both spellings. */
    private static boolean has(List<Discovery.Proposal> ps, String a, String b) {
        return ps.stream().anyMatch(p -> p.spellings().values().stream().anyMatch(l -> l.contains(a))
                && p.spellings().values().stream().anyMatch(l -> l.contains(b)));
    }

    @Test
    void crossLanguagePairsFromTheAlignedSeeds() {
        List<Discovery.Proposal> ps = discovery.fromTmx(Path.of("tmx/seeds-000-004.de-en.tmx"), "de", "en");
        assertTrue(has(ps, "Lawrow", "Lavrov"), ps.toString());
        assertTrue(has(ps, "Yaroslabli", "Yaroslavl"), ps.toString());
        assertTrue(has(ps, "Moskau", "Moscow"), ps.toString());
        assertTrue(ps.stream().noneMatch(p -> p.a().matches("(\\p{Lu}\\.\\s?)+")), "initials alone are no name");
    }

    /** The share of proposals whose spellings all belong to one name of the hand-judged seed list. */
    private static double precision(List<Discovery.Proposal> ps, List<String> wrong) throws Exception {
        List<java.util.Set<String>> gold = new java.util.ArrayList<>();
        for (String line : org.tmsh.TestFiles.exampleLines("/names/seed-discovery-gold.tsv")) {
            gold.add(java.util.Set.of(line.split("\t")));
        }
        int right = 0;
        for (Discovery.Proposal p : ps) {
            List<String> all = p.spellings().values().stream().flatMap(List::stream).toList();
            if (gold.stream().anyMatch(g -> g.containsAll(all))) {
                right++;
            } else {
                wrong.add(all.toString());
            }
        }
        return ps.isEmpty() ? 1 : right / (double) ps.size();
    }

    @Test
    void proposalsOnAllFiveSeedsAreNamesOneForEachConcept() throws Exception {
        List<Path> seeds = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(Path.of("seeds"))) {
            files.sorted().forEach(seeds::add);
        }
        List<Discovery.Proposal> docs = discovery.fromDocuments(seeds, null, "de");
        List<Discovery.Proposal> tmx = discovery.fromTmx(Path.of("tmx/seeds-000-004.de-en.tmx"), "de", "en");
        List<String> wrong = new java.util.ArrayList<>();
        double pd = precision(docs, wrong);
        double pt = precision(tmx, wrong);
        System.out.printf(java.util.Locale.ROOT, "discovery precision on the seeds: documents %.3f (%d proposals),"
                + " aligned TMX %.3f (%d proposals); wrong: %s%n", pd, docs.size(), pt, tmx.size(), wrong);
        // the English seed is English: its Moscow is not a German spelling of Moskau
        assertTrue(docs.stream().noneMatch(p -> p.spellings().getOrDefault("de", List.of()).contains("Moscow")), docs.toString());
        assertTrue(has(docs, "Choe Son Hui", "Choe Son-hui") && has(docs, "Pyongyang", "Pjöngjang"), docs.toString());
        // one concept, one proposal
        assertTrue(docs.stream().filter(p -> p.spellings().getOrDefault("de", List.of()).contains("Choe Son-hui")).count() == 1);
        assertTrue(pd >= 0.9 && pt >= 0.9, wrong.toString());
    }

    @Test
    void commonWordsAndGrammaticalVariantsAreNoNames() {
        org.junit.jupiter.api.Assumptions.assumeTrue(CommonWords.standard().knows("de"), "German dictionary not installed");
        assertTrue(Discovery.names("Indessen gab es im Juni einen Dialog in Moskau.", "de").stream()
                .noneMatch(n -> n.contains("Juni") || n.contains("Dialog") || n.contains("Indessen")));
        assertTrue(Discovery.names("Indessen gab es im Juni einen Dialog in Moskau.", "de").contains("Moskau"));
        assertTrue(Discovery.grammaticalVariants("Dialoges", "Dialogs"));
        assertTrue(!Discovery.grammaticalVariants("Lawrow", "Lavrov"));
    }

    @Test
    void sameLanguageVariantsAcrossTheGermanSeeds() {
        List<Discovery.Proposal> ps = discovery.fromDocuments(List.of(Path.of("seeds/000_585da5ce89297943.txt"),
                Path.of("seeds/001_073037fdbd69bec0.txt"), Path.of("seeds/002_907730a957e4e704.txt"),
                Path.of("seeds/003_ff5ac3c8f505f82c.txt")), null, "de");
        assertTrue(has(ps, "Choe Son Hui", "Choe Son-hui"), ps.toString());
        assertTrue(has(ps, "Pyongyang", "Pjöngjang"), ps.toString());
        assertTrue(has(ps, "Kim Jong-un", "Kim jong-un"), ps.toString());
    }

    private static List<String> spans(String text) {
        return Discovery.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void nameSpansAreRunsOfCapitalisedWordsOfTheSharedSplitting() {
        assertEquals(List.of("S. Lawrow", "Kim Jong-un", "Pjöngjang"), spans("S. Lawrow traf Kim Jong-un in Pjöngjang."));
        assertEquals(List.of("Kim jong-un", "K2", "Bullock-Workman-Expedition"),
                spans("Kim jong-un sah den K2 und die Bullock-Workman-Expedition."),
                "lower-case hyphenated words inside a run; digits and every hyphen inside a word");
        assertEquals(List.of("L", "Oesterreichische Himalaya-Gesellschaft", "U.S"),
                spans("L' Oesterreichische Himalaya-Gesellschaft, U.S. aussi"),
                "an apostrophe ends a word; a last initial's dot ends the run");
        assertEquals(List.of(), spans("최선희 외무상은"), "a script without case starts no run");
        assertEquals(List.of(), spans(""));
    }
}
