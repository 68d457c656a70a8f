package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.sf.okapi.common.resource.TextFragment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tmsh.segment.SrxSegmenter;

/**
 * Elements that play or draw something ({@code audio}, {@code video}, {@code canvas}) inside a sentence:
 * the sentence stays one, the element with its fallback, sources and tracks is one code written back as
 * it was, and nothing after it is lost. Okapi 1.47 had no rule for {@code video} and {@code canvas} (each
 * ended the sentence), and a rule without a rule type for {@code audio} and {@code track}, on which its
 * filter failed: such a page could not be read at all.
 */
class HtmlMediaTest {

    @TempDir
    Path dir;

    private final SrxSegmenter segmenter = SrxSegmenter.withDefaultRules();

    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"UTF-8\"><title>Seite</title></head><body>\n"
            + "<p>Im Video <video src=\"rede.mp4\" controls>Ihr Browser zeigt kein Video.</video> spricht die Ministerin. Sie ist klar.</p>\n"
            + "<p>Hören Sie <audio controls><source src=\"rede.ogg\" type=\"audio/ogg\">Kein Ton.</audio> die Rede an.</p>\n"
            + "<p>Der Film <video controls><source src=\"a.webm\" type=\"video/webm\"><track kind=\"captions\" src=\"a.vtt\""
            + " srclang=\"de\" label=\"Deutsch\"></video> läuft heute.</p>\n"
            + "<p>Die Grafik <canvas width=\"200\" height=\"100\">Eine Karte.</canvas> zeigt die <b>Kreise</b>.</p>\n"
            + "<video controls src=\"b.mp4\"></video>\n<p>Danach kommt Text.</p>\n</body></html>\n";

    private final List<String> sentences = new ArrayList<>();

    private String merged(boolean translate) throws IOException {
        Path page = Files.writeString(dir.resolve("seite.html"), PAGE, StandardCharsets.UTF_8);
        Path out = dir.resolve(translate ? "upper.html" : "untouched.html");
        sentences.clear();
        DocumentSegments.write(page, "de", "en", segmenter, item -> {
            sentences.add(item.content().getText());
            if (!translate) {
                return null;
            }
            TextFragment t = item.content().clone();
            t.setCodedText(t.getCodedText().toUpperCase(Locale.ROOT));
            return t;
        }, out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /**
     * The page as Okapi's writer gives it back untouched: the line breaks beside a media element between
     * two paragraphs are dropped, as beside an {@code <img>} there (an inline element at a line's edge:
     * a browser shows no space either way).
     */
    private static String asWritten(String page) {
        return page.replace("<html lang=\"de\"", "<html lang=\"en\"").replace("</p>\n<video controls src=\"b.mp4\"></video>\n<p>",
                "</p><video controls src=\"b.mp4\"></video><p>");
    }

    @Test
    void untouchedThePageIsTheOriginalAndEachSentenceIsWhole() throws IOException {
        assertEquals(asWritten(PAGE), merged(false));
        assertEquals(List.of("Seite", "Im Video Ihr Browser zeigt kein Video. spricht die Ministerin.", "Sie ist klar.",
                "Hören Sie Kein Ton. die Rede an.", "de", "Deutsch", "Der Film  läuft heute.", "Die Grafik Eine Karte. zeigt die Kreise.",
                "Danach kommt Text."), sentences.stream().map(s -> s.replaceAll("[\\uE000-\\uF8FF]", "")).toList());
    }

    /** The fallback text is the sentence's (a browser that cannot play the element shows it), so it is translated with it. */
    @Test
    void translatedTheWordsChangeAndTheMediaAreAsTheyWere() throws IOException {
        String html = merged(true);
        assertEquals(asWritten(PAGE).replace("<title>Seite", "<title>SEITE")
                .replace("Im Video <video src=\"rede.mp4\" controls>Ihr Browser zeigt kein Video.</video> spricht die Ministerin. Sie ist klar.",
                        "IM VIDEO <video src=\"rede.mp4\" controls>IHR BROWSER ZEIGT KEIN VIDEO.</video> SPRICHT DIE MINISTERIN. SIE IST KLAR.")
                .replace("Hören Sie <audio controls><source src=\"rede.ogg\" type=\"audio/ogg\">Kein Ton.</audio> die Rede an.",
                        "HÖREN SIE <audio controls><source src=\"rede.ogg\" type=\"audio/ogg\">KEIN TON.</audio> DIE REDE AN.")
                .replace("Der Film <", "DER FILM <").replace("label=\"Deutsch\"", "label=\"DEUTSCH\"").replace("> läuft heute.", "> LÄUFT HEUTE.")
                .replace("Die Grafik <canvas width=\"200\" height=\"100\">Eine Karte.</canvas> zeigt die <b>Kreise</b>.",
                        "DIE GRAFIK <canvas width=\"200\" height=\"100\">EINE KARTE.</canvas> ZEIGT DIE <b>KREISE</b>.")
                .replace("Danach kommt Text.", "DANACH KOMMT TEXT."), html.replace("srclang=\"DE\"", "srclang=\"de\""));
    }
}
