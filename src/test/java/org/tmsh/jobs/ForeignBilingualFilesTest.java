package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.bilingual.PoReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.xliff.XliffReader;
import org.tmsh.memory.ImportReport;

/**
 * Files other tools write, each of the kind that showed a fault (issue 23): SDLXLIFF, WorldServer-style
 * placeholder-only targets, {@code approved="no"}, po2xliff's header, Okapi's segmented XLIFF, a
 * windows-1251 PO, {@code msgstr[0]} on its own line, {@code msgctxt}, semicolon CSV with line breaks,
 * XLIFF 2.0 {@code cp}, and a TMX export of foreign attributes.
 */
class ForeignBilingualFilesTest extends ImportedFilesTestBase {

    private Path write(String name, String text, Charset cs) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(cs));
        return f;
    }

    static final String SDLXLIFF = """
            <?xml version="1.0" encoding="utf-8"?>
            <xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
            <file original="C:\\\\p\\\\a.docx" datatype="x-sdlfilterframework2" source-language="en-US" target-language="de-DE">
            <header><file-info xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><value key="SDL:FileId">x</value></file-info></header>
            <body><group><sdl:cxts><sdl:cxt id="1"/></sdl:cxts>
            <trans-unit id="a1"><source>First sentence. Second one.</source>
            <seg-source><mrk mtype="seg" mid="1">First sentence.</mrk> <mrk mtype="seg" mid="2">Second one.</mrk></seg-source>
            <target><mrk mtype="seg" mid="1">Erster Satz.</mrk> <mrk mtype="seg" mid="2">Zweiter.</mrk></target>
            <sdl:seg-defs><sdl:seg id="1" conf="Translated" origin="interactive"/><sdl:seg id="2" conf="Draft"/></sdl:seg-defs>
            </trans-unit>
            <trans-unit id="a2"><source><g id="5">Approved</g> text</source>
            <seg-source><mrk mtype="seg" mid="3"><g id="5">Approved</g> text</mrk></seg-source>
            <target><mrk mtype="seg" mid="3"><g id="5">Genehmigter</g> Text</mrk></target>
            <sdl:seg-defs><sdl:seg id="3" conf="ApprovedSignOff" locked="true"/></sdl:seg-defs>
            </trans-unit>
            <trans-unit id="a3" translate="no"><source>x</source></trans-unit>
            </group></body></file></xliff>
            """;

    @Test
    void sdlxliffSegmentsWithTheirConfirmationLevels() throws Exception {
        ImportReport r = new ImportJob(library).run("t", write("a.docx.sdlxliff", SDLXLIFF, StandardCharsets.UTF_8),
                null, null, Progress.NONE);
        assertEquals(2, r.added(), r.toString());
        List<TmxUnit> u = units("t");
        assertEquals("Erster Satz.", u.get(0).text("de-DE"));
        assertEquals("⟨1⟩Genehmigter⟨/1⟩ Text", u.get(1).text("de"));
        assertEquals("en-US", u.get(0).langCode("en"));
        assertEquals(2, new ImportJob(library).run("all", dir.resolve("a.docx.sdlxliff"), null, null, true,
                Progress.NONE).added() - 1, "the Draft segment is there with --all-states");
    }

    @Test
    void placeholderOnlyTargetsUnapprovedUnitsAndGettextHeadersAreNoTranslations() throws Exception {
        Path f = write("ws.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:iws="http://www.idiominc.com/ws/asset">
                <file original="ws" source-language="en-US" target-language="fr-FR" datatype="x-worldserver"><body>
                <trans-unit id="hdr" restype="x-gettext-domain-header"><source>Project-Id-Version: x</source><target>Project-Id-Version: x</target></trans-unit>
                <trans-unit id="1"><source>Hello <ph id="1">{0}</ph></source><target><ph id="1">{0}</ph></target>
                  <iws:segment-metadata><iws:status target_content="placeholders_only"/></iws:segment-metadata></trans-unit>
                <trans-unit id="2"><source><bpt id="1">&lt;b&gt;</bpt>Bold<ept id="1">&lt;/b&gt;</ept></source><target> <bpt id="1">&lt;b&gt;</bpt><ept id="1">&lt;/b&gt;</ept> </target></trans-unit>
                <trans-unit id="3" approved="no"><source>Save</source><target>Enregistrer</target></trans-unit>
                <trans-unit id="4"><source>Close</source><target>Fermer</target></trans-unit>
                <trans-unit id="5" approved="no"><source>Open</source><target state="translated">Ouvrir</target></trans-unit>
                </body></file></xliff>
                """, StandardCharsets.UTF_8);
        ImportReport r = new ImportJob(library).run("t", f, null, null, Progress.NONE);
        assertEquals(2, r.added(), "Close and Open (a state of its own wins over approved)");
        ImportReport all = new ImportJob(library).run("all", f, null, null, true, Progress.NONE);
        assertEquals(3, all.added(), "Save too; never the header nor the code-only targets");
    }

    @Test
    void okapiSegmentedXliffGivesOneUnitPerSegment() throws Exception {
        Path f = write("okapi.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions">
                <file original="doc.html" source-language="en" target-language="es-AR" datatype="html"><body>
                <trans-unit id="tu1" xml:space="preserve"><source xml:lang="en">One. <g id="1">Two</g>.</source>
                <seg-source><mrk mid="0" mtype="seg">One.</mrk> <mrk mid="1" mtype="seg"><g id="1">Two</g>.</mrk></seg-source>
                <target xml:lang="es-AR" state="translated"><mrk mid="0" mtype="seg">Uno.</mrk> <mrk mid="1" mtype="seg"><g id="1">Dos</g>.</mrk></target>
                </trans-unit></body></file></xliff>
                """, StandardCharsets.UTF_8);
        XliffReader.Content c = XliffReader.read(f);
        assertEquals(List.of("tu1_0", "tu1_1"), c.entries().stream().map(XliffReader.Entry::id).toList());
        assertEquals("⟨1⟩Dos⟨/1⟩.", c.entries().get(1).target());
        assertEquals(2, new ImportJob(library).run("t", f, null, null, Progress.NONE).added());
        assertEquals(Map.of("en", 2L, "es-AR", 2L), library.open("t").languages());
    }

    @Test
    void poInItsDeclaredCharsetWithContextAndPluralOnTheNextLine() throws Exception {
        Path f = write("ru.po", """
                msgid ""
                msgstr ""
                "Content-Type: text/plain; charset=windows-1251\\n"
                "Language: ru_RU\\n"
                "X-Source-Language: en\\n"

                msgctxt "menu"
                msgid "File"
                msgstr "Файл"
                msgctxt "verb"
                msgid "File"
                msgstr "Подать"

                msgid "One file"
                msgid_plural "%d files"
                msgstr[0]
                "Один файл"
                msgstr[1] "%d файла"
                """, Charset.forName("windows-1251"));
        XliffReader.Content c = PoReader.read(f);
        assertEquals("ru-RU", c.header().tgtLang());
        assertEquals(List.of("Файл", "Подать", "Один файл"), c.entries().stream().map(XliffReader.Entry::target).toList());
        assertEquals("verb", c.entries().get(1).context());
        assertEquals(3, new ImportJob(library).run("t", f, null, null, Progress.NONE).added());
        assertTrue(units("t").get(1).xml().contains("<prop type=\"x-context\">verb</prop>"), units("t").get(1).xml());
    }

    @Test
    void poWithoutACharsetTakesTheEncodingGivenAndAWrongDeclarationIsOneLine() throws Exception {
        String po = "msgid \"\"\nmsgstr \"Language: de\\nX-Source-Language: en\\n\"\n\nmsgid \"Size\"\nmsgstr \"Größe\"\n";
        Path f = write("de.po", po, StandardCharsets.ISO_8859_1);
        TmshException e = assertThrows(TmshException.class, () -> PoReader.read(f));
        assertTrue(e.getMessage().contains("--encoding"), e.getMessage());
        assertEquals(1, new ImportJob(library).run("t", f, null, null, false, "ISO-8859-1", Progress.NONE).added());
        assertEquals("Größe", units("t").get(0).text("de"));
        Path lying = write("lying.po", po.replace("Language", "Content-Type: text/plain; charset=UTF-8\\nLanguage"),
                StandardCharsets.ISO_8859_1);
        TmshException e2 = assertThrows(TmshException.class, () -> PoReader.read(lying));
        assertTrue(e2.getMessage().contains("charset=UTF-8"), e2.getMessage());
    }

    @Test
    void csvWithSemicolonsQuotedLineBreaksAndEmptyCellsCounted() throws Exception {
        Path f = write("excel.csv", "de;en\r\nDatei;file\r\n\"Zeile eins\nZeile zwei\";\"line one\nline two\"\r\nLeer;\r\n",
                StandardCharsets.UTF_8);
        ImportReport r = new ImportJob(library).run("t", f, null, null, Progress.NONE);
        assertEquals(2, r.added());
        assertEquals(1, r.invalid(), "the row with an empty cell is counted");
        assertEquals(6, r.invalidSamples().get(0).line(), "the row after two cells of two lines each");
        assertEquals("Zeile eins\nZeile zwei", units("t").get(1).text("de"));
    }

    @Test
    void xliff20CodePointsAreKept() throws Exception {
        Path f = write("cp.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
                <file id="f1"><unit id="u1"><segment state="final"><source>Bell<cp hex="0007"/> and <cp hex="1F600"/></source>
                <target>Cloche<cp hex="0007"/> et <cp hex="1F600"/></target></segment></unit></file></xliff>
                """, StandardCharsets.UTF_8);
        XliffReader.Entry e = XliffReader.read(f).entries().get(0);
        assertEquals("Bell\u0007 and \uD83D\uDE00", e.source());
        assertEquals("Cloche\u0007 et \uD83D\uDE00", e.target());
    }

    @Test
    void aCodePointATmxUnitCannotCarryBecomesAnInlineCodeNotDroppedOrRefused() throws Exception {
        Path f = write("cp2.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
                <file id="f1"><unit id="u1"><segment state="final"><source>Bell<cp hex="0010"/> rings</source>
                <target>Cloche<cp hex="0010"/> sonne</target></segment></unit>
                <unit id="u2"><segment state="final"><source>Door</source><target>Porte</target></segment></unit></file></xliff>
                """, StandardCharsets.UTF_8);
        ImportReport r = new ImportJob(library).run("cp", f, null, null, Progress.NONE);
        assertEquals(2, r.added(), r.toString());
        assertEquals(0, r.invalid(), r.toString());
        List<TmxUnit> units = units("cp");
        assertEquals(List.of("Cloche⟨1/⟩ sonne", "Porte"), units.stream().map(u -> u.text("fr")).toList());
        assertEquals("Bell⟨1/⟩ rings", units.get(0).text("en"));
        assertTrue(units.get(0).xml().contains("<seg>Bell<ph x=\"1\"/> rings</seg>"), units.get(0).xml());
    }

    @Test
    void misEncodedXliffIsOneLineAndNoParserChatter() throws Exception {
        Path f = write("bad.xlf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\"><file source-language=\"de\">"
                + "<body><trans-unit id=\"1\"><source>Größe</source></trans-unit></body></file></xliff>", StandardCharsets.ISO_8859_1);
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            TmshException e = assertThrows(TmshException.class, () -> XliffReader.read(f));
            assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        } finally {
            System.setErr(old);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportOfForeignAttributesIsWellFormed() throws Exception {
        Path f = write("ns.tmx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4" xmlns:ex="http://example.com/ns">
                <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
                <body><tu><tuv xml:lang="en" ex:status="ok"><seg>Yes</seg></tuv><tuv xml:lang="de"><seg>Ja</seg></tuv></tu></body></tmx>
                """, StandardCharsets.UTF_8);
        new ImportJob(library).run("t", f, null, null, Progress.NONE);
        Path out = dir.resolve("out.tmx");
        library.open("t").export(out, "1.4", Progress.NONE);
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        var doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(out)));
        var tuv = (org.w3c.dom.Element) doc.getElementsByTagName("tuv").item(0);
        assertEquals("ok", tuv.getAttributeNS("http://example.com/ns", "status"));
    }

    @Test
    void xliffLanguagesInOddCaseAndUnderscoresAreStoredInBcp47CaseFromALatin1File() throws Exception {
        // what older converters write: a Latin-1 file, EN_us and DE-de, CDATA, an entity, an empty target
        Path f = write("odd.xlf", """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a" source-language="EN_us" target-language="DE-de" datatype="plaintext"><body>
                <trans-unit id="1"><source><![CDATA[A & B]]></source><target state="translated">A &amp; B über Größe</target></trans-unit>
                <trans-unit id="2"><source>Two</source><target/></trans-unit>
                </body></file></xliff>
                """, StandardCharsets.ISO_8859_1);
        ImportReport r = new ImportJob(library).run("t", f, null, null, false, null, Progress.NONE);
        assertEquals(1, r.added());
        assertEquals(List.of("de-DE=A & B über Größe | en-US=A & B"), unitLines("t"));
    }
}
