package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tmsh.common.Progress;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.memory.UnitMeta;

/**
 * TMX as the big tools export it, hand-written from their documentation ({@code formats/other-tools}):
 * Trados 2007's Translator's Workbench (TMX 1.4 with a DOCTYPE, upper-case {@code DE-DE}, RTF codes in
 * {@code <ut>}, {@code <ph>}, {@code <bpt>}/{@code <ept>} and an {@code <it>}, {@code Txt::}/{@code Att::}
 * fields), Trados Studio ({@code srclang="*all*"}, {@code <bpt>} with its {@code <cf>} content, a
 * {@code <ph>} whose native code holds a {@code <sub>} tag as text, {@code x-...:SinglePicklist} fields) and
 * Wordfast's TMX 1.1 ({@code lang=} instead of {@code xml:lang}, {@code <hi>}, a {@code <sub>} inside a
 * code; and the same file as UTF-16 with a byte order mark). Every unit is kept (as many as
 * translate-toolkit's TMX reader finds: 3, 2, 2), each text with its codes as markers and never their
 * native markup, languages in BCP 47 case, authors, dates and fields as written.
 */
class ToolTmxExportsTest extends ImportedFilesTestBase {

    private static final Path DIR = Path.of("src/test/resources/formats/other-tools");

    private List<String> imported(Path file) throws Exception {
        new ImportJob(library).run("t", file, null, null, false, null, Progress.NONE);
        List<String> lines = unitLines("t");
        for (String l : lines) {
            assertFalse(l.matches("(?s).*(\\{\\\\|<cf|&lt;|<sub|\\\\tab).*"), "native code as text: " + l);
        }
        return lines;
    }

    @Test
    void trados2007WorkbenchExport() throws Exception {
        assertEquals(List.of("de-DE=Klicken Sie auf ⟨1/⟩Speichern⟨2/⟩. | en-US=Click ⟨1/⟩Save⟨2/⟩.",
                "de-DE=Siehe Seite⟨1/⟩12. | en-US=See page⟨1/⟩12.",
                "de-DE=⟨1⟩Hinweis:⟨/1⟩ Text mit ⟨2/⟩Unterstreichung. | en-US=⟨1⟩Note:⟨/1⟩ Text with ⟨2/⟩underline."),
                imported(DIR.resolve("trados2007-workbench.tmx")));
        UnitMeta m = UnitMeta.of(units("t").get(0));
        assertEquals("ACME", m.client(), "Txt::Client is the client field");
        assertEquals("Annual report", m.project(), "Att::Project is the project field");
        assertEquals(java.time.Instant.parse("2008-03-12T10:10:10Z"), m.created());
        assertEquals(java.time.Instant.parse("2008-03-13T11:11:11Z"), m.changed());
    }

    @Test
    void tradosStudioExportWithCodeContent() throws Exception {
        assertEquals(List.of("de-DE=Drücken Sie ⟨1⟩Eingabe⟨/1⟩, um fortzufahren. | en-US=Press ⟨1⟩Enter⟨/1⟩ to go on.",
                        "de-DE=Fußnote⟨1/⟩ hier. | en-US=Footnote⟨1/⟩ here."),
                imported(DIR.resolve("trados-studio-codes.tmx")));
        UnitMeta m = UnitMeta.of(units("t").get(0));
        assertEquals("ACME", m.client());
        assertEquals(java.time.Instant.parse("2023-01-06T11:11:11Z"), m.changed());
    }

    @Test
    void wordfastTmx11InUtf8AndUtf16() throws Exception {
        List<String> expected = List.of("en-US=The ⟨1⟩red⟨/1⟩ button stops it. | fr-FR=Le bouton ⟨1⟩rouge⟨/1⟩ l'arrête.",
                "en-US=See ⟨1/⟩ now. | fr-FR=Voir ⟨1/⟩ maintenant.");
        assertEquals(expected, imported(DIR.resolve("wordfast-tmx11.tmx")));
        library.close();
        library = new org.tmsh.memory.TmLibrary(dir.resolve("tms16"));
        String text = Files.readString(DIR.resolve("wordfast-tmx11.tmx"));
        Path utf16 = dir.resolve("wordfast-utf16.tmx");
        Files.write(utf16, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(expected, imported(utf16));
        List<TmxUnit> u = units("t");
        assertEquals(2, u.size());
    }
}
