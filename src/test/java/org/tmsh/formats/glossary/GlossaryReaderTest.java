package org.tmsh.formats.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.Term;

/**
 * Glossaries other tools write (issue 23, items 7 to 9): TBX 2008 status picklists, invalid term
 * sections, OmegaT's rules (extension, comments, empty targets), plain and semicolon CSV.
 */
class GlossaryReaderTest {

    @TempDir
    Path dir;

    @Test
    void everyAdministrativeStatusExampleMapsAsTheDataFileSays() throws Exception {
        int n = 0;
        try (InputStream in = getClass().getResourceAsStream("/tmsh/terms/administrative-status.examples")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                AdministrativeStatus.Read r = AdministrativeStatus.of(c[0]);
                assertEquals(c[1], r.status().label(), line);
                assertEquals(c[2].equals("-") ? null : c[2], r.note(), line);
                n++;
            }
        }
        assertTrue(n >= 5);
    }

    @Test
    void everyTermNoteTypeExampleGivesTheStatusTheDataFileSays() throws Exception {
        int n = 0;
        try (InputStream in = getClass().getResourceAsStream("/tmsh/terms/term-note-types.examples")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                StringBuilder notes = new StringBuilder();
                for (String note : c[0].split(";")) {
                    String[] tv = note.split("=", 2);
                    notes.append("<termNote type=\"").append(tv[0]).append("\">").append(tv[1]).append("</termNote>");
                }
                // read as a memoQ-style TBX 2008 file is: the term's notes in a tig
                Path f = Files.writeString(dir.resolve("n" + n + ".tbx"), """
                        <?xml version="1.0" encoding="utf-8"?>
                        <martif type="TBX" xml:lang="en-us"><text><body><termEntry id="_0">
                        <langSet xml:lang="en-us"><tig><term>screw</term></tig></langSet>
                        <langSet xml:lang="de-de"><tig><term>Schraube</term>%s</tig></langSet>
                        </termEntry></body></text></martif>
                        """.formatted(notes));
                Term de = GlossaryReader.read(f, "g").concepts().get(0).terms().get(1);
                assertEquals(c[1], de.status().label(), line);
                assertEquals(c[2].equals("-") ? "" : c[2], de.note(), line);
                n++;
            }
        }
        assertTrue(n >= 5);
    }

    @Test
    void everySpreadsheetColumnExampleIsReadAsTheDataFileSays() throws Exception {
        int n = 0;
        try (InputStream in = getClass().getResourceAsStream("/tmsh/terms/spreadsheet-columns.examples")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                org.tmsh.formats.HeaderColumns.Column col = org.tmsh.formats.HeaderColumns.of(c[0]);
                assertEquals(c[1].equals("-") ? "none" : c[1], col.role().name().toLowerCase(java.util.Locale.ROOT), line);
                assertEquals(c[2].equals("-") ? null : c[2], col.lang(), line);
                n++;
            }
        }
        assertTrue(n >= 5);
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void tbx2008StandardizedTermIsReadAndAnUnknownValueKeptAsANote() throws Exception {
        Path f = write("g.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
                <text><body><termEntry id="c1">
                <langSet xml:lang="en"><tig><term>norm</term><termNote type="administrativeStatus">standardizedTerm-admn-sts</termNote></tig></langSet>
                <langSet xml:lang="de"><tig><term>Norm</term><termNote type="administrativeStatus">proposedTerm-admn-sts</termNote></tig></langSet>
                </termEntry></body></text></martif>
                """);
        Glossary g = GlossaryReader.read(f, "g");
        Concept c = g.concepts().get(0);
        assertEquals(Term.Status.PREFERRED, c.preferred("en").status());
        Term de = c.terms().stream().filter(t -> t.lang().equals("de")).findFirst().orElseThrow();
        assertEquals(Term.Status.ADMITTED, de.status());
        assertEquals("administrativeStatus: proposedTerm-admn-sts", de.note());
    }

    @Test
    void twoTermsInOneTermSectionAreNamedNotDropped() throws Exception {
        Path f = write("bad.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
                <conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>one</term>
                <term>two</term></termSec></langSec></conceptEntry></body></text></tbx>
                """);
        TmshException e = assertThrows(TmshException.class, () -> GlossaryReader.read(f, "bad"));
        assertTrue(e.getMessage().contains("line 4") && e.getMessage().contains("second <term>"), e.getMessage());
    }

    @Test
    void omegatGlossaryByItsRules() throws Exception {
        Path f = write("project.txt", "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
                + "<b>-Tag\t<b> tag\tHTML markup; admitted\n"
                + "Datei\tfile\tthe noun\n"
                + "Ordner\t\n"
                + "Fenster\t\tno target\n"
                + "Taste\tkey\n");
        GlossaryReader.Read r = GlossaryReader.readReporting(f, "p", "de", "en", null);
        assertEquals(List.of(4, 5), r.skipped().stream().map(s -> s.line()).toList());
        Glossary g = r.glossary();
        assertEquals(3, g.concepts().size());
        Term tag = g.concepts().get(0).terms().get(0);
        assertEquals("<b> tag", tag.form());
        assertEquals(Term.Status.ADMITTED, tag.status());
        assertEquals("HTML markup", tag.note());
        assertEquals("the noun", g.concepts().get(1).preferred("en").note());
        Path out = dir.resolve("back.utf8");
        GlossaryWriter.write(g, out, GlossaryWriter.Format.OMEGAT, "de", "en");
        assertTrue(Files.readString(out).contains("Datei\tfile\tthe noun\n"), Files.readString(out));
    }

    @Test
    void plainAndSemicolonCsvWithQuotedLineBreaksAndEmptyCellsCounted() throws Exception {
        Path plain = write("plain.csv", "de,en\nDatei,file\n\"Fenster, groß\",\"large\nwindow\"\nOrdner,\n");
        GlossaryReader.Read r = GlossaryReader.readReporting(plain, "p", null, null, null);
        assertEquals(2, r.glossary().concepts().size());
        assertEquals("large\nwindow", r.glossary().concepts().get(1).preferred("en").form());
        assertEquals(1, r.skipped().size());
        assertEquals(5, r.skipped().get(0).line());
        Path semi = write("excel.csv", "de;en\r\nDatei;file\r\nSchlüssel;key\r\n");
        assertEquals(2, GlossaryReader.readAny(semi, "s", null, null).concepts().size());
    }

    @Test
    void googleGlossaryCsvWithPosAndDescriptionColumnsAndWithoutAHeader() throws Exception {
        // Google's equivalent-term-set glossary: language columns, then pos and description (no languages)
        Path ets = write("google.csv", "en,de,pos,description\nelection,Wahl,noun,a vote\nparliament,Parlament,noun,\n");
        Glossary g = GlossaryReader.readAny(ets, "g", null, null);
        assertEquals(2, g.concepts().size());
        assertEquals("Wahl", g.concepts().get(0).preferred("de").form());
        assertEquals(java.util.Set.of("en", "de"), g.concepts().get(1).terms().stream().map(t -> t.lang())
                .collect(java.util.stream.Collectors.toSet()), "pos and description name no language");
        // its unidirectional glossary: two columns and no header; no language is guessed
        Path uni = write("google-uni.csv", "election,Wahl\nparliament,Parlament\n");
        org.tmsh.common.TmshException e = org.junit.jupiter.api.Assertions.assertThrows(org.tmsh.common.TmshException.class,
                () -> GlossaryReader.readAny(uni, "u", null, null));
        assertTrue(e.getMessage().contains("google-uni.csv") && e.getMessage().contains("line 1")
                && e.getMessage().contains("give its languages with --source-lang and --target-lang"), e.getMessage());
        // the languages a command only defaults to are no languages the user named: refused the same way
        e = org.junit.jupiter.api.Assertions.assertThrows(org.tmsh.common.TmshException.class,
                () -> GlossaryReader.readReporting(uni, "u", "de", "en", null, false));
        assertTrue(e.getMessage().contains("two columns without a header"), e.getMessage());
        // named: source term, target term a row, every row a concept (the first row too), a row with an empty
        // cell skipped and counted, quoted cells as Google's own export quotes them
        Path named = write("google-named.csv", "election,Wahl\r\n\"vote, postal\",Briefwahl\r\nturnout,\r\n");
        GlossaryReader.Read r = GlossaryReader.readReporting(named, "n", "en-GB", "de", null, true);
        assertEquals(2, r.glossary().concepts().size());
        assertEquals("election", r.glossary().concepts().get(0).preferred("en-GB").form());
        assertEquals("Wahl", r.glossary().concepts().get(0).preferred("de").form());
        assertEquals("vote, postal", r.glossary().concepts().get(1).preferred("en-GB").form());
        assertEquals(List.of(3), r.skipped().stream().map(x -> x.line()).toList());
        // the same with semicolons, as a spreadsheet in a comma-decimal locale saves it
        Path semi = write("google-semi.csv", "Wahl;election\nParlament;parliament\n");
        assertEquals("parliament", GlossaryReader.readReporting(semi, "s", "de", "en", null, true).glossary().concepts().get(1)
                .preferred("en").form());
    }
}
