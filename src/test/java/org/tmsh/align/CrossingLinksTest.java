package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.names.SpellingKey;
import org.tmsh.segment.Segments;

/** {@link CrossingLinks}: paragraphs in the other order are linked across, unrelated leftovers are not. */
class CrossingLinksTest {

    private static final List<List<String>> DE = List.of(
            List.of("Am 3. Mai 2024 traf Außenminister Lawrow in Moskau ein.",
                    "Er sprach mit Putin über 12 neue Verträge."),
            List.of("Die Gespräche in Minsk dauerten bis 22 Uhr.",
                    "Lukaschenko nannte 7 Punkte für die Zusammenarbeit bis 2030."),
            List.of("In Wien trafen sich 45 Delegationen der OSZE.",
                    "Die Konferenz kostete 1,8 Millionen Euro."),
            List.of("Am 9. Mai folgte die Parade in Sankt Petersburg.",
                    "Schoigu nahm mit 3.000 Soldaten teil."));
    private static final List<List<String>> EN = List.of(
            List.of("On 3 May 2024 Foreign Minister Lavrov arrived in Moscow.",
                    "He spoke with Putin about 12 new treaties."),
            List.of("The talks in Minsk lasted until 22:00.",
                    "Lukashenko named 7 points for cooperation until 2030."),
            List.of("In Vienna 45 delegations of the OSCE met.",
                    "The conference cost 1.8 million euros."),
            List.of("On 9 May the parade in Saint Petersburg followed.",
                    "Shoigu took part with 3,000 soldiers."));

    private static Segments doc(List<List<String>> paragraphs, List<Integer> order, String lang) {
        List<String> texts = new ArrayList<>();
        List<Integer> paras = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            for (String s : paragraphs.get(order.get(k))) {
                texts.add(s);
                paras.add(k);
            }
        }
        return new Segments(texts, paras.stream().mapToInt(Integer::intValue).toArray(), lang);
    }

    private static Aligner aligner(double price) {
        return new Aligner(AlignerSettings.defaults().withCrossing(price), SpellingKey.standard(), Boilerplate.standard());
    }

    private static List<String> formats(Alignment a) {
        return a.links().stream().map(Link::format).toList();
    }

    @Test
    void twoParagraphsInTheOtherOrderAreBothLinked() {
        Segments de = doc(DE, List.of(0, 1, 2, 3), "de");
        Segments en = doc(EN, List.of(0, 2, 1, 3), "en");
        Alignment a = aligner(AlignerSettings.defaults().crossing()).align(de, en);
        List<String> links = formats(a);
        // de 2, 3 (Minsk) are en 4, 5; de 4, 5 (Vienna) are en 2, 3
        for (String want : List.of("[0]:[0]", "[1]:[1]", "[2]:[4]", "[3]:[5]", "[4]:[2]", "[5]:[3]", "[6]:[6]", "[7]:[7]")) {
            assertTrue(links.contains(want), want + " in " + links);
        }
        AlignerTest.assertCoversOnce(a.links(), de.size(), en.size());
        // in order only, one of the two paragraphs is left unaligned on both sides
        List<String> monotone = formats(aligner(Double.POSITIVE_INFINITY).align(de, en));
        assertTrue(monotone.stream().filter(l -> l.startsWith("[]") || l.endsWith(":[]")).count() >= 4, monotone.toString());
    }

    @Test
    void crossingLinksAreRatedByTheCalibrationLikeOthers() {
        Alignment a = aligner(AlignerSettings.defaults().crossing()).align(doc(DE, List.of(0, 1, 2, 3), "de"),
                doc(EN, List.of(0, 2, 1, 3), "en"));
        for (Link l : a.pairs()) {
            assertTrue(l.confidence() > 0.5, l + " rated " + l.confidence());
        }
    }

    @Test
    void unrelatedLeftoversOnBothSidesStayUnaligned() {
        // the Minsk paragraph only in German, before the parade; the Vienna paragraph only in
        // English, after it: linking them would cross the parade, and they are no translations
        Segments de = doc(DE, List.of(0, 1, 3), "de");
        Segments en = doc(EN, List.of(0, 3, 2), "en");
        Alignment a = aligner(AlignerSettings.defaults().crossing()).align(de, en);
        List<String> links = formats(a);
        assertTrue(links.contains("[0]:[0]") && links.contains("[4]:[2]") && links.contains("[5]:[3]"), links.toString());
        for (Link l : a.pairs()) {
            boolean minsk = l.source()[0] == 2 || l.source()[0] == 3;
            boolean vienna = l.target()[0] >= 4;
            assertFalse(minsk || vienna, "Minsk and Vienna have no translation, yet " + l + " in " + links);
        }
        AlignerTest.assertCoversOnce(a.links(), de.size(), en.size());
    }

    @Test
    void noPriceNoCrossing() {
        Segments de = doc(DE, List.of(0, 1, 2, 3), "de");
        Segments en = doc(EN, List.of(0, 2, 1, 3), "en");
        Alignment a = aligner(Double.POSITIVE_INFINITY).align(de, en);
        AlignerTest.assertCovers(a.links(), de.size(), en.size());
    }
}
