package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import net.sf.okapi.common.resource.TextFragment;

import org.junit.jupiter.api.Test;

import org.tmsh.common.Markers;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentSegments;
import org.tmsh.document.InlineText;
import org.tmsh.formats.xliff.XliffReader;

/** Hand cases of {@link MergeCheck}: which targets carry their source's codes, which XLIFFs are their original's. */
class MergeCheckTest {

    private static final Path XLF = Path.of("x.xlf");

    private static XliffReader.Entry entry(String id, String source, String target) {
        return new XliffReader.Entry(id, source, target, "translated", 7);
    }

    private static String codes(String source, String target) {
        return assertThrows(TmshException.class, () -> MergeCheck.sameCodes(XLF, entry("u1", source, target))).getMessage();
    }

    @Test
    void movedCodesAndCodesInTheirOwnOrderAreTheSources() {
        assertDoesNotThrow(() -> MergeCheck.sameCodes(XLF, entry("u1", "⟨1⟩Lawrow⟨/1⟩ traf ⟨2⟩Choe⟨/2⟩.", "⟨2⟩Choe⟨/2⟩ met ⟨1⟩Lavrov⟨/1⟩.")));
        assertDoesNotThrow(() -> MergeCheck.sameCodes(XLF, entry("u1", "A⟨1/⟩b ⟨2⟩c⟨/2⟩", "⟨2⟩C⟨/2⟩ b⟨1/⟩a")));
        assertDoesNotThrow(() -> MergeCheck.sameCodes(XLF, entry("u1", "⟨1⟩a ⟨2⟩b⟨/2⟩⟨/1⟩", "⟨1⟩⟨2⟩B⟨/2⟩ A⟨/1⟩")));
        assertDoesNotThrow(() -> MergeCheck.sameCodes(XLF, entry("u1", "Keine Codes.", "No codes.")));
    }

    @Test
    void anUnpairedSourceCodeMayStandAnywhere() {
        // a sentence whose bold began in the sentence before: only its end code is here
        assertDoesNotThrow(() -> MergeCheck.sameCodes(XLF, entry("u1", "Es dauerte⟨/1⟩ nur eine Stunde.", "It lasted⟨/1⟩ only an hour.")));
        assertDoesNotThrow(() -> MergeCheck.sameCodes(XLF, entry("u1", "Es dauerte⟨/1⟩ nur.", "⟨/1⟩It lasted only.")));
    }

    @Test
    void missingExtraAndDuplicatedCodesAreNamed() {
        assertTrue(codes("⟨1⟩a⟨/1⟩ b.", "A b.").contains("lacks ⟨1⟩ ⟨/1⟩"));
        assertTrue(codes("⟨1⟩a⟨/1⟩ b.", "A b.⟨/1⟩").contains("lacks ⟨1⟩"));
        assertTrue(codes("a b.", "⟨3/⟩A b.").contains("has extra ⟨3/⟩"));
        assertTrue(codes("⟨1/⟩a b.", "⟨1/⟩A ⟨1/⟩b.").contains("has extra ⟨1/⟩"));
        String both = codes("⟨1⟩a⟨/1⟩", "⟨2⟩A⟨/2⟩");
        assertTrue(both.contains("lacks ⟨1⟩ ⟨/1⟩, has extra ⟨2⟩ ⟨/2⟩") && both.contains("x.xlf") && both.contains("line 7"), both);
    }

    @Test
    void anEndBeforeItsStartOrCrossingPairsAreUnbalanced() {
        assertTrue(codes("⟨1⟩a⟨/1⟩ b.", "⟨/1⟩A⟨1⟩ b.").contains("⟨/1⟩ comes before its ⟨1⟩"));
        assertTrue(codes("⟨1⟩a ⟨2⟩b⟨/2⟩⟨/1⟩", "⟨1⟩A ⟨2⟩B⟨/1⟩⟨/2⟩").contains("⟨/1⟩ closes before ⟨/2⟩ (pairs cross)"));
    }

    @Test
    void pairsThatCrossInTheOriginalMayCrossInTheTranslation() {
        // <b>a <i>b</b> c</i>: a page a browser forgives
        assertDoesNotThrow(() -> MergeCheck.sameCodes(XLF, entry("u1", "⟨1⟩a ⟨2⟩b⟨/1⟩ c⟨/2⟩", "⟨1⟩A ⟨2⟩B⟨/1⟩ C⟨/2⟩")));
        assertDoesNotThrow(() -> MergeCheck.sameCodes(XLF, entry("u1", "⟨1⟩a ⟨2⟩b⟨/1⟩ c⟨/2⟩", "⟨1⟩A ⟨2⟩B⟨/2⟩ C⟨/1⟩")));
        // an end before its start is still refused
        assertTrue(codes("⟨1⟩a ⟨2⟩b⟨/1⟩ c⟨/2⟩", "⟨/1⟩A ⟨2⟩B⟨1⟩ C⟨/2⟩").contains("⟨/1⟩ comes before its ⟨1⟩"));
    }

    @Test
    void unitsMustBeTheOriginalsSentencesInOrder() {
        List<DocumentSegments.Item> items = List.of(item("1_0", "Der erste Satz."), item("1_1", "Der ⟨1⟩zweite⟨/1⟩ Satz."),
                item("2_0", "Der dritte."));
        // the XLIFF numbers codes as the document does (⟨3⟩), the item as the memory does (⟨1⟩): the same source
        assertDoesNotThrow(() -> MergeCheck.sameSentences(XLF, Path.of("o.txt"), items, List.of(
                entry("1_0", "Der  erste\u00A0Satz.", null), entry("1_1", "Der ⟨3⟩zweite⟨/3⟩ Satz.", null),
                entry("2_0", "Der dritte.", null))));
        assertTrue(sentences(items, entry("1_0", "Der erste Satz.", null), entry("1_1", "Der dritte.", null),
                entry("2_0", "Der ⟨3⟩zweite⟨/3⟩ Satz.", null)).contains("units swapped"));
        assertTrue(sentences(items, entry("1_0", "Der erste Satz.", null), entry("2_0", "Der dritte.", null),
                entry("1_1", "Der ⟨3⟩zweite⟨/3⟩ Satz.", null)).contains("units were reordered"));
        assertTrue(sentences(items, entry("1_0", "Der erste Satz.", null), entry("9_0", "Neu.", null))
                .contains("unit '9_0' is not a sentence of o.txt"));
        assertTrue(sentences(items, entry("1_0", "Der erste Satz.", null), entry("1_0", "Der erste Satz.", null))
                .contains("appears twice"));
        assertTrue(sentences(items, entry("1_0", "Der erste Satz.", null)).contains("2 sentence(s) of o.txt are not in the XLIFF"));
    }

    private static String sentences(List<DocumentSegments.Item> items, XliffReader.Entry... entries) {
        return assertThrows(TmshException.class, () -> MergeCheck.sameSentences(XLF, Path.of("o.txt"), items,
                List.of(entries))).getMessage();
    }

    private static DocumentSegments.Item item(String key, String marked) {
        TextFragment content = InlineText.coded(marked);
        return new DocumentSegments.Item(key, key.substring(0, key.indexOf('_')), 0, content, Markers.canonical(marked));
    }
}
