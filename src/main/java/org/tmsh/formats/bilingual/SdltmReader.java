package org.tmsh.formats.bilingual;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.LanguageTags;
import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshException;
import org.tmsh.formats.XmlFiles;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.xliff.XliffReader;

/**
 * Reads a Trados Studio file-based memory ({@code .sdltm}, an SQLite database) as the units it holds, opened
 * read-only: each row of {@code translation_units} is one unit, its {@code source_segment} and
 * {@code target_segment} Studio's segment XML ({@code <Segment><Elements>} of {@code <Text><Value>} and
 * {@code <Tag>}s, then {@code <CultureName>}), its author and dates the row's {@code creation_user},
 * {@code creation_date}, {@code change_user}, {@code change_date} (SQLite's {@code 2021-02-13 18:11:35}, UTC),
 * its fields (Studio's custom fields: {@code attributes} named, valued by {@code string_attributes},
 * {@code picklist_attributes}/{@code picklist_values}, {@code date_attributes}, {@code numeric_attributes}) as
 * metadata keyed by the field's name ({@code Client}, {@code Project}: what {@code unit-fields.txt} maps; a
 * field's several values joined by ", "), its ID context ({@code translation_unit_idcontexts}) as its context.
 * The segment XML may be indented (as .NET's XmlSerializer writes it, CR LF line ends): only a
 * {@code <Text>}'s {@code <Value>} is text.
 *
 * <p>Tags: a {@code Start} and the {@code End} of the same {@code Anchor} are a paired code, any other tag
 * ({@code Standalone}, {@code TextPlaceholder}, {@code LockedContent}, a start or end without its partner) a
 * standalone one; codes are numbered in the source's order, and a target's code takes the number of the
 * source's code with the same {@code AlignmentAnchor} (Studio's link between them), so a translation that moves
 * a code keeps it. Languages: {@code translation_memories}' {@code source_language}/{@code target_language},
 * else each segment's {@code CultureName}.
 *
 * <p>Refused with one line naming the file: a file that is no SQLite database, one without
 * {@code translation_units} or its segment columns. A row whose segment XML is not well-formed or names no
 * language is skipped and counted as invalid with its row id (as {@code line}).
 *
 * <p>Hostile files: the database is opened read-only and as {@code immutable} (SQLite's URI parameter: no lock,
 * no journal, no {@code -wal} or {@code -shm} file made or changed beside it; a read-only open alone made both for a
 * memory in WAL mode and left them). Since such an open does not see a {@code -wal} or hot {@code -journal} file,
 * one beside the memory (Studio has it open, or stopped while writing) is refused with one line naming it, rather
 * than its last changes lost. The schema is not trusted ({@code PRAGMA trusted_schema=OFF}: a view, trigger or
 * generated column runs no function with side effects); no value may grow past SQLite's length limit, set to
 * {@link #maxSegmentBytes} (a generated {@code randomblob(1e9)} column is refused, not allocated); a stored segment
 * longer than that is skipped and counted with its row id, never read into memory (its length is asked first).
 *
 * <p>NOTE: nothing is written beside the memory.
 * Context (Studio keeps hashes of the neighbours, no text) and the memory's settings are not read.
 */
public final class SdltmReader {

    /** The {@link XliffReader.Header#version()} of what this reader gives: a memory's units, in no document's order. */
    public static final String VERSION = "sdltm";

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SdltmReader() {
    }

    /** True when {@code file} starts as an SQLite database does. */
    public static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads every unit of the memory into a list; see the class comment and {@link #stream}. */
    public static XliffReader.Content read(Path file) {
        List<XliffReader.Entry> entries = new ArrayList<>();
        Streamed s = stream(file, (e, src, tgt) -> entries.add(e));
        return new XliffReader.Content(s.header(), entries, s.skipped());
    }

    /** Takes one unit of a memory, with the languages known when it is read (the memory's, else its first segment's). */
    @FunctionalInterface
    public interface Units {
        void unit(XliffReader.Entry e, String srcLang, String tgtLang);
    }

    /** What a memory held besides its units: its languages and the rows skipped (each with its row id and why). */
    public record Streamed(XliffReader.Header header, List<TmxReader.Invalid> skipped) {
    }

    /**
     * Gives every unit of the memory to {@code out} as its row is read, one row in memory at a time (a memory of
     * millions of units is checked in a heap of its own size); the units' fields and ID contexts are read before.
     */
    public static Streamed stream(Path file, Units out) {
        TextFiles.requireNonEmpty(file);
        if (!isSqlite(file)) {
            throw TmshException.inFile(file, 0, "not an SDLTM file (a Trados Studio memory is an SQLite database;"
                    + " this file is not one)");
        }
        refuseUnfinishedChanges(file);
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString()
                + "?immutable=1")) {
            ((org.sqlite.SQLiteConnection) c).setLimit(org.sqlite.SQLiteLimits.SQLITE_LIMIT_LENGTH,
                    (int) Math.min(Integer.MAX_VALUE, maxSegmentBytes() + 1024));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA trusted_schema=OFF");
            }
            Set<String> tables = tables(c);
            if (!tables.contains("translation_units")) {
                throw TmshException.inFile(file, 0, "not an SDLTM file (a Trados Studio memory): the database has no"
                        + " translation_units table");
            }
            String[] langs = languages(c, tables);
            Map<Long, Map<String, String>> fields = fields(c, tables);
            return units(file, c, langs, fields, idContexts(c, tables), out);
        } catch (SQLException e) {
            throw TmshException.inFile(file, 0, "not a readable SDLTM file (SQLite: " + e.getMessage() + ")", e);
        }
    }

    /**
     * The most bytes a row's segment XML may have: eight per character of {@code tmsh.limit.segmentChars} (four for
     * UTF-8, as many again for Studio's markup around the text).
     */
    public static long maxSegmentBytes() {
        return 8L * org.tmsh.document.InputLimits.current().segmentChars();
    }

    /**
     * Refuses a memory with a non-empty {@code -wal} or {@code -journal} file beside it: its last changes are there
     * (or half made), which an immutable read would not see; nothing is read or written.
     */
    private static void refuseUnfinishedChanges(Path file) {
        for (String suffix : List.of("-wal", "-journal")) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(side, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(side) > 0) {
                    throw TmshException.inFile(file, 0, "SQLite's " + (suffix.equals("-wal") ? "write-ahead log" : "rollback journal")
                            + " " + side.getFileName() + " is beside the memory: Trados Studio has it open, or stopped"
                            + " before its last changes were written into it; close the memory in Studio (open and close it"
                            + " once if Studio is not running) and import again; nothing was read, and neither file was"
                            + " changed");
                }
            } catch (IOException e) {
                throw TmshException.inFile(side, 0, "cannot read: " + e.getMessage(), e);
            }
        }
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type='table'")) {
            while (r.next()) {
                out.add(r.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** The memory's source and target languages, from its first {@code translation_memories} row; nulls when none. */
    private static String[] languages(Connection c, Set<String> tables) {
        if (!tables.contains("translation_memories")) {
            return new String[2];
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT source_language, target_language FROM translation_memories ORDER BY id LIMIT 1")) {
            return r.next() ? new String[] {language(r.getString(1)), language(r.getString(2))} : new String[2];
        } catch (SQLException e) {
            return new String[2]; // another layout: the segments' CultureName decide
        }
    }

    private static String language(String culture) {
        return culture == null || culture.isBlank() ? null : LanguageTags.tag(culture.strip());
    }

    /** Each unit's custom fields, name to value (several values of one field joined by ", "). */
    private static Map<Long, Map<String, String>> fields(Connection c, Set<String> tables) {
        Map<Long, Map<String, String>> out = new HashMap<>();
        if (!tables.contains("attributes")) {
            return out;
        }
        Map<Long, String> names = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, name FROM attributes")) {
            while (r.next()) {
                names.put(r.getLong(1), r.getString(2));
            }
        } catch (SQLException e) {
            return out;
        }
        for (String t : List.of("string_attributes", "date_attributes", "numeric_attributes")) {
            if (tables.contains(t)) {
                collect(c, "SELECT translation_unit_id, attribute_id, value FROM " + t, names, out);
            }
        }
        if (tables.contains("picklist_attributes") && tables.contains("picklist_values")) {
            collect(c, "SELECT p.translation_unit_id, v.attribute_id, v.value FROM picklist_attributes p"
                    + " JOIN picklist_values v ON v.id = p.picklist_value_id", names, out);
        }
        return out;
    }

    /**
     * Each unit's ID context ({@code translation_unit_idcontexts}, Studio 2015 on: the structure id of the
     * segment in its document, such as a resource key, which Studio matches as a context match); the
     * first by text when a unit has several.
     */
    private static Map<Long, String> idContexts(Connection c, Set<String> tables) {
        Map<Long, String> out = new HashMap<>();
        if (!tables.contains("translation_unit_idcontexts")) {
            return out;
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT translation_unit_id, idcontext FROM translation_unit_idcontexts ORDER BY translation_unit_id, idcontext")) {
            while (r.next()) {
                String v = r.getString(2);
                if (v != null && !v.isBlank()) {
                    out.putIfAbsent(r.getLong(1), v.strip());
                }
            }
        } catch (SQLException e) {
            // another layout: no ID contexts read
        }
        return out;
    }

    private static void collect(Connection c, String sql, Map<Long, String> names, Map<Long, Map<String, String>> out) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String name = names.get(r.getLong(2));
                String value = r.getString(3);
                if (name == null || value == null || value.isBlank()) {
                    continue;
                }
                out.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>())
                        .merge(name.strip(), date(value.strip()), (a, b) -> a + ", " + b);
            }
        } catch (SQLException e) {
            // a table of another layout: its fields are not read
        }
    }

    private static Streamed units(Path file, Connection c, String[] langs, Map<Long, Map<String, String>> fields,
                                  Map<Long, String> idContexts, Units out) throws SQLException {
        List<TmxReader.Invalid> skipped = new ArrayList<>();
        String src = langs[0];
        String tgt = langs[1];
        long max = maxSegmentBytes();
        // a segment's length is asked first (SQLite tells it without reading the value); one over the bound is not read
        String sql = "SELECT id, CASE WHEN octet_length(source_segment) <= ?1 THEN source_segment END,"
                + " CASE WHEN octet_length(target_segment) <= ?1 THEN target_segment END, creation_date, creation_user,"
                + " change_date, change_user, octet_length(source_segment), octet_length(target_segment)"
                + " FROM translation_units ORDER BY id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, max);
            ResultSet r = s.executeQuery();
            while (r.next()) {
                long id = r.getLong(1);
                long longest = Math.max(r.getLong(8), r.getLong(9));
                if (longest > max) {
                    skipped.add(new TmxReader.Invalid((int) Math.min(id, Integer.MAX_VALUE), String.valueOf(id),
                            String.format("row %d of translation_units: a segment of %,d bytes, more than the limit of %,d"
                                    + " (8 bytes a character of tmsh.limit.segmentChars)", id, longest, max)));
                    continue;
                }
                Segment source;
                Segment target;
                try {
                    source = segment(r.getString(2), null);
                    target = segment(r.getString(3), source);
                } catch (XMLStreamException | RuntimeException e) {
                    skipped.add(new TmxReader.Invalid((int) Math.min(id, Integer.MAX_VALUE), String.valueOf(id),
                            "row " + id + " of translation_units: its segment XML cannot be read ("
                                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip() + ")"));
                    continue;
                }
                src = src != null ? src : source.lang();
                tgt = tgt != null ? tgt : target.lang();
                Map<String, String> meta = new LinkedHashMap<>(fields.getOrDefault(id, Map.of()));
                put(meta, "creationid", r.getString(5));
                put(meta, "changeid", r.getString(7));
                put(meta, "creationdate", date(r.getString(4)));
                put(meta, "changedate", date(r.getString(6)));
                out.unit(new XliffReader.Entry(String.valueOf(id), source.text(), target.text(), "translated",
                        (int) Math.min(id, Integer.MAX_VALUE), idContexts.get(id), true, meta, List.of()), src, tgt);
            }
        } catch (SQLException e) {
            throw TmshException.inFile(file, 0, "not an SDLTM file (a Trados Studio memory): its translation_units table"
                    + " has no " + missingColumn(e) + " (SQLite: " + e.getMessage() + ")", e);
        }
        return new Streamed(new XliffReader.Header(VERSION, file.getFileName().toString(), null, null, src, tgt), skipped);
    }

    private static String missingColumn(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("no such column:");
        return i < 0 ? "segment columns" : "column " + m.substring(i + 15).strip().replaceAll("[)\\]].*", "");
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }

    /** SQLite's {@code 2021-02-13 18:11:35[.fff]} (UTC, as Studio stores it) in ISO form; other text unchanged. */
    static String date(String written) {
        if (written == null) {
            return null;
        }
        String s = written.strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?")) {
            return s.replace(' ', 'T').replaceFirst("\\.\\d+$", "") + "Z";
        }
        return s;
    }

    /** A segment's text with markers, and its language (CultureName). */
    record Segment(String text, String lang, Map<String, Integer> numbers) {
    }

    private record Tag(String type, String anchor, String align) {
    }

    /**
     * Studio's segment XML as text with code markers; {@code source} (null for the source itself) gives the
     * numbers a target's codes take by their {@code AlignmentAnchor}.
     */
    static Segment segment(String xml, Segment source) throws XMLStreamException {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException("the segment is empty");
        }
        XMLStreamReader x = TmxReader.hardenedFactory().createXMLStreamReader(new StringReader(xml));
        List<Object> parts = new ArrayList<>();
        String lang = null;
        boolean root = false;
        try {
            while (x.hasNext()) {
                int ev = x.next();
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "Segment" -> root = true;
                    case "Text" -> parts.add(value(x));
                    case "Tag" -> parts.add(tagOf(x));
                    case "CultureName" -> lang = x.getElementText().strip();
                    default -> {
                        // Elements, and what a later Studio adds: not text
                    }
                }
            }
        } finally {
            x.close();
        }
        if (!root) {
            throw new IllegalArgumentException("no <Segment> element");
        }
        if (lang == null || lang.isEmpty()) {
            throw new IllegalArgumentException("the segment names no language (no <CultureName>)");
        }
        return markers(parts, language(lang), source);
    }

    /**
     * A {@code <Text>}'s {@code <Value>}: only its content is text. Studio serialises a segment with .NET's
     * XmlSerializer, which indents the elements (and ends lines with CR LF); that white space between
     * {@code <Text>} and {@code <Value>} is layout, not text.
     */
    private static String value(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1 && x.getLocalName().equals("Value")) {
                    sb.append(XmlFiles.text(x));
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return sb.toString();
    }

    private static Tag tagOf(XMLStreamReader x) throws XMLStreamException {
        String type = null;
        String anchor = null;
        String align = null;
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "Type" -> type = x.getElementText().strip();
                    case "Anchor" -> anchor = x.getElementText().strip();
                    case "AlignmentAnchor" -> align = x.getElementText().strip();
                    default -> depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new Tag(type == null ? "" : type, anchor, align);
    }

    private static Segment markers(List<Object> parts, String lang, Segment source) {
        // a Start is paired when an End of its Anchor follows it
        Set<Integer> pairedStarts = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Tag t && t.type().equals("Start") && t.anchor() != null) {
                for (int j = i + 1; j < parts.size(); j++) {
                    if (parts.get(j) instanceof Tag e && e.type().equals("End") && t.anchor().equals(e.anchor())) {
                        pairedStarts.add(i);
                        break;
                    }
                }
            }
        }
        Map<String, Integer> byAlign = new HashMap<>();
        Map<String, Integer> byAnchor = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        int next = source == null ? 0 : source.numbers().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Object p = parts.get(i);
            if (p instanceof String s) {
                sb.append(s);
                continue;
            }
            Tag t = (Tag) p;
            if (t.type().equals("End") && t.anchor() != null && byAnchor.containsKey(t.anchor())) {
                sb.append("⟨/").append(byAnchor.remove(t.anchor())).append('⟩');
                continue;
            }
            boolean paired = pairedStarts.contains(i);
            Integer n = source == null || t.align() == null ? null : source.numbers().get(t.align());
            if (n == null || !used.add(n)) {
                n = ++next;
                used.add(n);
            }
            if (t.align() != null) {
                byAlign.putIfAbsent(t.align(), n);
            }
            if (paired) {
                byAnchor.put(t.anchor(), n);
                sb.append('⟨').append(n).append('⟩');
            } else {
                sb.append('⟨').append(n).append("/⟩");
            }
        }
        return new Segment(sb.toString(), lang, byAlign);
    }
}
