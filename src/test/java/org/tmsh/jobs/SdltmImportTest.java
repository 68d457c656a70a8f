package org.tmsh.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.UnitMeta;

/**
 * Trados Studio's file-based memory ({@code .sdltm}, SQLite) through {@code tm import}: a database built from
 * {@code src/test/resources/formats/sdltm/studio-memory.sql} (Studio's tables and segment XML, hand-written):
 * the units' texts with codes (a paired code a translation moves keeps its number by Studio's
 * AlignmentAnchor), languages from the memory's row, authors and dates, the custom fields Client (text) and
 * Project (picklist) as tmsh's client and project; a row with broken segment XML skipped and counted; no
 * file written beside the database; a file that is no SQLite database or has no translation units refused.
 */
class SdltmImportTest extends ImportedFilesTestBase {

    private Path memory(String name, String sqlFile) throws Exception {
        Path db = dir.resolve(name);
        String sql = Files.readString(Path.of("src/test/resources/formats/sdltm").resolve(sqlFile), StandardCharsets.UTF_8)
                .replaceAll("(?m)^--.*$", "");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : sql.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        return db;
    }

    @Test
    void studioMemoryUnitsWithCodesAuthorsDatesAndFields() throws Exception {
        Path db = memory("news.sdltm", "studio-memory.sql");
        byte[] before = Files.readAllBytes(db);
        List<Path> around = list();
        ImportReport r = new ImportJob(library).run("t", db, null, null, false, null, Progress.NONE);
        assertEquals(List.of(
                "de-DE=Die Wahl & ihre Folgen  | en-GB=The election & its aftermath ", // edge spaces as Studio keeps them
                "de-DE=Drücken Sie ⟨1⟩Start⟨/1⟩ und warten Sie⟨2/⟩10 Sekunden. | en-GB=Wait⟨2/⟩10 seconds after pressing ⟨1⟩Start⟨/1⟩.",
                "de-DE=Siehe ⟨1/⟩. | en-GB=See ⟨1/⟩."), unitLines("t"));
        assertEquals(1, r.invalid(), "the row whose target XML is broken");
        assertTrue(r.invalidSamples().get(0).reason().contains("row 4"), r.invalidSamples().toString());
        UnitMeta m = UnitMeta.of(units("t").get(0));
        assertEquals("ANNA", m.creationId());
        assertEquals("BEN", m.changeId());
        assertEquals(java.time.Instant.parse("2024-03-04T10:15:00Z"), m.created());
        assertEquals(java.time.Instant.parse("2024-03-05T16:20:30Z"), m.changed());
        assertEquals("Federal Press Office", m.client(), "the Client text field");
        assertEquals("Elections 2024", m.project(), "the Project picklist field");
        assertEquals(before.length, Files.size(db));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "the memory is read, never written");
        assertEquals(around, list(), "no journal or other file left beside it");
        // qa reads the same units (the broken row aside), the empty target as none
        List<org.tmsh.qa.QaSegment> segs = new java.util.ArrayList<>();
        org.tmsh.qa.BilingualFiles.read(db, null, null, segs::add);
        assertEquals(List.of("1", "2", "3", "5"), segs.stream().map(x -> x.place().id()).toList());
        assertEquals("en-GB", segs.get(0).tgtLang());
        assertEquals(null, segs.get(3).target() == null || segs.get(3).target().isEmpty() ? null : segs.get(3).target());
    }

    @Test
    void indentedSegmentXmlWithCrLfAsStudioSerialisesItIdContextsAndMultipleValues() throws Exception {
        Path db = memory("press.sdltm", "studio-indented.sql");
        ImportReport r = new ImportJob(library).run("p", db, null, null, false, null, Progress.NONE);
        assertEquals(0, r.invalid());
        assertEquals(List.of(
                "en-US=The minister resigned on Monday. | fr-FR=Le ministre a démissionné lundi.",
                "en-US=Read the ⟨1⟩full statement⟨/1⟩  | fr-FR=Lisez la ⟨1⟩déclaration complète⟨/1⟩ "),
                unitLines("p"), "the indentation and CR LF between elements are no text; a <Value>'s own space is");
        UnitMeta first = UnitMeta.of(units("p").get(0));
        assertEquals("news/2023-11-03#lead", first.prop("x-context"), "Studio's ID context");
        assertEquals("Cabinet crisis, Weekly digest", first.project(), "both values of a multiple-text field");
        assertEquals("AGENCY\\marc", first.changeId());
        assertEquals(java.time.Instant.parse("2023-11-04T17:45:10Z"), first.changed());
        UnitMeta second = UnitMeta.of(units("p").get(1));
        assertEquals(null, second.prop("x-context"));
        assertEquals(java.time.Instant.parse("2023-11-06T11:11:11Z"), second.created());
    }

    private List<Path> list() throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals("tms")).sorted().toList();
        }
    }

    @Test
    void aFileThatIsNoSqliteDatabaseIsRefusedWithOneLine() throws Exception {
        Path f = Files.writeString(dir.resolve("memory.sdltm"), "<tmx version=\"1.4\"/>");
        TmshException e = assertThrows(TmshException.class,
                () -> new ImportJob(library).run("t", f, null, null, false, null, Progress.NONE));
        assertTrue(e.getMessage().contains("memory.sdltm") && e.getMessage().contains("not an SDLTM file"), e.getMessage());
        assertFalse(library.exists("t"), "nothing was made");
    }

    @Test
    void anSqliteDatabaseWithoutTranslationUnitsIsRefused() throws Exception {
        Path db = dir.resolve("other.sdltm");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
        }
        TmshException e = assertThrows(TmshException.class,
                () -> new ImportJob(library).run("t", db, null, null, false, null, Progress.NONE));
        assertTrue(e.getMessage().contains("no translation_units table"), e.getMessage());
        assertFalse(library.exists("t"));
    }

    private static final String SEGMENT = "<Segment><Elements><Text><Value>%s</Value></Text></Elements>"
            + "<CultureName>%s</CultureName></Segment>";

    /** A memory of Studio's translation_units layout with one unit, made by {@code setup} statements run after. */
    private Path hostile(String name, String... setup) throws Exception {
        Path db = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : setup) {
                s.execute(statement);
            }
        }
        return db;
    }

    private static String unitsTable(String sourceColumn) {
        return "CREATE TABLE translation_units (id INTEGER PRIMARY KEY, " + sourceColumn + ", target_segment TEXT,"
                + " creation_date TEXT, creation_user TEXT, change_date TEXT, change_user TEXT)";
    }

    private static String insert(long id, String source) {
        return "INSERT INTO translation_units (id, " + (source == null ? "" : "source_segment, ") + "target_segment,"
                + " creation_date, creation_user, change_date, change_user) VALUES (" + id + ", "
                + (source == null ? "" : "'" + source.replace("'", "''") + "', ") + "'"
                + String.format(SEGMENT, "Hello", "en-GB") + "', '2024-01-01 10:00:00', 'A', '2024-01-01 10:00:00', 'A')";
    }

    @Test
    void aMemoryInWalModeIsReadWithoutAnyFileMadeBesideIt() throws Exception {
        Path db = hostile("wal.sdltm", "PRAGMA journal_mode=WAL", unitsTable("source_segment TEXT"),
                insert(1, String.format(SEGMENT, "Hallo", "de-DE")));
        assertTrue(Files.notExists(dir.resolve("wal.sdltm-wal")), "SQLite removed its log on close");
        byte[] before = Files.readAllBytes(db);
        List<Path> around = list();
        ImportReport r = new ImportJob(library).run("t", db, null, null, false, null, Progress.NONE);
        assertEquals(1, r.added());
        assertEquals(around, list(), "no -wal or -shm file made beside the memory");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)));
    }

    @Test
    void aWriteAheadLogOrHotJournalBesideTheMemoryIsRefusedAndLeftAsItWas() throws Exception {
        for (String suffix : List.of("-wal", "-journal")) {
            Path db = hostile("open" + suffix + ".sdltm", unitsTable("source_segment TEXT"),
                    insert(1, String.format(SEGMENT, "Hallo", "de-DE")));
            Path side = Files.write(dir.resolve(db.getFileName() + suffix), new byte[] {1, 2, 3, 4});
            List<Path> around = list();
            TmshException e = assertThrows(TmshException.class,
                    () -> new ImportJob(library).run("t", db, null, null, false, null, Progress.NONE));
            assertTrue(e.getMessage().contains(side.getFileName() + " is beside the memory"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            assertEquals(around, list(), "nothing made beside it");
            assertTrue(java.util.Arrays.equals(new byte[] {1, 2, 3, 4}, Files.readAllBytes(side)), "the log unchanged");
            assertFalse(library.exists("t"));
        }
    }

    @Test
    void aSegmentOverTheLimitIsSkippedUnreadAndAGeneratedHugeValueRefused() throws Exception {
        String big = String.format(SEGMENT, "x".repeat((int) org.tmsh.formats.bilingual.SdltmReader.maxSegmentBytes()), "de-DE");
        Path db = hostile("big.sdltm", unitsTable("source_segment TEXT"),
                insert(1, String.format(SEGMENT, "Hallo", "de-DE")), insert(2, big));
        ImportReport r = new ImportJob(library).run("t", db, null, null, false, null, Progress.NONE);
        assertEquals(1, r.added());
        assertEquals(1, r.invalid());
        assertTrue(r.invalidSamples().get(0).reason().contains("row 2") && r.invalidSamples().get(0).reason()
                .contains("bytes, more than the limit"), r.invalidSamples().toString());

        // a generated column: 50 MB a row asked of SQLite, never given
        Path gen = hostile("generated.sdltm", unitsTable("source_segment BLOB AS (zeroblob(50000000))"), insert(1, null));
        TmshException e = assertThrows(TmshException.class,
                () -> new ImportJob(library).run("g", gen, null, null, false, null, Progress.NONE));
        assertTrue(e.getMessage().contains("generated.sdltm") && e.getMessage().contains("too big"), e.getMessage());
        assertFalse(library.exists("g"));
    }

    @Test
    void qaReadsAMemoryRowByRowSoThatItsFirstUnitIsCheckedBeforeALaterRowIsRead() throws Exception {
        // row 3 cannot be read (a generated 50 MB value); read whole, the memory failed on it before qa saw row 1
        String hallo = String.format(SEGMENT, "Hallo", "de-DE").replace("'", "''");
        Path db = hostile("rows.sdltm", unitsTable("source_segment BLOB AS (CASE WHEN id = 3 THEN zeroblob(50000000)"
                + " ELSE '" + hallo + "' END)"), insert(1, null), insert(2, null), insert(3, null));
        List<String> seen = new java.util.ArrayList<>();
        class FirstUnit extends RuntimeException {
        }
        assertThrows(FirstUnit.class, () -> org.tmsh.qa.BilingualFiles.read(db, null, null, seg -> {
            seen.add(seg.source() + " > " + seg.target() + " (" + seg.srcLang() + " > " + seg.tgtLang() + ")");
            throw new FirstUnit();
        }));
        assertEquals(List.of("Hallo > Hello (de-DE > en-GB)"), seen);
        // and read to its end, the row is refused in one line naming the file
        TmshException e = assertThrows(TmshException.class, () -> org.tmsh.qa.BilingualFiles.read(db, null, null, seg -> {
        }));
        assertTrue(e.getMessage().contains("rows.sdltm") && e.getMessage().contains("too big"), e.getMessage());
    }

    @Test
    void triggersAndViewsOfTheMemoryRunNothingAndChangeNothing() throws Exception {
        Path db = hostile("trig.sdltm", unitsTable("source_segment TEXT"),
                insert(1, String.format(SEGMENT, "Hallo", "de-DE")),
                "CREATE TABLE log (t TEXT)",
                "CREATE TRIGGER t AFTER UPDATE ON translation_units BEGIN INSERT INTO log VALUES ('x'); END",
                "CREATE VIEW v AS SELECT * FROM translation_units");
        byte[] before = Files.readAllBytes(db);
        ImportReport r = new ImportJob(library).run("t", db, null, null, false, null, Progress.NONE);
        assertEquals(1, r.added());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)));
        // a view in place of the table is no memory
        Path view = hostile("view.sdltm", "CREATE TABLE tu (id INTEGER PRIMARY KEY, source_segment TEXT, target_segment TEXT)",
                "CREATE VIEW translation_units AS SELECT * FROM tu");
        TmshException e = assertThrows(TmshException.class,
                () -> new ImportJob(library).run("v", view, null, null, false, null, Progress.NONE));
        assertTrue(e.getMessage().contains("no translation_units table"), e.getMessage());
    }
}
