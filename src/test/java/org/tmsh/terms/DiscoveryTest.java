package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.names.NameMatcher;

/** {@code term discover} on the seeds proposes at least the pairs the issue names. */
class DiscoveryTest {

    private final Discovery discovery = new Discovery(NameMatcher.standard());

    private static boolean has(List<Discovery.Proposal> ps, String a, String b) {
        return ps.stream().anyMatch(p -> (p.a().equals(a) && p.b().equals(b)) || (p.a().equals(b) && p.b().equals(a)));
    }

    @Test
    void crossLanguagePairsFromTheAlignedSeeds() {
        List<Discovery.Proposal> ps = discovery.fromTmx(Path.of("tmx/seeds-000-004.de-en.tmx"), "de", "en");
        assertTrue(has(ps, "Lawrow", "Lavrov"), ps.toString());
        assertTrue(has(ps, "Yaroslabli", "Yaroslavl"), ps.toString());
        assertTrue(has(ps, "Moskau", "Moscow"), ps.toString());
        assertTrue(ps.stream().noneMatch(p -> p.a().matches("(\\p{Lu}\\.\\s?)+")), "initials alone are no name");
    }

    @Test
    void sameLanguageVariantsAcrossTheGermanSeeds() {
        List<Discovery.Proposal> ps = discovery.fromDocuments(List.of(Path.of("seeds/000_585da5ce89297943.txt"),
                Path.of("seeds/001_073037fdbd69bec0.txt"), Path.of("seeds/002_907730a957e4e704.txt"),
                Path.of("seeds/003_ff5ac3c8f505f82c.txt")), "de");
        assertTrue(has(ps, "Choe Son Hui", "Choe Son-hui"), ps.toString());
        assertTrue(has(ps, "Pyongyang", "Pjöngjang"), ps.toString());
        assertTrue(has(ps, "Kim Jong-un", "Kim jong-un"), ps.toString());
    }
}
