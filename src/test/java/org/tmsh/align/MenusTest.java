package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.segment.Segments;

/** Menus (navigation, share rows, footers) as boilerplate, list items as text, and how the aligner treats both. */
class MenusTest {

    private final Boilerplate boilerplate = Boilerplate.standard();

    @Test
    void aRunOfThreeShortLinesIsAMenuAHeadlineAloneIsNot() {
        List<String> page = List.of("Politik", "Kultur", "Mediathek", "Neue Regeln für Ärzte",
                "Die Regierung hat am Montag neue Regeln für Ärzte beschlossen.", "Sie gelten ab Juli.",
                "Impressum", "Kontakt", "Nach oben");
        assertArrayEquals(new boolean[] {true, true, true, true, false, false, true, true, true},
                Boilerplate.menus(page));
        List<String> article = List.of("Neue Regeln für Ärzte", "Die Regierung hat neue Regeln beschlossen.",
                "Kritik am Gesetz", "Die Opposition lehnt die Regeln ab.");
        assertArrayEquals(new boolean[4], Boilerplate.menus(article), "headings come alone");
        assertArrayEquals(new boolean[3], Boilerplate.menus(List.of("Politik", "Kultur.", "Mediathek")),
                "a line ending like a sentence breaks the run");
    }

    @Test
    void linesAfterAColonAreAListNotFurniture() {
        List<String> page = List.of("Die Partei fordert:", "- höhere Renten", "- mehr Lehrer", "- billigere Mieten",
                "Darüber wird im Mai abgestimmt.");
        boolean[] flags = boilerplate.flags(page, "de");
        for (boolean f : flags) {
            assertFalse(f, "list items are text: " + java.util.Arrays.toString(flags));
        }
        // the same bullets without the colon line are furniture (the seed's "- Details", "- Kategorie: ...")
        boolean[] alone = boilerplate.flags(page.subList(1, 4), "de");
        assertTrue(alone[0] && alone[1] && alone[2]);
    }

    @Test
    void twoMenusInDifferentWordsStayUnalignedTheArticleLinks() {
        List<String> de = List.of("Startseite", "Politik", "Kultur", "Meinung",
                "Merkel trifft Macron in Paris",
                "Bundeskanzlerin Angela Merkel ist am Montag in Paris mit Präsident Emmanuel Macron zusammengetroffen.",
                "Die beiden sprachen zwei Stunden über den Haushalt der Europäischen Union.",
                "Impressum", "Kontakt", "Nach oben");
        List<String> en = List.of("World", "Business", "Science", "Podcasts", "Newsletters",
                "Merkel meets Macron in Paris",
                "Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday.",
                "The two spoke for two hours about the budget of the European Union.",
                "Careers", "Accessibility", "Terms of use");
        Alignment a = Aligner.standard().align(new Segments(de, paragraphs(de.size()), "de"),
                new Segments(en, paragraphs(en.size()), "en"));
        List<String> links = a.links().stream().map(Link::format).toList();
        assertTrue(links.contains("[4]:[5]") && links.contains("[5]:[6]") && links.contains("[6]:[7]"), links.toString());
        for (Link l : a.links()) {
            boolean menuDe = l.source().length > 0 && (l.source()[0] < 4 || l.source()[0] > 6);
            boolean menuEn = l.target().length > 0 && (l.target()[0] < 5 || l.target()[0] > 7);
            assertFalse(menuDe && l.target().length > 0 || menuEn && l.source().length > 0,
                    "a menu line is linked: " + l + " in " + links);
        }
    }

    /**
     * A menu of one line above the headline, and one footer line below the article: too short to be a
     * run of menu lines, so only their place says they are furniture; the headline stays text.
     */
    @Test
    void aOneLineMenuAboveTheHeadlineAndAFooterLineStayUnaligned() {
        List<String> de = List.of("Anmelden", "Merkel trifft Macron in Paris",
                "Bundeskanzlerin Angela Merkel ist am Montag in Paris mit Präsident Emmanuel Macron zusammengetroffen.",
                "Die beiden sprachen zwei Stunden über den Haushalt der Europäischen Union.", "Impressum");
        List<String> en = List.of("Podcasts", "Merkel meets Macron in Paris",
                "Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday.",
                "The two spoke for two hours about the budget of the European Union.", "Careers");
        Alignment a = Aligner.standard().align(new Segments(de, paragraphs(de.size()), "de"),
                new Segments(en, paragraphs(en.size()), "en"));
        List<String> links = a.links().stream().map(Link::format).toList();
        assertTrue(links.contains("[1]:[1]") && links.contains("[2]:[2]") && links.contains("[3]:[3]"), links.toString());
        assertTrue(links.contains("[0]:[]") && links.contains("[]:[0]") && links.contains("[4]:[]")
                && links.contains("[]:[4]"), "menu and footer lines unaligned: " + links);
    }

    /** Aligning two folders: a short line on every page of one side is the site's, and stays unaligned. */
    @Test
    void aSiteLineOnEveryPageOfAFolderStaysUnaligned() {
        List<String> de1 = List.of("Merkel trifft Macron in Paris",
                "Bundeskanzlerin Angela Merkel ist am Montag in Paris mit Präsident Emmanuel Macron zusammengetroffen.",
                "Mediathek", "Die beiden sprachen zwei Stunden über den Haushalt der Europäischen Union.");
        List<String> en1 = List.of("Merkel meets Macron in Paris",
                "Chancellor Angela Merkel met President Emmanuel Macron in Paris on Monday.",
                "Podcasts", "The two spoke for two hours about the budget of the European Union.");
        List<String> de2 = List.of("Streik legt die Bahn lahm",
                "Die Züge der Bahn standen am Dienstag in ganz Deutschland still.",
                "Mediathek", "Der Streik soll bis Donnerstag dauern, sagte ein Sprecher der Gewerkschaft.");
        List<String> en2 = List.of("Rail strike brings trains to a halt",
                "Trains stood still across Germany on Tuesday.",
                "Podcasts", "The strike is set to last until Thursday, a union spokesman said.");
        List<Segments[]> folder = List.of(
                new Segments[] {new Segments(de1, paragraphs(4), "de"), new Segments(en1, paragraphs(4), "en")},
                new Segments[] {new Segments(de2, paragraphs(4), "de"), new Segments(en2, paragraphs(4), "en")});
        for (Alignment a : Aligner.standard().alignAll(folder, null)) {
            List<String> links = a.links().stream().map(Link::format).toList();
            assertTrue(links.contains("[2]:[]") && links.contains("[]:[2]"), "the site's line is unaligned: " + links);
            assertTrue(links.contains("[1]:[1]") && links.contains("[3]:[3]"), links.toString());
        }
        // one page alone: the line inside the article is not known as the site's, and links to its neighbour
        Alignment alone = Aligner.standard().align(folder.get(0)[0], folder.get(0)[1]);
        assertTrue(alone.links().stream().map(Link::format).toList().contains("[2]:[2]"),
                "without the folder, two short lines side by side link: " + alone.links());
    }

    private static int[] paragraphs(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }
}
