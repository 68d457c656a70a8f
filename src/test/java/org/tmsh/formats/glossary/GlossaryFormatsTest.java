package org.tmsh.formats.glossary;

import org.tmsh.terms.Term;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.Concept;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.TestFiles;
import org.tmsh.common.TmshException;

/** TBX-Basic v3 and TBX 2008 exports validate against their RELAX NG schemas and read back the same; OmegaT and CSV exports. */
class GlossaryFormatsTest {

    @TempDir
    Path dir;

    static Glossary sample() {
        Concept lavrov = new Concept("c1", "Russian foreign minister", List.of(
                new Term("ru", "Сергей Викторович Лавров", Term.Status.PREFERRED, "", "", List.of()),
                new Term("de", "Sergei Wiktorowitsch Lawrow", Term.Status.PREFERRED, "Duden", "", List.of("000.txt#3")),
                new Term("de", "Sergei Wiktorowichi Lawrow", Term.Status.DEPRECATED, "", "misspelling", List.of("000.txt#3")),
                new Term("en", "Sergei Viktorovich Lavrov", Term.Status.PREFERRED, "English press usage", "", List.of("004.txt#3")),
                new Term("en", "Sergey Lavrov", Term.Status.ADMITTED, "BGN/PCGN", "", List.of())));
        Concept choe = new Concept("c2", "", List.of(
                new Term("ko", "최선희", Term.Status.PREFERRED, "", "", List.of()),
                new Term("de", "Choe Son Hui", Term.Status.PREFERRED, "KCNA", "", List.of("000.txt#1")),
                new Term("de", "Choe Son-hui", Term.Status.ADMITTED, "press (KCNA letters)", "", List.of("003.txt#2")),
                new Term("en", "Choe Son Hui", Term.Status.PREFERRED, "KCNA", "as KCNA writes it & others", List.of())));
        return new Glossary("names", List.of(lavrov, choe));
    }

    private static void relaxng(Path file, Path schema) throws Exception {
        TestFiles.assertXmllint(file, "--relaxng", schema);
    }

    @Test
    void tbxBasicV3ValidatesAndReadsBack() throws Exception {
        Path f = dir.resolve("names.tbx");
        GlossaryWriter.write(sample(), f, GlossaryWriter.Format.named("tbx3"), "de", "en");
        relaxng(f, Path.of("../shared/schemas/tbx/TBXcoreStructV03.rng"));
        assertEquals(sample(), GlossaryReader.read(f, "names"));
    }

    @Test
    void aTbxFileIsTbxBasic2008UnlessTbx3IsAskedForAndValidatesAndReadsBack() throws Exception {
        Path f = dir.resolve("names-2008.tbx");
        assertEquals(GlossaryWriter.Format.TBX2008, GlossaryWriter.byExtension(f));
        assertEquals(GlossaryWriter.Format.TBX2008, GlossaryWriter.Format.named("TBX"));
        assertEquals(GlossaryWriter.Format.TBX3, GlossaryWriter.Format.named("tbx3"));
        assertEquals(null, GlossaryWriter.Format.named("tbx4"));
        GlossaryWriter.write(sample(), f, GlossaryWriter.byExtension(f), "de", "en");
        assertTrue(Files.readString(f).contains("<martif type=\"TBX-Basic\" xml:lang=\"en\">"));
        relaxng(f, Path.of("../shared/schemas/tbx2008/TBXBasicRNGV02.rng"));
        assertEquals(sample(), GlossaryReader.read(f, "names"));
    }

    @Test
    void omegatGlossaryLeavesDeprecatedTargetsOut() throws Exception {
        Path f = dir.resolve("names.utf8");
        GlossaryWriter.write(sample(), f, GlossaryWriter.byExtension(f), "de", "en");
        List<String> lines = Files.readAllLines(f);
        assertTrue(lines.contains("Sergei Wiktorowitsch Lawrow\tSergei Viktorovich Lavrov\t"), lines.toString());
        assertTrue(lines.contains("Sergei Wiktorowichi Lawrow\tSergei Viktorovich Lavrov\tdeprecated spelling"), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.split("\t", -1).length == 3));
        assertTrue(lines.stream().noneMatch(l -> l.contains("-admn-sts") || l.contains("Russian foreign minister")),
                "only the term's note in the comment, no concept notes or codes: " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Sergei Wiktorowichi Lawrow\tSergey Lavrov")));
    }

    @Test
    void csvHasLanguageColumnsSourceAndTargetFirstAndTheConceptIdLast() throws Exception {
        Path f = dir.resolve("names.csv");
        GlossaryWriter.write(sample(), f, GlossaryWriter.byExtension(f), "de", "en");
        List<String> lines = Files.readAllLines(f);
        assertEquals("de,en,ru,ko,id", lines.get(0), "what memoQ and MultiTerm map to languages; OmegaT reads de -> en");
        assertEquals("Sergei Wiktorowitsch Lawrow,Sergei Viktorovich Lavrov,Сергей Викторович Лавров,,c1", lines.get(1));
        assertEquals(",Sergey Lavrov,,,c1", lines.get(2), "the admitted English spelling; the deprecated German one is left out");
        assertTrue(lines.stream().noneMatch(l -> l.contains("Wiktorowichi") || l.contains("preferred")
                || l.contains("Russian foreign minister")), "no deprecated spellings, statuses or notes: " + lines);
        assertEquals(List.of("Choe Son Hui,Choe Son Hui,,최선희,c2", "Choe Son-hui,,,,c2"), lines.subList(3, 5));
        assertEquals(5, lines.size());
        GlossaryWriter.write(sample(), f, GlossaryWriter.Format.CSV, "en", "ko");
        assertEquals("en,ko,ru,de,id", Files.readAllLines(f).get(0));
    }

    @Test
    void csvAndOmegatExportsReadBackWithWhatTheyCarry() throws Exception {
        Path csv = dir.resolve("names.csv");
        GlossaryWriter.write(sample(), csv, GlossaryWriter.Format.CSV, "de", "en");
        Glossary back = GlossaryReader.readAny(csv, "names", "de", "en");
        assertEquals(sample().concepts().size(), back.concepts().size());
        for (int i = 0; i < back.concepts().size(); i++) {
            Concept a = sample().concepts().get(i);
            Concept b = back.concepts().get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.terms().stream().filter(t -> t.status() != Term.Status.DEPRECATED)
                            .map(t -> t.lang() + "/" + t.form() + "/" + t.status()).sorted().toList(),
                    b.terms().stream().map(t -> t.lang() + "/" + t.form() + "/" + t.status()).sorted().toList(),
                    "every spelling but the deprecated ones, the first of a language preferred");
        }
        Path tsv = dir.resolve("names.utf8");
        GlossaryWriter.write(sample(), tsv, GlossaryWriter.Format.OMEGAT, "de", "en");
        Glossary om = GlossaryReader.readAny(tsv, "om", "de", "en");
        Concept lavrov = om.withForm("Sergei Wiktorowitsch Lawrow").get(0);
        assertEquals("Sergei Viktorovich Lavrov", lavrov.preferred("en").form());
        assertEquals(Term.Status.DEPRECATED, lavrov.terms().stream()
                .filter(t -> t.form().equals("Sergei Wiktorowichi Lawrow")).findFirst().orElseThrow().status());
    }

    @Test
    void aFileThatIsNotTbxIsRefusedWithItsLine() throws Exception {
        Path f = dir.resolve("x.tbx");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<html/>\n");
        TmshException e = assertThrows(TmshException.class, () -> GlossaryReader.read(f, "x"));
        assertTrue(e.getMessage().contains("line 2: not a TBX file"), e.getMessage());
    }
}
