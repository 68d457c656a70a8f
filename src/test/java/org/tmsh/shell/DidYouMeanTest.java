package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The name a typo most likely meant: close enough, and only one. */
class DidYouMeanTest {

    private static final List<String> SUBS = List.of("check", "concordance", "connect", "create", "dedup", "delete",
            "duplicates", "edit", "export", "import", "list", "reindex", "replace", "search", "settings", "show", "stats");

    @Test
    void aTypoGivesTheOneCloseName() {
        assertEquals("search", DidYouMean.closest("serch", SUBS));
        assertEquals("search", DidYouMean.closest("Search", SUBS));
        assertEquals("import", DidYouMean.closest("imprt", SUBS));
        assertEquals("tm", DidYouMean.closest("tn", List.of("tm", "min", "max", "source-lang", "target-lang")));
        assertEquals("align", DidYouMean.closest("aling", List.of("align", "analyze", "review", "merge", "qa")));
    }

    @Test
    void aBeginningGivesTheOneNameItBegins() {
        assertEquals("glossary", DidYouMean.closest("glos", List.of("glossary", "tm", "report")));
        assertEquals("concordance", DidYouMean.closest("conc", SUBS));
    }

    @Test
    void farOrAmbiguousGivesNothing() {
        assertNull(DidYouMean.closest("translate", SUBS), "nothing close");
        assertNull(DidYouMean.closest("xy", List.of("tm", "qa")), "two letters away from both");
        // 'cre' begins 'create' only, but 'con' begins 'concordance' and 'connect': no guess
        assertNull(DidYouMean.closest("con", SUBS));
        assertEquals("", DidYouMean.hint("translate", SUBS, c -> c));
        assertEquals("did you mean --tm? ", DidYouMean.hint("tn", List.of("tm", "min"), c -> "--" + c));
    }
}
