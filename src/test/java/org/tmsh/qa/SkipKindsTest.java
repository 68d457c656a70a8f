package org.tmsh.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.tmsh.common.TmshException;

/**
 * {@code qa --skip} and {@code --only} take the kinds qa's table shows as well as the checks' ids: the
 * terminology check reports several kinds ("deprecated", "missing-term", ...), and a translator who
 * wants the deprecated names alone, or all but them, names the kind (the first-hour walk found
 * {@code --skip deprecated} refused).
 */
class SkipKindsTest {

    /** A terms check that reports one finding of each of its kinds on every segment, and a spacing check. */
    private static List<Check> checks() {
        Check terms = new Check() {
            public String id() {
                return "terms";
            }

            public Finding.Severity severity() {
                return Finding.Severity.ERROR;
            }

            public void check(QaSegment s, Consumer<Finding> out) {
                for (String kind : TermChecker.KINDS) {
                    out.accept(Finding.of(kind, Finding.Severity.ERROR, s, null, s.target(), kind, null));
                }
            }
        };
        Check spacing = new Check() {
            public String id() {
                return "spacing";
            }

            public Finding.Severity severity() {
                return Finding.Severity.WARNING;
            }

            public void check(QaSegment s, Consumer<Finding> out) {
                out.accept(Finding.of("spacing", Finding.Severity.WARNING, s, null, s.target(), "space", null));
            }
        };
        return List.of(terms, spacing);
    }

    private static List<String> kinds(Profile p) {
        java.util.List<Check> on = checks().stream().filter(c -> p.on(c.id())).toList();
        QaEngine e = new QaEngine(on, p);
        e.add(new QaSegment("f.xlf", "1", 1, "Lawrow sagte", "Lawrow said", "de", "en", 0));
        return e.finish(null).stream().map(Finding::kind).sorted().toList();
    }

    @Test
    void aSkippedKindIsLeftOutAndTheOthersOfItsCheckStay() {
        Profile p = Profile.standard();
        p.skip(List.of("deprecated"));
        List<String> k = kinds(p);
        assertFalse(k.contains("deprecated"), k.toString());
        assertTrue(k.contains("missing-term") && k.contains("untransliterated") && k.contains("spacing"), k.toString());
    }

    @Test
    void onlyAKindRunsTheTermsCheckForThatKindAlone() {
        Profile p = Profile.standard();
        p.only(List.of("deprecated"));
        assertEquals(List.of("deprecated"), kinds(p));
        Profile both = Profile.standard();
        both.only(List.of("deprecated", "terms"));
        assertEquals(TermChecker.KINDS.stream().sorted().toList(), kinds(both), "naming the check keeps all its kinds");
    }

    @Test
    void anUnknownNameIsStillRefusedAndTheLineListsChecksAndKinds() {
        TmshException e = assertThrows(TmshException.class, () -> Profile.standard().skip(List.of("deprecatd")));
        assertTrue(e.getMessage().contains("'deprecatd'") && e.getMessage().contains("spacing")
                && e.getMessage().contains("missing-term"), e.getMessage());
    }
}
