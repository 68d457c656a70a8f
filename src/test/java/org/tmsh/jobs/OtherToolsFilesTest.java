package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tmsh.common.Progress;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.memory.ImportReport;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Term;

/**
 * Files in the shape other tools export ({@code src/test/resources/formats/other-tools}, hand-written
 * from the tools' documentation): each imported as {@code tm import} or {@code term import} does, and
 * checked for its units or terms, their languages (regions kept, in BCP 47 case), their texts with
 * the inline codes as markers, the states that are imported and those that are not.
 */
class OtherToolsFilesTest extends ImportedFilesTestBase {

    private Path resource(String name) throws Exception {
        Path f = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/formats/other-tools/" + name)) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    /** Each unit of a memory as "lang=text | lang=text" (languages sorted), in the memory's order. */
    private List<String> imported(Path file) throws Exception {
        String tm = "t" + file.getFileName().toString().replaceAll("\\W", "");
        ImportReport r = new ImportJob(library).run(tm, file, null, null, false, null, Progress.NONE);
        assertTrue(r.added() > 0, file.toString());
        return unitLines(tm);
    }

    private List<String> rawUnits(String tm) throws Exception {
        List<String> out = new ArrayList<>();
        library.open(tm).forEachUnit(u -> out.add(u.xml()));
        return out;
    }

    @Test
    void tradosStudioTmxKeepsRegionsCodesAndItsMetadata() throws Exception {
        List<String> units = imported(resource("trados.tmx"));
        assertEquals(List.of("de-DE=Klicken Sie auf ⟨1⟩Speichern⟨/1⟩, um⟨2/⟩ die Datei zu behalten. | en-US=Click ⟨1⟩Save⟨/1⟩ to keep⟨2/⟩ the file.",
                "de-DE=Zweiter & letzter. | en-US=Second & last."), units);
        assertTrue(rawUnits("ttradostmx").get(0).contains("changeid=\"AGENCY\\bob\""));
    }

    @Test
    void memoQWordfastPhraseAndMateCatTmxAreReadWithTheirCodesAsMarkers() throws Exception {
        assertEquals(List.of("en-GB=The ⟨1⟩party⟨/1⟩ agrees. | pt-BR=A ⟨1⟩parte⟨/1⟩ concorda."), imported(resource("memoq.tmx")));
        assertEquals(List.of("en-US=Press ⟨1/⟩Enter⟨2/⟩ now. | fr-FR=Appuyez sur ⟨1/⟩Entrée⟨2/⟩ maintenant."),
                imported(resource("wordfast.tmx")));
        assertEquals(List.of("en=Save ⟨1/⟩changes | pt-BR=Salvar ⟨1/⟩alterações"), imported(resource("phrase.tmx")));
        assertEquals(List.of("en-US=Hello world | it-IT=Ciao mondo"), imported(resource("matecat.tmx")));
    }

    @Test
    void omegatTmx11LangAttributeAndItsTagsAsText() throws Exception {
        // OmegaT's level-1 TMX keeps its own tags (<f0>) as text; TMX 1.1's lang is the language
        assertEquals(List.of("en-US=Open <f0>the file</f0>. | es-AR=Abra <f0>el archivo</f0>.", "en-US=Save. | es-AR=Guardar."),
                imported(resource("omegat.tmx")));
    }

    @Test
    void allSourceLanguagesCdataHiItAndSubAreRead() throws Exception {
        assertEquals(List.of("de-AT=Grüß <Gott> & mehr | en-GB=Hello <there> & more | fr-CA=Bonjour ⟨1⟩là⟨/1⟩ ⟨2/⟩encore",
                "de-AT=Ein ⟨1⟩Link⟨/1⟩ | en-GB=A ⟨1⟩link⟨/1⟩"), imported(resource("allsrc.tmx")));
    }

    @Test
    void utf16TmxWithByteOrderMarkIsReadLikeItsUtf8Twin() throws Exception {
        String text = Files.readString(resource("trados.tmx")).replace("encoding=\"utf-8\"", "encoding=\"UTF-16\"");
        Path le = dir.resolve("le.tmx");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(le, bytes);
        assertEquals(imported(resource("trados.tmx")), imported(le));
    }

    @Test
    void phraseMxliffTakesConfirmedSegmentsAndItsBraceCodesAsMarkers() throws Exception {
        assertEquals(List.of("de-DE=Klicken Sie auf ⟨1⟩Speichern⟨/1⟩, um ⟨2/⟩die Datei zu behalten. | en=Click ⟨1⟩Save⟨/1⟩ to keep ⟨2/⟩the file.",
                "de-DE=⟨1⟩Fetter⟨/1⟩ und ⟨2⟩kursiver⟨/2⟩ Text. | en=⟨1⟩Bold⟨/1⟩ and ⟨2⟩italic⟨/2⟩ text."),
                imported(resource("phrase.mxliff")));
    }

    @Test
    void crowdinTransifexSmartcatAndAcrossXliffImportOnlyDoneTargets() throws Exception {
        assertEquals(List.of("en=My App | pt-BR=Meu App", "en=Save | pt-BR=Salvar", "en=Hello ⟨1⟩world⟨/1⟩⟨2/⟩ | pt-BR=Olá ⟨1⟩mundo⟨/1⟩⟨2/⟩"),
                imported(resource("crowdin.xliff")));
        assertEquals(List.of("en=Good morning | fr-CA=Bonjour", "en=Goodbye | fr-CA=Au revoir", "en=%d apple | fr-CA=%d pomme"),
                imported(resource("transifex.xlf")));
        assertEquals(List.of("en-US=Quarterly ⟨1⟩report⟨/1⟩ | es-MX=Informe ⟨1⟩trimestral⟨/1⟩", "en-US=Final text | es-MX=Texto final"),
                imported(resource("smartcat.xliff")));
        assertEquals(List.of("de-DE=Das Gerät ist ⟨1/⟩betriebsbereit. | en-GB=The device is ⟨1/⟩ready."), imported(resource("across.xlf")));
    }

    @Test
    void xliff21WithModulesTakesTheSegmentsNotTheMatchesOrGlossary() throws Exception {
        List<String> units = imported(resource("x21.xlf"));
        assertEquals(List.of("de-CH=Der ⟨1⟩grosse⟨/1⟩ Hund⟨2/⟩. | en-US=The ⟨1⟩big⟨/1⟩ dog⟨2/⟩.", "de-CH=Er barks laut. | en-US=It barks loudly."),
                units);
        assertTrue(rawUnits("tx21xlf").get(0).contains("<note>A note</note>"));
        Path v22 = dir.resolve("x22.xlf");
        Files.writeString(v22, Files.readString(resource("x21.xlf")).replace("version=\"2.1\"", "version=\"2.2\""));
        assertEquals(units, imported(v22));
    }

    @Test
    void aTabSeparatedMemoryWithAHeaderRowImportsNoHeaderUnit() throws Exception {
        Path f = dir.resolve("excel.tsv");
        Files.writeString(f, "English (United States)\tGerman (Germany)\nGood morning\tGuten Morgen\n");
        ImportReport r = new ImportJob(library).run("tsv", f, "en-US", "de-DE", false, null, Progress.NONE);
        assertEquals(1, r.added(), r.toString());
        assertEquals(0, r.invalid(), r.toString());
    }

    @Test
    void anEmptyTargetLanguageIsNoLanguage() throws Exception {
        Path f = dir.resolve("okapi.xlf");
        Files.writeString(f, Files.readString(resource("transifex.xlf")).replace("target-language=\"fr_CA\"", "target-language=\"\""));
        org.tmsh.common.TmshException e = org.junit.jupiter.api.Assertions.assertThrows(org.tmsh.common.TmshException.class,
                () -> new ImportJob(library).run("empty", f, null, null, false, null, Progress.NONE));
        assertTrue(e.getMessage().contains("give --source-lang and --target-lang"), e.getMessage());
        assertEquals(List.of("en=Good morning | fr=Bonjour", "en=Goodbye | fr=Au revoir", "en=%d apple | fr=%d pomme"),
                importedAs(f, "fr"));
    }

    private List<String> importedAs(Path file, String tgt) throws Exception {
        new ImportJob(library).run("as", file, null, tgt, false, null, Progress.NONE);
        return unitLines("as");
    }

    @Test
    void poPluralContextFuzzyAndObsoleteEntries() throws Exception {
        assertEquals(List.of("en=Open | pt-BR=Abrir", "en=Open | pt-BR=Abra", "en=%d file | pt-BR=%d arquivo"),
                imported(resource("plural.po")));
    }

    /** Each concept as "lang/form/status" terms joined by " | ". */
    private List<String> terms(String name) throws Exception {
        GlossaryReader.Read r = GlossaryReader.readReporting(resource(name), "g", "en", "de", null);
        List<String> out = new ArrayList<>();
        for (Concept c : r.glossary().concepts()) {
            List<String> ts = new ArrayList<>();
            for (Term t : c.terms()) {
                ts.add(t.lang() + "/" + t.form() + "/" + t.status().label());
            }
            out.add(String.join(" | ", ts));
        }
        return out;
    }

    @Test
    void tbxV3DctStyleAndTbxMinStatusesAreRead() throws Exception {
        assertEquals(List.of("en-GB/paracetamol/preferred | en-GB/acetaminophen/deprecated | fr-FR/paracétamol/admitted"),
                terms("tbx2019-dct.tbx"));
        assertEquals(List.of("en-US/hood/preferred | en-US/bonnet/deprecated | de/Motorhaube/admitted"), terms("tbx-min.tbx"));
    }

    @Test
    void aTbxLangSetWithoutTheXmlPrefixKeepsItsTerms() throws Exception {
        Path f = dir.resolve("old.tbx");
        Files.writeString(f, Files.readString(resource("multiterm.tbx")).replace("xml:lang=\"EN-GB\"", "lang=\"EN-GB\""));
        GlossaryReader.Read r = GlossaryReader.readReporting(f, "g", "en", "de", null);
        assertEquals(3, r.glossary().concepts().get(0).terms().size());
        assertEquals("en-GB", r.glossary().concepts().get(0).terms().get(0).lang());
    }

    @Test
    void memoQAndMultiTermTbxLanguagesInBcp47Case() throws Exception {
        // memoQ's flags as term notes: x-memoq-forbidden True is deprecated, False changes nothing, x-memoq-preferred True preferred
        assertEquals(List.of("en-US/screw/admitted | de-DE/Schraube/admitted | de-DE/Schräubchen/deprecated"
                + " | de-DE/Schraubbolzen/deprecated | de-DE/Gewindeschraube/preferred"), terms("memoq.tbx"));
        // memoQ's entry fields and MultiTerm's definition: the concept's note
        assertEquals("project: P1; client: ACME; subject: Mechanics",
                GlossaryReader.read(resource("memoq.tbx"), "g").concepts().get(0).note());
        assertEquals("A fastener", GlossaryReader.read(resource("multiterm.xml"), "g").concepts().get(0).note());
        assertEquals(List.of("en-GB/halt/admitted | en-GB/stop/admitted | de-DE/anhalten/admitted"), terms("multiterm.tbx"));
    }

    @Test
    void multiTermXmlInUtf16IsRead() throws Exception {
        List<String> expected = List.of("en-US/screw/admitted | en-US/bolt/admitted | de-DE/Schraube/admitted",
                "en-US/nut/admitted | de-DE/Mutter/admitted");
        assertEquals(expected, terms("multiterm.xml"));
        String text = Files.readString(resource("multiterm.xml")).replace("UTF-8", "UTF-16");
        Path f = dir.resolve("mt16.xml");
        Files.write(f, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        GlossaryReader.Read r = GlossaryReader.readReporting(f, "g", "en", "de", null);
        assertEquals(2, r.glossary().concepts().size());
        assertEquals("Schraube", r.glossary().concepts().get(0).terms().get(2).form());
    }

    @Test
    void spreadsheetGlossariesWithHeadersSynonymsAndByteOrderMarks() throws Exception {
        assertEquals(List.of("en-US/car/preferred | en-US/automobile/admitted | de-DE/Auto/preferred",
                "en-US/screw, small/preferred | de-DE/Schraube/preferred", "en-US/nut/preferred | de-DE/Mutter/preferred"),
                terms("bom-semicolon.csv"));
        // a header of English language names, tab-separated: the header is no term pair
        assertEquals(List.of("en/car/preferred | de/Auto/preferred", "en/nut/preferred | de/Mutter/preferred"), terms("excel-names.txt"));
        // memoQ's export: language columns named as memoQ names them, other columns left out; a row
        // without a German term is skipped
        GlossaryReader.Read r = GlossaryReader.readReporting(resource("memoq-export.csv"), "g", "en", "de", null);
        assertEquals(1, r.glossary().concepts().size());
        assertEquals(List.of("en-GB/car", "en-GB/automobile", "de-DE/Auto"),
                r.glossary().concepts().get(0).terms().stream().map(t -> t.lang() + "/" + t.form()).toList());
        assertEquals(1, r.skipped().size());
        // Excel's "Unicode text": UTF-16 with a byte order mark, quoted cells
        Path f = dir.resolve("excel.txt");
        Files.write(f, ("\uFEFFen-GB\tde-DE\r\ncolour\tFarbe\r\n\"say \"\"hi\"\"\"\tHallo sagen\r\n").getBytes(StandardCharsets.UTF_16LE));
        GlossaryReader.Read x = GlossaryReader.readReporting(f, "g", "en", "de", null);
        assertEquals(List.of("colour", "say \"hi\""), x.glossary().concepts().stream().map(c -> c.terms().get(0).form()).toList());
    }

    @Test
    void trados2007TtxGivesItsClosedSegmentsWithCodesByIdentityAndTheirOrigin() throws Exception {
        // UTF-16 with a byte order mark, as TagEditor saves; a segment inside a paragraph's <df>; text outside any
        // <Tu> (never translated) and a target of codes only are no units
        assertEquals(List.of("de-DE=Sicherheitshinweise | en-US=Safety instructions",
                "de-DE=Warten Sie⟨2/⟩10 Sekunden nach dem Drücken von ⟨1⟩Start⟨/1⟩. | en-US=Press ⟨1⟩Start⟨/1⟩ and wait⟨2/⟩10 seconds.",
                "de-DE=Öffnen Sie nicht das Gehäuse. | en-US=Do not open the housing.",
                "de-DE=Bewahren Sie Anleitung & Beleg auf. | en-US=Keep the manual & the receipt."),
                imported(resource("trados2007.ttx")));
        List<String> raw = rawUnits("ttrados2007ttx");
        assertTrue(raw.get(1).contains("<prop type=\"x-match\">95</prop>") && raw.get(1).contains("<prop type=\"x-origin\">translated</prop>"),
                raw.get(1));
        assertTrue(raw.get(2).contains("<prop type=\"x-origin\">machine-translated</prop>"), raw.get(2));
        assertTrue(raw.get(3).contains("<prop type=\"x-match\">101</prop>"), raw.get(3));
    }

    @Test
    void ttxTextOutsideSegmentsIsAnUntranslatedEntry() throws Exception {
        org.tmsh.formats.xliff.XliffReader.Content c = org.tmsh.formats.bilingual.TtxReader.read(resource("trados2007.ttx"));
        assertEquals("en-US", c.header().srcLang());
        assertEquals("de-DE", c.header().tgtLang());
        List<String> untranslated = c.entries().stream().filter(e -> e.target() == null).map(e -> e.id() + "=" + e.source()).toList();
        assertEquals(List.of("text1=Contact your dealer ⟨1⟩first⟨/1⟩.", "tu5=Page ⟨1/⟩"), untranslated);
    }

    @Test
    void wordfastProTxmlGivesConfirmedSegmentsWithScoreAuthorAndComments() throws Exception {
        // unconfirmed, unedited machine translation, a revision's old target, a commented-out segment, no target and
        // a target of codes only are no units; a post-edited machine translation is
        assertEquals(List.of("de-DE=Klicken Sie auf ⟨1/⟩Speichern⟨2/⟩, um die Datei zu behalten. | en-US=Click ⟨1/⟩Save⟨2/⟩ to keep the file.",
                "de-DE=Bearbeiteter Maschinentext. | en-US=Edited machine text."), imported(resource("wordfast-pro.txml")));
        String first = rawUnits("twordfastprotxml").get(0);
        assertTrue(first.contains("creationid=\"anna\"") && first.contains("creationdate=\"20130220T090351Z\""), first);
        assertTrue(first.contains("<note>Button label as in the UI</note>") && first.contains("<prop type=\"x-match\">100</prop>"), first);
        // --all-states takes the unconfirmed and the machine-translated targets too, the machine one marked as such
        new ImportJob(library).run("all", resource("wordfast-pro.txml"), null, null, true, null, Progress.NONE);
        List<String> all = rawUnits("all");
        assertEquals(4, all.size(), all.toString());
        assertTrue(all.stream().anyMatch(u -> u.contains("Maschinentext.</seg>") && u.contains("machine-translated")
                && u.contains("needs-review-translation")), all.toString());
    }

    @Test
    void ttxAndTxmlThatCannotBeReadAreRefusedInOneLineAndMakeNoTm() throws Exception {
        String ttxHead = "<?xml version='1.0'?>\n<TRADOStag Version=\"2.0\"><FrontMatter><UserSettings SourceLanguage=\"EN-US\""
                + " TargetLanguage=\"DE-DE\"/></FrontMatter><Body><Raw>";
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("empty.ttx", "");
        cases.put("xxe.ttx", "<?xml version='1.0'?>\n<!DOCTYPE TRADOStag [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<TRADOStag><Body><Raw><Tu><Tuv Lang=\"EN-US\">&x;</Tuv><Tuv Lang=\"DE-DE\">y</Tuv></Tu></Raw></Body></TRADOStag>");
        cases.put("laughs.txml", "<?xml version=\"1.0\"?>\n<!DOCTYPE txml [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>\n"
                + "<txml locale=\"en\" targetlocale=\"de\"><translatable blockId=\"1\"><segment segmentId=\"1\"><source>&b;</source>"
                + "<target>x</target></segment></translatable></txml>");
        cases.put("wrong-root.ttx", "<?xml version=\"1.0\"?>\n<txml locale=\"en\"/>");
        cases.put("no-lang.ttx", ttxHead + "\n<Tu><Tuv>Save</Tuv><Tuv Lang=\"DE-DE\">Speichern</Tuv></Tu></Raw></Body></TRADOStag>");
        cases.put("truncated.txml", "<?xml version=\"1.0\"?>\n<txml locale=\"en\" targetlocale=\"de\"><translatable blockId=\"1\">"
                + "<segment segmentId=\"1\"><source>a</source><target>b</target></segment>\n");
        cases.put("no-id.txml", "<?xml version=\"1.0\"?>\n<txml locale=\"en\" targetlocale=\"de\"><translatable blockId=\"1\">\n"
                + "<segment><source>a</source><target>b</target></segment></translatable></txml>");
        Map<String, String> expected = Map.of("empty.ttx", "file is empty", "xxe.ttx", "line 2: a DOCTYPE declaration",
                "laughs.txml", "line 2: a DOCTYPE declaration", "wrong-root.ttx", "line 2: not a TTX (Trados TagEditor) file",
                "no-lang.ttx", "line 3: a <Tuv> without a Lang attribute", "truncated.txml", "line 3: malformed XML",
                "no-id.txml", "line 3: a <segment> without a segmentId");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path f = Files.writeString(dir.resolve(c.getKey()), c.getValue());
            org.tmsh.common.TmshException e = org.junit.jupiter.api.Assertions.assertThrows(org.tmsh.common.TmshException.class,
                    () -> new ImportJob(library).run("refused", f, null, null, false, null, Progress.NONE), c.getKey());
            assertTrue(e.getMessage().startsWith(f + ": " + expected.get(c.getKey())), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(!library.exists("refused"), c.getKey());
        }
        // bytes that are not the declared encoding, and a binary file
        Path latin = Files.write(dir.resolve("latin.txml"), ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<txml locale=\"en\" "
                + "targetlocale=\"de\"><translatable blockId=\"1\"><segment segmentId=\"1\"><source>Gr\u00fc\u00dfe</source>"
                + "</segment></translatable></txml>").getBytes(StandardCharsets.ISO_8859_1));
        org.tmsh.common.TmshException e = org.junit.jupiter.api.Assertions.assertThrows(org.tmsh.common.TmshException.class,
                () -> new ImportJob(library).run("refused", latin, null, null, false, null, Progress.NONE));
        assertTrue(e.getMessage().startsWith(latin + ": line 2: byte 0xFC is not valid UTF-8"), e.getMessage());
        byte[] junk = new byte[2000];
        new java.util.Random(3).nextBytes(junk);
        Path bin = Files.write(dir.resolve("bin.ttx"), junk);
        e = org.junit.jupiter.api.Assertions.assertThrows(org.tmsh.common.TmshException.class,
                () -> new ImportJob(library).run("refused", bin, null, null, false, null, Progress.NONE));
        assertTrue(e.getMessage().startsWith(bin + ": line "), e.getMessage());
        assertTrue(!library.exists("refused"));
    }

    @Test
    void damagedTtxAndTxmlAreReadOrRefusedWithTheFileNamedNeverACrash() throws Exception {
        // seeded random damage (a run of characters cut out, or a character doubled) to the hand-written files
        java.util.Random random = new java.util.Random(11);
        for (String name : List.of("trados2007.ttx", "wordfast-pro.txml")) {
            Path original = resource(name);
            String text = name.endsWith(".ttx") ? new String(Files.readAllBytes(original), StandardCharsets.UTF_16)
                    : Files.readString(original);
            for (int i = 0; i < 150; i++) {
                StringBuilder damaged = new StringBuilder(text);
                int at = random.nextInt(text.length() - 10);
                if (random.nextBoolean()) {
                    damaged.delete(at, at + 1 + random.nextInt(10));
                } else {
                    damaged.insert(at, damaged.charAt(at));
                }
                Path f = Files.writeString(dir.resolve("d" + i + "-" + name), damaged);
                try {
                    org.tmsh.formats.xliff.XliffReader.Content c = name.endsWith(".ttx")
                            ? org.tmsh.formats.bilingual.TtxReader.read(f) : org.tmsh.formats.bilingual.TxmlReader.read(f);
                    assertTrue(c.entries().stream().allMatch(e -> e.source() != null && e.id() != null), damaged.toString());
                } catch (org.tmsh.common.TmshException e) {
                    assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
                    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
                }
            }
        }
    }

    @Test
    void xliff20ModulesAnnotationsAndStatesLeaveTheSegmentsText() throws Exception {
        // matches, glossary, change tracking and ignorable are no unit's text; mrk and sm/em keep theirs; initial is not done
        assertEquals(List.of("de-DE=Der große Hund. | en-US=The big dog.", "de-DE=Erster Teil. | en-US=First part.",
                "de-DE=Zweiter Teil. | en-US=Second part.", "de-DE=Zeile mit Leerzeichen | en-US=Line with spaces"),
                imported(resource("xliff20-modules.xlf")));
        assertTrue(rawUnits("txliff20modulesxlf").get(0).contains("ACME"));
    }

    @Test
    void xliff12NestedGroupsAltTransBinUnitsSegmentsAndPreservedSpace() throws Exception {
        // alt-trans is a suggestion, bin-unit no text, approved="no" without a state and a fuzzy target not done;
        // xml:space="preserve" on a group holds for its units unless one says "default"
        assertEquals(List.of("en=Open the file. | fr=Ouvrez le fichier.", "en=One. | fr=Un.", "en=Two. | fr=Deux.",
                "en=  Two  spaces\nand a line | fr=  Deux  espaces\net une ligne", "en=Collapsed here | fr=Réduit ici"),
                imported(resource("xliff12-shapes.xlf")));
    }
}
