package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Cutting a coded paragraph where the segmenter cut its plain text, and joining coded segments. */
class CodedTextTest {

    private static final CodedText.Code B = new CodedText.Code("<b>", "bold");
    private static final CodedText.Code EB = new CodedText.Code("</b>", "bold");

    private static CodedText para(String marked) {
        return new CodedText(marked, Map.of("⟨1⟩", B, "⟨/1⟩", EB, "⟨2/⟩", new CodedText.Code("<br/>", null),
                "⟨3⟩", new CodedText.Code("<i>", "italic"), "⟨/3⟩", new CodedText.Code("</i>", "italic")));
    }

    private static List<String> marked(List<CodedText> texts) {
        return texts.stream().map(CodedText::marked).toList();
    }

    @Test
    void eachSentenceTakesTheCodesInsideIt() {
        List<CodedText> s = para("Ein ⟨1⟩fetter⟨/1⟩ Satz. Ein ⟨3⟩kursiver⟨/3⟩ Satz.").split(List.of("Ein fetter Satz.", "Ein kursiver Satz."));
        assertEquals(List.of("Ein ⟨1⟩fetter⟨/1⟩ Satz.", "Ein ⟨3⟩kursiver⟨/3⟩ Satz."), marked(s));
        assertEquals(Map.of("⟨1⟩", B, "⟨/1⟩", EB), s.get(0).codes());
        assertEquals("italic", s.get(1).codes().get("⟨3⟩").type());
    }

    @Test
    void codesAtTheCutGoWithTheSentenceTheyTouch() {
        List<CodedText> s = para("⟨1⟩Erster Satz.⟨/1⟩ ⟨3⟩Zweiter⟨/3⟩ Satz.⟨2/⟩").split(List.of("Erster Satz.", "Zweiter Satz."));
        assertEquals(List.of("⟨1⟩Erster Satz.⟨/1⟩", "⟨3⟩Zweiter⟨/3⟩ Satz.⟨2/⟩"), marked(s));
    }

    @Test
    void aCodeSpanningTwoSentencesIsCutIntoItsTwoHalves() {
        List<CodedText> s = para("⟨1⟩Erster Satz. Zweiter Satz.⟨/1⟩").split(List.of("Erster Satz.", "Zweiter Satz."));
        assertEquals(List.of("⟨1⟩Erster Satz.", "Zweiter Satz.⟨/1⟩"), marked(s));
    }

    @Test
    void withoutASpaceOnlyClosingCodesGoBack() {
        List<CodedText> s = para("Eins.⟨/1⟩⟨3⟩Zwei.⟨/3⟩").split(List.of("Eins.", "Zwei."));
        assertEquals(List.of("Eins.⟨/1⟩", "⟨3⟩Zwei.⟨/3⟩"), marked(s));
    }

    @Test
    void plainSentencesOfTheSegmenterComeBackAsTheyWere() {
        CodedText p = para("Ein  ⟨1⟩ fetter ⟨/1⟩  Satz.\u00A0Noch einer.");
        List<String> sentences = List.of("Ein fetter Satz.", "Noch einer.");
        assertEquals(sentences, p.split(sentences).stream().map(CodedText::plain).toList());
    }

    @Test
    void aSentenceNotInTheParagraphGivesPlainSentences() {
        List<CodedText> s = para("Ein ⟨1⟩Satz⟨/1⟩.").split(List.of("Ganz anders."));
        assertEquals(List.of("Ganz anders."), marked(s));
        assertEquals(Map.of(), s.get(0).codes());
    }

    @Test
    void joiningSegmentsOfTwoParagraphsRenumbersTheSecondOnesCodes() {
        CodedText a = new CodedText("⟨1⟩A⟨/1⟩.", Map.of("⟨1⟩", B, "⟨/1⟩", EB));
        CodedText b = new CodedText("⟨1⟩B⟨/1⟩.", Map.of("⟨1⟩", new CodedText.Code("<i>", "italic"), "⟨/1⟩", EB));
        CodedText j = CodedText.join(List.of(a, b), new int[] {0, 1});
        assertEquals("⟨1⟩A⟨/1⟩. ⟨2⟩B⟨/2⟩.", j.marked());
        assertEquals("<i>", j.codes().get("⟨2⟩").data());
        assertEquals("<b>", j.codes().get("⟨1⟩").data());
    }

    @Test
    void joiningSentencesOfOneParagraphKeepsACodeThatSpansThem() {
        CodedText a = new CodedText("⟨1⟩A.", Map.of("⟨1⟩", B));
        CodedText b = new CodedText("B.⟨/1⟩", Map.of("⟨/1⟩", EB));
        assertEquals("⟨1⟩A. B.⟨/1⟩", CodedText.join(List.of(a, b), new int[] {4, 4}).marked());
    }

    @Test
    void emptyParagraphListsAndTextWithoutCodesStayPlain() {
        assertEquals(List.of(), CodedText.plain("").split(List.of()));
        assertEquals(List.of("Satz."), marked(CodedText.plain("Satz.").split(List.of("Satz."))));
    }
}
