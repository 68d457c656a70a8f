package org.tmsh.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The round-trip corpus: German documents written by this class as TXT, HTML and DOCX, one of each
 * format per theme, covering what breaks merges in real files: formatting nested and across sentence
 * ends, links on names, footnotes, tables, lists, line breaks and tabs, no-break and other special
 * spaces, right-to-left and CJK text, characters beyond the BMP, numbers and dates in several
 * locales' forms, empty paragraphs, a very long paragraph, typographic quotes and abbreviations;
 * and the formats' own pitfalls: HTML entities, scripts, styles, comments, {@code alt} and {@code title}
 * attributes, {@code pre}; Word comments, tracked changes, fields, bookmarks, proofing marks, page
 * headers and footers.
 *
 * <p>A theme is a list of paragraphs in a small markup: {@code **bold**}, {@code //italic//},
 * {@code __underline__}, {@code ^^superscript^^}, {@code [[url|text]]} a link, {@code {{fn:text}}} a
 * footnote, {@code \n} a line break, {@code \t} a tab; a paragraph may start with a kind:
 * {@code h1:}, {@code h2:}, {@code li:}, {@code li2:} (nested), {@code ol:}, {@code tr:} (a table
 * row, cells split by {@code ||}), {@code rtl:} (a right-to-left paragraph), {@code empty:},
 * {@code space:} (only spaces), {@code tab:} (only a tab), {@code html:} and {@code docx:} (the
 * format's own markup, written as is by that format and left out of the others), {@code txt:} (plain text only).
 */
public final class RoundTripCorpus {

    private RoundTripCorpus() {
    }

    /** The themes, by name, each a list of paragraphs in the markup above. */
    static Map<String, List<String>> themes() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("formatting", List.of(
                "h1:Bericht über die **Sitzung** vom Montag",
                "Die **Delegation aus //Berlin// traf** am Morgen ein. Sie war **müde, aber //gut gelaunt//**.",
                "Das ist **fett. Und das** geht über das Satzende hinaus. __Unterstrichen__ ist nur ein Wort.",
                "Wasser ist H^^2^^O, sagte **//__der Chemiker__//**. Niemand widersprach.",
                "**Alles fett in diesem Absatz. Auch der zweite Satz.**",
                "//Kursiv am Anfang// und am Ende //kursiv//.",
                "Ein Wort mit fe**tt**em Teil und //kur//siv in der Mitte."));
        t.put("links", List.of(
                "Der Bericht von [[https://example.org/lawrow|Sergei Lawrow]] kam aus [[https://example.org/moskau|Moskau]]. Er war kurz.",
                "Siehe [[https://example.org/a?x=1&y=2|die **Übersicht**]] und [[mailto:info@example.org|schreiben Sie uns]].",
                "Ein Link über zwei Sätze: [[https://example.org/zwei|Das ist eins. Das ist zwei.]] Danach kommt Text.",
                "[[https://example.org/start|Am Anfang]] steht ein Link, am Ende auch [[https://example.org/ende|ein Link]]",
                "**[[https://example.org/fett|Fetter Link]]** und [[https://example.org/kursiv|//kursiver Link//]] nebeneinander."));
        t.put("footnotes", List.of(
                "h1:Anmerkungen",
                "Die Zahl stammt aus dem Jahresbericht.{{fn:Jahresbericht 2025, Seite 12. Siehe auch Anhang B.}} Sie ist umstritten.",
                "Zwei Fußnoten in einem Satz{{fn:Erste Anmerkung.}} stehen hier{{fn:Zweite Anmerkung mit **fettem** Wort.}}.",
                "Ein Absatz ohne Fußnote. Er hat zwei Sätze."));
        t.put("tables", List.of(
                "Die folgende Tabelle zeigt die Ergebnisse.",
                "tr:**Land** || **Hauptstadt** || **Einwohner**",
                "tr:Deutschland || Berlin || 3,7 Millionen",
                "tr:Frankreich. Ein Nachbar. || [[https://example.org/paris|Paris]] || 2,1 Millionen",
                "tr:Leer daneben. ||  || Ende der Zeile.",
                "Nach der Tabelle geht es weiter. Der Text endet hier."));
        t.put("lists", List.of(
                "Die Tagesordnung:",
                "li:Begrüßung durch den Vorsitzenden.",
                "li:Bericht des **Kassenwarts**. Fragen dazu.",
                "li2:Einnahmen im ersten Quartal.",
                "li2:Ausgaben im zweiten Quartal.",
                "ol:Erstens die Wahl.",
                "ol:Zweitens die Abstimmung. Sie ist geheim.",
                "Ende der Liste."));
        t.put("breaks", List.of(
                "Erste Zeile.\\nZweite Zeile im selben Absatz.",
                "Adresse: Musterstraße 1\\n12345 Berlin\\nDeutschland",
                "Name:\\tMax Mustermann\\tAbteilung:\\tVertrieb",
                "Ein Satz mit\\n**fettem Umbruch**.\\tUnd ein Tabulator danach."));
        t.put("spaces", List.of(
                "Am 3.\u00A0November um 10\u00A0Uhr beginnt die Konferenz. Sie dauert 2\u00A0Tage.",
                "Der Preis beträgt 1\u202F234,56\u00A0€.  Zwei Leerzeichen davor.",
                "Silben\u00ADtrennung im Wort Donau\u00ADdampf\u00ADschiff\u00ADfahrt. Ein schmales\u2009Leerzeichen.",
                "\u00A0Ein geschütztes Leerzeichen am Anfang und am Ende.\u00A0",
                "txt:Drei   Leerzeichen   zwischen Wörtern. Ende.",
                "txt:Spalte eins\tSpalte zwei\t\tnach zwei Tabulatoren",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Drei   Leerzeichen   zwischen Wörtern, </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
                        + "<w:t xml:space=\"preserve\">zwei  fett</w:t></w:r><w:r><w:t>. Ende.</w:t></w:r></w:p>",
                "docx:<w:p><w:r><w:t>eth0</w:t></w:r><w:r><w:br/><w:t xml:space=\"preserve\">        Link encap:Ethernet</w:t></w:r></w:p>"));
        t.put("rtl", List.of(
                "Der Gruß lautet „مرحبا بالعالم“ auf Arabisch. Auf Hebräisch heißt er „שלום עולם“.",
                "rtl:هذه فقرة باللغة العربية. وهذه جملة ثانية.",
                "Gemischt: **שלום** und [[https://example.org/ar|العربية]] im Text."));
        t.put("cjk", List.of(
                "Der Name 東京 bedeutet östliche Hauptstadt. In Korea sagt man 서울.",
                "Ein japanischer Satz: 今日は良い天気です。明日も晴れるでしょう。",
                "**北京** ist die Hauptstadt Chinas. Die Einwohnerzahl liegt bei 21,5 Millionen.",
                "Zeichen außerhalb der BMP: \uD83D\uDE00 und \uD835\uDD18\uD835\uDD2B\uD835\uDD26. Danach geht es weiter."));
        t.put("numbers", List.of(
                "Am 3. November 2026 stieg der Umsatz um 12,5 % auf 1.234.567,89 Euro.",
                "Die Sitzung am 03.11.2026 begann um 14:30 Uhr. Sie endete um 16.45 Uhr.",
                "In englischer Schreibweise: 1,234,567.89 USD am November 3, 2026. Dazu 3 November 2026.",
                "Temperatur: −5 °C bis +12 °C. Nummer 4711, Version 2.0.1, ISO 8601: **2026-11-03**.",
                "Telefon +49 (30) 123 456-78, Fax 030/123456. Das 1. Kapitel beginnt auf S. 7."));
        t.put("empty", List.of(
                "Text vor leeren Absätzen.",
                "empty:",
                "empty:",
                "space:",
                "Text danach. Noch ein Satz.",
                "tab:",
                "Ende."));
        t.put("long", List.of(longParagraph(), "Ein kurzer Absatz danach."));
        t.put("typography", List.of(
                "h2:„Anführungszeichen“ und »Guillemets«",
                "Er sagte: „Das ist ‚fein‘.“ Dann ging er – ohne Gruß … weiter.",
                "Dr. Müller kam z. B. am Mo. um 9 Uhr, d. h. pünktlich. Prof. Dr. Schmidt nicht.",
                "Kombinierte Zeichen: Cafe\u0301 und Ligatur ﬁnden. Apostroph: Peter’s Buch.",
                "Ein Satz ohne Punkt am Ende"));
        t.put("structure", List.of(
                "h1:Jahresbericht",
                "h2:Einleitung",
                "Das Jahr war gut. **Alle** Ziele wurden erreicht.",
                "h2:Ausblick",
                "li:Neue Märkte.",
                "li:Neue [[https://example.org/produkte|Produkte]].",
                "tr:Quartal || Umsatz",
                "tr:Q1 || 1,2 Mio. €",
                "Mit freundlichen Grüßen{{fn:Im Namen des Vorstands.}}"));
        t.put("markup", List.of(
                "html:<p>Entitäten: &auml;&ouml;&uuml; &amp; &lt;Tag&gt; &copy; 2026 &ndash; &#8364;&#x20AC; &quot;zitiert&quot;.</p>",
                "html:<script>var s = \"Nicht übersetzen. Niemals.\"; if (a < b && c > d) { f(); }</script>",
                "html:<style>p.note::before { content: \"Hinweis: \"; }</style>",
                "html:<p>Ein Bild <img src=\"karte.png\" alt=\"Karte von Berlin\" title=\"Die Karte\"> im Satz. <abbr title=\"Europäische Union\">EU</abbr> ist kurz.</p>",
                "html:<!-- Ein Kommentar. Nicht übersetzen. --><p>Nach dem Kommentar. <span class=\"x\" data-info=\"roh\">Ein Span</span> folgt.</p>",
                "html:<pre>Vorformatiert:\n  Zeile eins.\n    Zeile zwei.</pre>",
                "html:<p>Code: <code>x = 1;</code> und <kbd>Strg</kbd>+<kbd>C</kbd>. <span lang=\"fr\">Bonjour</span> sagt man.</p>",
                "html:<blockquote><p>Ein Zitat. Es hat zwei Sätze.</p></blockquote>",
                "html:<p><a href=\"/de/seite\" title=\"Zur Seite\">Verweis</a> mit Titel.<br/>Neue Zeile nach br.</p>",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Ein Satz mit </w:t></w:r><w:commentRangeStart w:id=\"1\"/><w:r><w:t>Kommentar</w:t></w:r><w:commentRangeEnd w:id=\"1\"/><w:r><w:commentReference w:id=\"1\"/></w:r><w:r><w:t xml:space=\"preserve\">. Der zweite Satz.</w:t></w:r></w:p>",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Geändert wurde </w:t></w:r><w:ins w:id=\"10\" w:author=\"A\" w:date=\"2026-11-03T10:00:00Z\"><w:r><w:t>eingefügter Text</w:t></w:r></w:ins><w:del w:id=\"11\" w:author=\"A\" w:date=\"2026-11-03T10:00:00Z\"><w:r><w:delText>gelöschter Text</w:delText></w:r></w:del><w:r><w:t xml:space=\"preserve\"> am Montag. Ende.</w:t></w:r></w:p>",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Seite </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> von </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\">. Gedruckt.</w:t></w:r></w:p>",
                "docx:<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_Ref1\"/><w:r><w:t xml:space=\"preserve\">Ein </w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>Tippfeler</w:t></w:r><w:proofErr w:type=\"spellEnd\"/><w:r><w:t xml:space=\"preserve\"> im Satz.</w:t></w:r><w:bookmarkEnd w:id=\"0\"/><w:r><w:t xml:space=\"preserve\"> Noch ein Satz.</w:t></w:r></w:p>",
                "Ein gewöhnlicher Absatz am Ende. Er hat zwei Sätze."));
        // media a page plays inside and between sentences: its fallback text (shown when the browser cannot play it) is
        // translated with the sentence, the element's tags, sources and tracks are codes (inline SVG and MathML: see docs/round-trip.md, not yet)
        t.put("media", List.of(
                "html:<p>Im Video <video src=\"rede.mp4\" controls width=\"320\">Ihr Browser zeigt kein Video.</video> spricht die Ministerin. Sie ist klar.</p>",
                "html:<p>Hören Sie <audio controls><source src=\"rede.ogg\" type=\"audio/ogg\"><source src=\"rede.mp3\" type=\"audio/mpeg\">"
                        + "<track kind=\"captions\" src=\"rede.vtt\" srclang=\"de\" label=\"Deutsch\">die Rede als Ton</audio> noch einmal an.</p>",
                "html:<figure><video controls poster=\"bild.jpg\"><source src=\"film.webm\" type=\"video/webm\">Der Film fehlt.</video></figure>",
                "Ein Satz zwischen zwei Medien. Er hat keinen Ton.",
                "html:<figure><canvas id=\"karte\" width=\"200\" height=\"100\">Eine Karte der Wahlkreise.</canvas><figcaption>Die Wahlkreise.</figcaption></figure>",
                "html:<p>Ein Bild <picture><source srcset=\"karte.webp\" type=\"image/webp\"><img src=\"karte.png\" alt=\"Die Karte des Landes\"></picture> im Satz.</p>",
                "Ein gewöhnlicher Absatz am Ende. Er hat zwei Sätze."));
        // tracked changes tmsh accepts as Word's "Accept all" does: a sentence moved to another paragraph, a deleted
        // paragraph mark (two paragraphs become one); a page's form (furniture, left out) and translate="no"
        t.put("revisions", List.of(
                "Ein Satz vor den Änderungen. Er bleibt.",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Hier bleibt ein Satz. </w:t></w:r><w:moveFromRangeStart w:id=\"20\" w:author=\"A\" w:date=\"2026-11-03T10:00:00Z\" w:name=\"move1\"/><w:moveFrom w:id=\"21\" w:author=\"A\" w:date=\"2026-11-03T10:00:00Z\"><w:r><w:t>Der verschobene Satz.</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id=\"20\"/></w:p>",
                "docx:<w:p><w:pPr><w:rPr><w:del w:id=\"30\" w:author=\"A\" w:date=\"2026-11-03T10:00:00Z\"/></w:rPr></w:pPr><w:r><w:t xml:space=\"preserve\">Der Absatz endet ohne Marke </w:t></w:r></w:p>",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">und läuft hier weiter. </w:t></w:r><w:moveToRangeStart w:id=\"22\" w:author=\"A\" w:date=\"2026-11-03T10:00:00Z\" w:name=\"move1\"/><w:moveTo w:id=\"23\" w:author=\"A\" w:date=\"2026-11-03T10:00:00Z\"><w:r><w:t>Der verschobene Satz.</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id=\"22\"/></w:p>",
                "html:<form action=\"/suche\"><label for=\"q\">Suchbegriff</label> <input id=\"q\" name=\"q\" placeholder=\"Wort eingeben\"> <button type=\"submit\">Suchen</button></form>",
                "html:<p>Die Firma <span translate=\"no\">Muster Werke GmbH</span> schrieb uns. Sie antwortete rasch.</p>",
                "html:<p translate=\"no\">Dieser Absatz bleibt, wie er ist.</p>",
                "Ein gewöhnlicher Absatz am Ende. Er hat zwei Sätze."));
        // what a real news or politics document holds beyond the themes above: a Word table of contents (a TOC field
        // whose result spans paragraphs, hyperlinks to bookmarks, PAGEREF fields), a date field, a link as a HYPERLINK field, a text box (its
        // mc:Choice and the VML fallback), an endnote, non-breaking and soft hyphens as Word's own elements, an
        // East Asian run; a page's meta tags, time, figure and caption, a table caption, a definition list, q and cite
        t.put("fields", List.of(
                "docx:<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9000\"/></w:tabs></w:pPr>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + tocEntry(1, "Lage im Land") + "</w:p>",
                "docx:<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9000\"/></w:tabs></w:pPr>"
                        + tocEntry(2, "Reaktionen aus dem Ausland") + "</w:p>",
                "docx:<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
                "docx:<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:bookmarkStart w:id=\"41\" w:name=\"_Toc1\"/><w:r><w:t>Lage im Land</w:t></w:r>"
                        + "<w:bookmarkEnd w:id=\"41\"/></w:p>",
                "docx:<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:bookmarkStart w:id=\"42\" w:name=\"_Toc2\"/><w:r><w:t>Reaktionen aus dem Ausland</w:t></w:r>"
                        + "<w:bookmarkEnd w:id=\"42\"/></w:p>",
                "html:<h1 id=\"lage\">Lage im Land</h1>",
                "txt:Lage im Land",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Stand: </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText"
                        + " xml:space=\"preserve\"> DATE \\@ \"dd.MM.yyyy\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                        + "<w:r><w:t>03.11.2026</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\">."
                        + " Der Bericht ist vorläufig.</w:t></w:r></w:p>",
                "html:<p>Stand: <time datetime=\"2026-11-03\">3. November 2026</time>. Der Bericht ist vorläufig.</p>",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Lesen Sie </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText"
                        + " xml:space=\"preserve\"> HYPERLINK \"https://example.org/bericht\" </w:instrText></w:r><w:r><w:fldChar"
                        + " w:fldCharType=\"separate\"/></w:r><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t>den ganzen Bericht</w:t></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> im Netz. Er ist lang.</w:t></w:r></w:p>",
                "txt:Stand: 03.11.2026. Der Bericht ist vorläufig.",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Vor dem Textfeld steht ein Satz. </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
                        + "<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"1\""
                        + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH"
                        + " relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\">"
                        + "<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"2000000\" cy=\"600000\"/><wp:effectExtent l=\"0\" t=\"0\""
                        + " r=\"0\" b=\"0\"/><wp:wrapSquare wrapText=\"bothSides\"/><wp:docPr id=\"1\" name=\"Textfeld 1\"/><wp:cNvGraphicFramePr/>"
                        + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
                        + "<wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2000000\" cy=\"600000\"/></a:xfrm>"
                        + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>" + TEXT_BOX
                        + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                        + "<mc:Fallback><w:pict><v:shape id=\"Textfeld1\" type=\"#_x0000_t202\" style=\"width:157pt;height:47pt\"><v:textbox>"
                        + "<w:txbxContent>" + TEXT_BOX + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
                        + "<w:r><w:t>Nach dem Textfeld geht es weiter.</w:t></w:r></w:p>",
                "html:<figure><img src=\"lage.png\" alt=\"Die Lage auf einer Karte\"><figcaption>Die Karte zeigt die Lage. Sie ist neu.</figcaption></figure>",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Die Zahl ist vorläufig.</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"EndnoteReference\"/></w:rPr>"
                        + "<w:endnoteReference w:id=\"1\"/></w:r><w:r><w:t xml:space=\"preserve\"> Sie wird im Dezember bestätigt.</w:t></w:r></w:p>",
                "docx:<w:p><w:r><w:t>Das Nord</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t xml:space=\"preserve\">Süd-Gefälle wächst. Die Donau</w:t></w:r>"
                        + "<w:r><w:softHyphen/></w:r><w:r><w:t>dampfschifffahrt auch.</w:t></w:r></w:p>",
                "docx:<w:p><w:r><w:t xml:space=\"preserve\">Der Besuch in </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii=\"MS Mincho\" w:eastAsia=\"MS Mincho\""
                        + " w:hint=\"eastAsia\"/><w:lang w:eastAsia=\"ja-JP\"/></w:rPr><w:t>東京</w:t></w:r><w:r><w:t xml:space=\"preserve\"> war kurz."
                        + " Der Minister reiste weiter.</w:t></w:r></w:p>",
                "head:<meta name=\"description\" content=\"Bericht zur Lage im Land und den Reaktionen.\">",
                "head:<meta name=\"keywords\" content=\"Lage, Ausland, Bericht\">",
                "head:<meta property=\"og:title\" content=\"Lage im Land\">",
                "html:<table><caption>Wahlergebnis in Prozent. Vorläufig.</caption><tr><th>Partei</th><th>Anteil</th></tr><tr><td>Die Grünen</td><td>12,5</td></tr></table>",
                "html:<dl><dt>Koalition</dt><dd>Ein Bündnis mehrerer Parteien. Es regiert gemeinsam.</dd></dl>",
                "html:<p>Sie sagte <q>Wir bleiben.</q> So steht es in <cite>Der Zeitung</cite>. Ein\u00A0Wort&shy;teil und ein<wbr>Umbruch.</p>",
                "Ein gewöhnlicher Absatz am Ende. Er hat zwei Sätze."));
        return t;
    }

    /** The text box's paragraphs, once in its {@code mc:Choice} and once in its VML fallback. */
    private static final String TEXT_BOX = "<w:p><w:r><w:t xml:space=\"preserve\">Im Textfeld steht ein Satz. </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
            + "<w:t>Und ein fetter zweiter.</w:t></w:r></w:p>";

    /** One entry of a Word table of contents: a link to a heading's bookmark, a tab and the PAGEREF field of its page. */
    private static String tocEntry(int n, String heading) {
        return "<w:hyperlink w:anchor=\"_Toc" + n + "\" w:history=\"1\"><w:r><w:t>" + heading + "</w:t></w:r><w:r><w:tab/></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF _Toc" + n + " \\h </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>" + n + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink>";
    }

    private static String longParagraph() {
        String[] words = {"Die Kommission", "Der Rat", "Das Parlament", "Die Regierung", "Der Ausschuss"};
        String[] verbs = {"prüfte den Vorschlag", "lehnte den Antrag ab", "stimmte dem Bericht zu", "vertagte die Frage",
                "forderte neue Zahlen"};
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            String s = words[i % 5] + " " + verbs[(i / 5) % 5] + " am " + (i % 28 + 1) + ". März";
            if (i % 7 == 3) {
                s = "**" + s + "**";
            } else if (i % 11 == 5) {
                s = words[i % 5] + " [[https://example.org/s" + i + "|" + verbs[(i / 5) % 5] + "]]";
            }
            p.append(i == 0 ? "" : " ").append(s).append('.');
        }
        return p.toString();
    }

    // --- the markup ---

    /** A node of a paragraph: text, a formatting span with its children, a break, a tab or a footnote. */
    record Node(String kind, String text, List<Node> children) {
    }

    static List<Node> parse(String s) {
        List<Node> root = new ArrayList<>();
        parse(s, 0, root, null);
        return root;
    }

    private static final Map<String, String> SPANS = Map.of("**", "b", "//", "i", "__", "u", "^^", "sup");

    /** Parses from {@code i} into {@code out} until {@code end}; returns the index after it. */
    private static int parse(String s, int i, List<Node> out, String end) {
        StringBuilder text = new StringBuilder();
        while (i < s.length()) {
            if (end != null && s.startsWith(end, i)) {
                flush(text, out);
                return i + end.length();
            }
            String two = i + 2 <= s.length() ? s.substring(i, i + 2) : "";
            if (SPANS.containsKey(two)) {
                flush(text, out);
                List<Node> kids = new ArrayList<>();
                i = parse(s, i + 2, kids, two);
                out.add(new Node(SPANS.get(two), null, kids));
            } else if (two.equals("[[")) {
                flush(text, out);
                int bar = s.indexOf('|', i);
                List<Node> kids = new ArrayList<>();
                String url = s.substring(i + 2, bar);
                i = parse(s, bar + 1, kids, "]]");
                out.add(new Node("link", url, kids));
            } else if (s.startsWith("{{fn:", i)) {
                flush(text, out);
                List<Node> kids = new ArrayList<>();
                i = parse(s, i + 5, kids, "}}");
                out.add(new Node("fn", null, kids));
            } else if (two.equals("\\n") || two.equals("\\t")) {
                flush(text, out);
                out.add(new Node(two.equals("\\n") ? "br" : "tab", null, List.of()));
                i += 2;
            } else {
                text.append(s.charAt(i++));
            }
        }
        if (end != null) {
            throw new IllegalArgumentException("unclosed " + end + " in " + s);
        }
        flush(text, out);
        return i;
    }

    private static void flush(StringBuilder text, List<Node> out) {
        if (text.length() > 0) {
            out.add(new Node("text", text.toString(), List.of()));
            text.setLength(0);
        }
    }

    private static String kind(String p) {
        int c = p.indexOf(':');
        String k = c < 0 ? "" : p.substring(0, c);
        return List.of("h1", "h2", "li", "li2", "ol", "tr", "rtl", "empty", "space", "tab", "html", "head", "docx", "txt").contains(k) ? k : "";
    }

    private static String body(String p) {
        String k = kind(p);
        return k.isEmpty() ? p : p.substring(k.length() + 1);
    }

    // --- plain text ---

    /** The theme as plain text: one line a paragraph, a break a new line, table cells split by tabs, notes at the end. */
    static String txt(List<String> paras) {
        StringBuilder out = new StringBuilder();
        List<List<Node>> notes = new ArrayList<>();
        for (String p : paras) {
            String k = kind(p);
            switch (k) {
                case "html", "head", "docx" -> {
                    continue;
                }
                case "empty" -> out.append('\n');
                case "space" -> out.append("   \n");
                case "tab" -> out.append("\t\n");
                case "tr" -> {
                    List<String> cells = new ArrayList<>();
                    for (String cell : body(p).split("\\|\\|", -1)) {
                        StringBuilder c = new StringBuilder();
                        plain(parse(cell.strip()), c, notes);
                        cells.add(c.toString());
                    }
                    out.append(String.join("\t", cells)).append('\n');
                }
                default -> {
                    out.append(switch (k) {
                        case "li" -> "- ";
                        case "li2" -> "    - ";
                        case "ol" -> "1. ";
                        default -> "";
                    });
                    plain(parse(body(p)), out, notes);
                    out.append('\n');
                }
            }
        }
        for (int i = 0; i < notes.size(); i++) {
            out.append("\n[").append(i + 1).append("] ");
            plain(notes.get(i), out, new ArrayList<>());
        }
        return out.append('\n').toString();
    }

    private static void plain(List<Node> nodes, StringBuilder out, List<List<Node>> notes) {
        for (Node n : nodes) {
            switch (n.kind()) {
                case "text" -> out.append(n.text());
                case "br" -> out.append('\n');
                case "tab" -> out.append('\t');
                case "fn" -> {
                    notes.add(n.children());
                    out.append('[').append(notes.size()).append(']');
                }
                default -> plain(n.children(), out, notes);
            }
        }
    }

    // --- HTML ---

    /** The theme as an HTML page. */
    static String html(String title, List<String> paras) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n");
        paras.stream().filter(p -> kind(p).equals("head")).forEach(p -> out.append(body(p)).append('\n'));
        out.append("</head>\n<body>\n");
        List<List<Node>> notes = new ArrayList<>();
        String open = "";
        for (String p : paras) {
            String k = kind(p);
            String wrapper = switch (k) {
                case "li", "li2" -> "ul";
                case "ol" -> "ol";
                case "tr" -> "table";
                default -> "";
            };
            if (!wrapper.equals(open)) {
                if (!open.isEmpty()) {
                    out.append("</").append(open).append(">\n");
                }
                if (!wrapper.isEmpty()) {
                    out.append('<').append(wrapper).append(">\n");
                }
                open = wrapper;
            }
            switch (k) {
                case "docx", "txt", "head" -> { }
                case "html" -> out.append(body(p)).append('\n');
                case "empty" -> out.append("<p></p>\n");
                case "space" -> out.append("<p>   </p>\n");
                case "tab" -> out.append("<p>\t</p>\n");
                case "tr" -> {
                    out.append("<tr>");
                    for (String cell : body(p).split("\\|\\|", -1)) {
                        out.append("<td>");
                        html(parse(cell.strip()), out, notes);
                        out.append("</td>");
                    }
                    out.append("</tr>\n");
                }
                default -> {
                    String tag = switch (k) {
                        case "h1", "h2" -> k;
                        case "li", "li2", "ol" -> "li";
                        default -> "p";
                    };
                    out.append('<').append(tag).append(k.equals("li2") ? " class=\"sub\"" : "")
                            .append(k.equals("rtl") ? " dir=\"rtl\" lang=\"ar\"" : "").append('>');
                    html(parse(body(p)), out, notes);
                    out.append("</").append(tag).append(">\n");
                }
            }
        }
        if (!open.isEmpty()) {
            out.append("</").append(open).append(">\n");
        }
        if (!notes.isEmpty()) {
            out.append("<ol class=\"notes\">\n");
            for (int i = 0; i < notes.size(); i++) {
                out.append("<li id=\"fn").append(i + 1).append("\">");
                html(notes.get(i), out, new ArrayList<>());
                out.append("</li>\n");
            }
            out.append("</ol>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static void html(List<Node> nodes, StringBuilder out, List<List<Node>> notes) {
        for (Node n : nodes) {
            switch (n.kind()) {
                case "text" -> out.append(esc(n.text()));
                case "br" -> out.append("<br>");
                case "tab" -> out.append('\t');
                case "fn" -> {
                    notes.add(n.children());
                    out.append("<sup><a href=\"#fn").append(notes.size()).append("\">").append(notes.size()).append("</a></sup>");
                }
                case "link" -> {
                    out.append("<a href=\"").append(esc(n.text())).append("\">");
                    html(n.children(), out, notes);
                    out.append("</a>");
                }
                default -> {
                    out.append('<').append(n.kind()).append('>');
                    html(n.children(), out, notes);
                    out.append("</").append(n.kind()).append('>');
                }
            }
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // --- DOCX ---

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** The namespaces of a text box: markup compatibility, DrawingML and its Word shapes, VML for the fallback. */
    private static final String DRAWING_NS = " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    /** Builds a DOCX's parts: links become relationships, footnotes a footnotes part. */
    private static final class Docx {
        final List<String> rels = new ArrayList<>();
        final List<String> footnotes = new ArrayList<>();

        String rel(String type, String target, boolean external) {
            String id = "rId" + (rels.size() + 1);
            rels.add("<Relationship Id=\"" + id + "\" Type=\"" + REL + type + "\" Target=\"" + esc(target) + "\""
                    + (external ? " TargetMode=\"External\"" : "") + "/>");
            return id;
        }

        void runs(List<Node> nodes, List<String> props, String link, StringBuilder out) {
            for (Node n : nodes) {
                switch (n.kind()) {
                    case "text" -> out.append(run(props, link, "<w:t xml:space=\"preserve\">" + esc(n.text()) + "</w:t>"));
                    case "br" -> out.append(run(props, link, "<w:br/>"));
                    case "tab" -> out.append(run(props, link, "<w:tab/>"));
                    case "fn" -> {
                        int id = footnotes.size() + 1;
                        StringBuilder note = new StringBuilder("<w:footnote w:id=\"" + id + "\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>"
                                + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r>"
                                + "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>");
                        runs(n.children(), List.of(), "", note);
                        footnotes.add(note.append("</w:p></w:footnote>").toString());
                        out.append("<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"")
                                .append(id).append("\"/></w:r>");
                    }
                    case "link" -> {
                        out.append("<w:hyperlink r:id=\"").append(rel("hyperlink", n.text(), true)).append("\">");
                        runs(n.children(), props, "Hyperlink", out);
                        out.append("</w:hyperlink>");
                    }
                    default -> {
                        List<String> more = new ArrayList<>(props);
                        more.add(n.kind());
                        runs(n.children(), more, link, out);
                    }
                }
            }
        }

        private static boolean rtl(String s) {
            return s.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        }

        private static String run(List<String> props, String link, String content) {
            StringBuilder pr = new StringBuilder();
            if (!link.isEmpty()) {
                pr.append("<w:rStyle w:val=\"").append(link).append("\"/>");
            }
            for (String p : List.of("b", "i", "u", "sup")) {
                if (props.contains(p)) {
                    pr.append(switch (p) {
                        case "u" -> "<w:u w:val=\"single\"/>";
                        case "sup" -> "<w:vertAlign w:val=\"superscript\"/>";
                        // Word formats right-to-left text by the complex-script twins (bCs, iCs) and writes both
                        default -> "<w:" + p + "/>" + (rtl(content) ? "<w:" + p + "Cs/>" : "");
                    });
                }
            }
            return "<w:r>" + (pr.length() == 0 ? "" : "<w:rPr>" + pr + "</w:rPr>") + content + "</w:r>";
        }
    }

    /** The theme as a DOCX in {@code dir} (its parts in {@code name.d} beside it), with a header and a footer. */
    static Path docx(String name, List<String> paras, Path dir) throws IOException {
        Docx d = new Docx();
        StringBuilder body = new StringBuilder();
        boolean table = false;
        for (String p : paras) {
            String k = kind(p);
            if (k.equals("tr") != table) {
                body.append(table ? "</w:tbl>\n" : "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>"
                        + "</w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>\n");
                table = !table;
            }
            switch (k) {
                case "html", "head", "txt" -> { }
                case "docx" -> body.append(body(p)).append('\n');
                case "empty" -> body.append("<w:p/>\n");
                case "space" -> body.append("<w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>\n");
                case "tab" -> body.append("<w:p><w:r><w:tab/></w:r></w:p>\n");
                case "tr" -> {
                    String[] cells = body(p).split("\\|\\|", -1);
                    body.append("<w:tr>");
                    for (int c = 0; c < 3; c++) {
                        body.append("<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr><w:p>");
                        if (c < cells.length) {
                            d.runs(parse(cells[c].strip()), List.of(), "", body);
                        }
                        body.append("</w:p></w:tc>");
                    }
                    body.append("</w:tr>\n");
                }
                default -> {
                    String ppr = switch (k) {
                        case "h1" -> "<w:pStyle w:val=\"Heading1\"/>";
                        case "h2" -> "<w:pStyle w:val=\"Heading2\"/>";
                        case "li", "li2", "ol" -> "<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\""
                                + (k.equals("li2") ? 1 : 0) + "\"/><w:numId w:val=\"" + (k.equals("ol") ? 2 : 1) + "\"/></w:numPr>";
                        case "rtl" -> "<w:bidi/>";
                        default -> "";
                    };
                    body.append("<w:p>").append(ppr.isEmpty() ? "" : "<w:pPr>" + ppr + "</w:pPr>");
                    List<Node> nodes = parse(body(p));
                    if (k.equals("rtl")) {
                        body.append("<w:r><w:rPr><w:rtl/><w:lang w:bidi=\"ar-SA\"/></w:rPr><w:t xml:space=\"preserve\">")
                                .append(esc(body(p))).append("</w:t></w:r>");
                    } else {
                        d.runs(nodes, List.of(), "", body);
                    }
                    body.append("</w:p>\n");
                }
            }
        }
        if (table) {
            body.append("</w:tbl>\n");
        }
        body.append("<w:p/>\n");
        Path parts = dir.resolve(name + ".d");
        Files.createDirectories(parts.resolve("_rels"));
        Files.createDirectories(parts.resolve("word/_rels"));
        String header = d.rel("header", "header1.xml", false);
        String footer = d.rel("footer", "footer1.xml", false);
        d.rel("styles", "styles.xml", false);
        d.rel("numbering", "numbering.xml", false);
        d.rel("footnotes", "footnotes.xml", false);
        boolean comments = body.indexOf("<w:commentReference") >= 0;
        if (comments) {
            d.rel("comments", "comments.xml", false);
        }
        boolean endnotes = body.indexOf("<w:endnoteReference") >= 0;
        if (endnotes) {
            d.rel("endnotes", "endnotes.xml", false);
        }
        write(parts.resolve("word/document.xml"), XML + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"" + DRAWING_NS + "><w:body>\n" + body
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"" + header + "\"/><w:footerReference w:type=\"default\" r:id=\""
                + footer + "\"/>" + (endnotes ? "<w:endnotePr><w:numFmt w:val=\"decimal\"/></w:endnotePr>" : "") + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1134\""
                + " w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>\n</w:body></w:document>\n");
        write(parts.resolve("word/header1.xml"), XML + "<w:hdr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/>"
                + "</w:pPr><w:r><w:t>Kopfzeile: Vertraulich. Nur für den Dienstgebrauch.</w:t></w:r></w:p></w:hdr>\n");
        write(parts.resolve("word/footer1.xml"), XML + "<w:ftr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>"
                + "</w:pPr><w:r><w:t xml:space=\"preserve\">Fußzeile der Firma. Seite </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t>"
                + "</w:r></w:fldSimple></w:p></w:ftr>\n");
        write(parts.resolve("word/footnotes.xml"), XML + "<w:footnotes xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + String.join("", d.footnotes) + "</w:footnotes>\n");
        write(parts.resolve("word/styles.xml"), XML + "<w:styles xmlns:w=\"" + W + "\">"
                + style("paragraph", "Normal", "Normal", "") + style("paragraph", "Heading1", "heading 1", "<w:b/><w:sz w:val=\"32\"/>")
                + style("paragraph", "Heading2", "heading 2", "<w:b/><w:sz w:val=\"28\"/>") + style("paragraph", "ListParagraph", "List Paragraph", "")
                + style("paragraph", "FootnoteText", "footnote text", "<w:sz w:val=\"20\"/>") + style("paragraph", "Header", "header", "")
                + style("paragraph", "Footer", "footer", "") + style("character", "Hyperlink", "Hyperlink", "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>")
                + style("table", "TableGrid", "Table Grid", "") + style("paragraph", "TOC1", "toc 1", "")
                + style("paragraph", "EndnoteText", "endnote text", "<w:sz w:val=\"20\"/>")
                + style("character", "EndnoteReference", "endnote reference", "<w:vertAlign w:val=\"superscript\"/>") + "</w:styles>\n");
        write(parts.resolve("word/numbering.xml"), XML + "<w:numbering xmlns:w=\"" + W + "\">"
                + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"o\"/></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>\n");
        if (endnotes) {
            write(parts.resolve("word/endnotes.xml"), XML + "<w:endnotes xmlns:w=\"" + W + "\">"
                    + "<w:endnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>"
                    + "<w:endnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>"
                    + "<w:endnote w:id=\"1\"><w:p><w:pPr><w:pStyle w:val=\"EndnoteText\"/></w:pPr><w:r><w:rPr><w:rStyle w:val=\"EndnoteReference\"/>"
                    + "</w:rPr><w:endnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Quelle: Statistisches Amt. Stand </w:t></w:r><w:r><w:rPr><w:i/></w:rPr>"
                    + "<w:t>Oktober</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p></w:endnote></w:endnotes>\n");
        }
        if (comments) {
            write(parts.resolve("word/comments.xml"), XML + "<w:comments xmlns:w=\"" + W + "\"><w:comment w:id=\"1\" w:author=\"Lektor\""
                    + " w:date=\"2026-11-03T10:00:00Z\" w:initials=\"L\"><w:p><w:r><w:t>Bitte prüfen. Das Wort ist unklar.</w:t></w:r></w:p>"
                    + "</w:comment></w:comments>\n");
        }
        write(parts.resolve("word/_rels/document.xml.rels"), XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + String.join("", d.rels) + "</Relationships>\n");
        write(parts.resolve("_rels/.rels"), XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/></Relationships>\n");
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        write(parts.resolve("[Content_Types].xml"), XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("document.xml", wml + "document.main+xml") + override("styles.xml", wml + "styles+xml")
                + override("numbering.xml", wml + "numbering+xml") + override("footnotes.xml", wml + "footnotes+xml")
                + override("header1.xml", wml + "header+xml") + override("footer1.xml", wml + "footer+xml")
                + (comments ? override("comments.xml", wml + "comments+xml") : "")
                + (endnotes ? override("endnotes.xml", wml + "endnotes+xml") : "") + "</Types>\n");
        return RoundTripDocs.docx(parts, dir.resolve(name));
    }

    private static String style(String type, String id, String name, String rpr) {
        return "<w:style w:type=\"" + type + "\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (rpr.isEmpty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + "</w:style>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"/word/" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static void write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** Every theme as {@code THEME.de.txt}, {@code .html} and {@code .docx} in {@code dir}; the paths by file name. */
    public static Map<String, Path> write(Path dir) throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : themes().entrySet()) {
            String n = e.getKey() + ".de.";
            out.put(n + "txt", Files.writeString(dir.resolve(n + "txt"), txt(e.getValue()), StandardCharsets.UTF_8));
            out.put(n + "html", Files.writeString(dir.resolve(n + "html"), html(e.getKey(), e.getValue()), StandardCharsets.UTF_8));
            out.put(n + "docx", docx(n + "docx", e.getValue(), dir));
        }
        return out;
    }
}
