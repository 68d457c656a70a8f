package org.tmsh.formats.glossary;

import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.Term;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshException;
import org.tmsh.formats.HeaderColumns;
import org.tmsh.formats.tmx.TmxReader;

/**
 * Reads a glossary from TBX: TBX v3 ({@code tbx/conceptEntry/langSec/termSec})
 * or TBX 2008 ({@code martif/termEntry/langSet/tig}). Notes "system: ..." and "seen: ..." on a term
 * become its system and places (as {@link GlossaryWriter} writes them). Every administrativeStatus of
 * the TBX-Basic and 2008 picklists maps to a status ({@link AdministrativeStatus}), any other value is
 * kept as a note; two terms in one term section (invalid) are an error naming the line. The XML parser is the
 * hardened one of the TMX reader: no DTD, no external entity.
 */
public final class GlossaryReader {

    private GlossaryReader() {
    }

    /**
     * Reads a glossary whatever its format, told by content: TBX (an XML document), OmegaT's
     * tab-separated glossary (source, target, comment; languages {@code srcLang}, {@code tgtLang}),
     * or tmsh's CSV (a header row "id,LANG...,note").
     */
    public static Glossary readAny(Path file, String name, String srcLang, String tgtLang) {
        return readAny(file, name, srcLang, tgtLang, null);
    }

    /**
     * As {@link #readAny(Path, String, String, String)}; {@code encoding} (null: UTF-8) is that of a
     * tab-separated or CSV glossary (TBX says its own). Bytes not valid in it are an error naming the line.
     */
    public static Glossary readAny(Path file, String name, String srcLang, String tgtLang, String encoding) {
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "file not found");
        }
        return readReporting(file, name, srcLang, tgtLang, encoding).glossary();
    }

    /** A glossary read, with the lines it skipped (line and why: OmegaT's empty targets, CSV rows with an empty cell). */
    public record Read(Glossary glossary, List<TmxReader.Invalid> skipped) {
    }

    /**
     * As {@link #readAny(Path, String, String, String, String)}, with the lines skipped. The extension
     * decides the format: {@code .tbx} (and {@code .xml}) TBX; {@code .utf8}, {@code .txt}, {@code .tab},
     * {@code .tsv} OmegaT's tab-separated glossary; {@code .csv} CSV. Only a file of another extension is
     * told by its content.
     */
    public static Read readReporting(Path file, String name, String srcLang, String tgtLang, String encoding) {
        return readReporting(file, name, srcLang, tgtLang, encoding, true);
    }

    /**
     * As {@link #readReporting(Path, String, String, String, String)}; {@code languagesGiven} says whether
     * {@code srcLang} and {@code tgtLang} were named by the user (not a command's defaults). A CSV of two
     * columns without a header (Google's unidirectional glossary: source term, target term, no header) is read
     * in those two languages only when they were named; otherwise it is refused, saying to give them.
     */
    public static Read readReporting(Path file, String name, String srcLang, String tgtLang, String encoding,
                                     boolean languagesGiven) {
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "file not found");
        }
        String ext = org.tmsh.document.DocumentReader.extension(file);
        if (org.tmsh.formats.Spreadsheet.handles(file)) {
            return spreadsheet(file, name);
        }
        try {
            boolean xml;
            if (List.of("tbx", "xml", "tbxm").contains(ext)) {
                xml = true;
            } else if (List.of("utf8", "txt", "tab", "tsv", "csv").contains(ext)) {
                xml = false;
            } else {
                byte[] head;
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(4096);
                }
                xml = looksLikeXml(head);
            }
            if (xml) {
                return new Read(read(file, name, tgtLang), List.of()); // TBX: streamed, never held whole
            }
            byte[] bytes = Files.readAllBytes(file);
            String enc = encoding;
            boolean omegat = List.of("utf8", "txt", "tab", "tsv").contains(ext);
            if (ext.equals("utf8")) {
                enc = "UTF-8";
            } else if (omegat && enc == null) {
                enc = magicCoding(bytes);
            }
            String text = TextFiles.decode(file, bytes, enc);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                throw TmshException.inFile(file, 0, "empty file (expected a glossary)");
            }
            List<TmxReader.Invalid> skipped = new ArrayList<>();
            if (omegat || (!ext.equals("csv") && text.lines().findFirst().orElse("").contains("\t"))) {
                Read tabular = tabularWithHeader(text, file, name, skipped);
                if (tabular != null) {
                    return tabular;
                }
                return new Read(omegat(text.lines().toList(), file, name, srcLang, tgtLang, skipped), skipped);
            }
            return new Read(csv(text, file, name, skipped, languagesGiven ? new String[] {srcLang, tgtLang} : null), skipped);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * A tab-separated glossary whose first line names languages ("en-US TAB de-DE", "English TAB German":
     * what a spreadsheet saves as tab-separated or Unicode text, memoQ's and other tools' exports), read
     * as a table with that header (cells may be quoted as a spreadsheet quotes them); null when the first
     * line is no such header (then OmegaT's rules apply: it is a term pair).
     */
    private static Read tabularWithHeader(String text, Path file, String name, List<TmxReader.Invalid> skipped) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (first.startsWith("#") || !first.contains("\t")) {
            return null;
        }
        List<String> header = java.util.Arrays.asList(first.split("\t", -1));
        List<String> langs = languageHeader(header, true);
        if (langs == null) {
            langs = languageHeader(header, false);
        }
        if (langs == null) {
            return null;
        }
        List<org.tmsh.formats.Csv.Row> rows;
        try {
            rows = org.tmsh.formats.Csv.rows(text, '\t');
        } catch (IllegalArgumentException e) {
            throw TmshException.inFile(file, 0, e.getMessage());
        }
        return new Read(csvByLanguage(rows, langs, name, skipped), skipped);
    }

    /**
     * An Excel workbook's first worksheet with cells ({@link org.tmsh.formats.Spreadsheet}) whose first
     * row names languages, read as a spreadsheet glossary ({@link #csvByLanguage}); a first row that names
     * fewer than two languages is refused naming the sheet.
     */
    private static Read spreadsheet(Path file, String name) {
        org.tmsh.formats.Spreadsheet.Sheet sheet = org.tmsh.formats.Spreadsheet.read(file);
        List<String> header = sheet.rows().get(0).cells();
        List<String> langs = languageHeader(header, false);
        if (langs == null) {
            throw TmshException.inFile(file, sheet.rows().get(0).line(), "sheet '" + sheet.name() + "': not a glossary:"
                    + " the first row should name two languages or more, one a column (such as en-US, German), found "
                    + header.stream().limit(6).map(h -> "'" + h + "'").collect(java.util.stream.Collectors.joining(", ")));
        }
        // a cell in a column without a header names no language: not read (a CSV row that long is malformed)
        List<org.tmsh.formats.Csv.Row> rows = sheet.rows().stream().map(r -> r.cells().size() <= header.size() ? r
                : new org.tmsh.formats.Csv.Row(r.line(), r.cells().subList(0, header.size()))).toList();
        List<TmxReader.Invalid> skipped = new ArrayList<>();
        return new Read(csvByLanguage(rows, langs, name, skipped, SHEET_SYNONYMS), skipped);
    }

    /** The encoding an OmegaT glossary names in its first line ({@code # ... -*- coding: utf-8 -*-}), or null. */
    private static String magicCoding(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^#.*-\\*-.*coding:\\s*([A-Za-z0-9._-]+)").matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** XML, after any byte order mark and white space, in UTF-8 or UTF-16. */
    private static boolean looksLikeXml(byte[] head) {
        String ascii = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\0", "")
                .replaceFirst("^(\u00EF\u00BB\u00BF|\u00FE\u00FF|\u00FF\u00FE)", "");
        return ascii.stripLeading().startsWith("<");
    }

    /**
     * OmegaT's tab-separated glossary, by OmegaT's rules: a line starting with {@code #} is a comment; a
     * line is source TAB target [TAB comment], cells trimmed; a line without a source or a target is
     * skipped (and counted here). The comment goes to the target term's note (what
     * {@link GlossaryWriter} writes back), less the words "admitted" and "deprecated spelling" that
     * tmsh writes for a status.
     */
    private static Glossary omegat(List<String> lines, Path file, String name, String src, String tgt,
                                   List<TmxReader.Invalid> skipped) {
        Map<String, Concept> byTarget = new java.util.LinkedHashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 2 || c[0].isBlank() || c[1].isBlank()) {
                skipped.add(new TmxReader.Invalid(n, null, c.length < 1 || c[0].isBlank() ? "no source term" : "no target term"));
                continue;
            }
            String comment = c.length > 2 ? c[2].strip() : "";
            List<String> words = new ArrayList<>();
            boolean admitted = false;
            boolean deprecated = false;
            for (String part : comment.split(";")) {
                String p = part.strip();
                if (p.equals("admitted")) {
                    admitted = true;
                } else if (p.equals("deprecated spelling") || p.equals("deprecated")) {
                    deprecated = true;
                } else if (!p.isEmpty()) {
                    words.add(p);
                }
            }
            String targetNote = String.join("; ", words);
            Concept concept = byTarget.get(c[1].strip());
            if (concept == null) {
                Term.Status ts = admitted ? Term.Status.ADMITTED : Term.Status.PREFERRED;
                concept = new Concept("c" + (byTarget.size() + 1), "", List.of(new Term(tgt, c[1], ts, "", targetNote, List.of())));
            }
            final String form = c[0].strip();
            if (concept.terms().stream().noneMatch(t -> t.lang().equals(src) && t.form().equals(form))) {
                Term.Status ss = deprecated ? Term.Status.DEPRECATED
                        : concept.preferred(src) == null ? Term.Status.PREFERRED : Term.Status.ADMITTED;
                concept = concept.with(new Term(src, form, ss, "", "", List.of()));
            }
            byTarget.put(c[1].strip(), concept);
        }
        return new Glossary(name, new ArrayList<>(byTarget.values()));
    }

    /** {@code pair}: the two languages of a header-less two-column CSV, or null when the user named none. */
    private static Glossary csv(String text, Path file, String name, List<TmxReader.Invalid> skipped, String[] pair) {
        List<String> lines = text.lines().toList();
        if (lines.get(0).startsWith("#")) {
            return csvByCell(lines, file, name);
        }
        char sep = org.tmsh.formats.Csv.separator(text);
        List<org.tmsh.formats.Csv.Row> rows;
        try {
            rows = org.tmsh.formats.Csv.rows(text, sep);
        } catch (IllegalArgumentException e) {
            throw TmshException.inFile(file, 0, e.getMessage());
        }
        List<String> first = rows.get(0).cells();
        if (sep == ',' && first.size() >= 2 && first.get(first.size() - 1).equals("id")) {
            return csvWithIds(lines, cells(lines.get(0)), file, name); // what term export x.csv writes ("id" last, not Indonesian)
        }
        List<String> languages = languageHeader(first, true);
        boolean own = first.size() >= 3 && first.get(0).strip().equals("id") && first.get(first.size() - 1).strip().equals("note");
        if (languages == null && !own) {
            languages = languageHeader(first, false);
        }
        if (languages != null) {
            return csvByLanguage(rows, languages, name, skipped);
        }
        if (first.size() == 2 && !own) {
            // Google's unidirectional glossary: source term, target term, no header; its languages are the API call's
            if (pair == null || pair[0] == null || pair[1] == null) {
                throw TmshException.inFile(file, 1, "a glossary of two columns without a header (as Google's unidirectional"
                        + " glossaries are): give its languages with --source-lang and --target-lang, or add a first row"
                        + " naming them, such as en,de");
            }
            List<String> langs = List.of(org.tmsh.common.Languages.check(pair[0]), org.tmsh.common.Languages.check(pair[1]));
            List<org.tmsh.formats.Csv.Row> all = new ArrayList<>();
            all.add(new org.tmsh.formats.Csv.Row(0, langs));
            all.addAll(rows);
            return csvByLanguage(all, langs, name, skipped);
        }
        if (sep != ',') {
            throw TmshException.inFile(file, 1, "not a glossary: a semicolon-separated CSV needs a header of language codes, such as de;en");
        }
        List<String> header = cells(lines.get(0));
        if (header.size() < 3 || !header.get(0).equals("id") || !header.get(header.size() - 1).equals("note")) {
            throw TmshException.inFile(file, 1, "not a glossary: expected TBX, OmegaT's tab-separated glossary, or CSV"
                    + " with the header LANG,LANG... (such as de,en) or id,LANG...,note");
        }
        header = languages(file, header, 1);
        List<Concept> concepts = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = cells(lines.get(i));
            if (row.size() != header.size()) {
                throw TmshException.inFile(file, i + 1, "expected " + header.size() + " cells, found " + row.size());
            }
            List<Term> terms = new ArrayList<>();
            for (int k = 1; k < header.size() - 1; k++) {
                for (String cell : row.get(k).split(" \\| ")) {
                    if (cell.isBlank()) {
                        continue;
                    }
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)(?: \\((admitted|deprecated)\\))?$")
                            .matcher(cell.strip());
                    m.matches();
                    Term.Status st = m.group(2) == null ? Term.Status.PREFERRED : Term.Status.fromTbx(m.group(2));
                    terms.add(new Term(header.get(k), m.group(1), st, "", "", List.of()));
                }
            }
            concepts.add(new Concept(row.get(0), row.get(header.size() - 1), terms));
        }
        return new Glossary(name, concepts);
    }

    /**
     * tmsh's CSV of one spelling per cell ({@link GlossaryWriter}): "# id,LANG,LANG status,...,note",
     * then rows; the rows of one id make one concept.
     */
    private static Glossary csvByCell(List<String> lines, Path file, String name) {
        List<String> header = cells(lines.get(0).replaceFirst("^#\\s*", ""));
        if (header.size() < 4 || header.size() % 2 != 0 || !header.get(0).equals("id")
                || !header.get(header.size() - 1).equals("note")) {
            throw TmshException.inFile(file, 1, "not a glossary: expected the CSV header # id,LANG,LANG status,...,note");
        }
        header = languages(file, header, 2);
        Map<String, Concept> byId = new java.util.LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) {
                continue;
            }
            List<String> row = cells(lines.get(i));
            if (row.size() != header.size()) {
                throw TmshException.inFile(file, i + 1, "expected " + header.size() + " cells, found " + row.size());
            }
            Concept c = byId.getOrDefault(row.get(0), new Concept(row.get(0), "", List.of()));
            if (c.note().isEmpty() && !row.get(header.size() - 1).isBlank()) {
                c = new Concept(c.id(), row.get(header.size() - 1), c.terms());
            }
            for (int k = 1; k < header.size() - 1; k += 2) {
                String form = row.get(k).strip();
                if (form.isEmpty()) {
                    continue;
                }
                Term.Status st;
                try {
                    st = row.get(k + 1).isBlank() ? Term.Status.PREFERRED : Term.Status.fromTbx(row.get(k + 1).strip());
                } catch (IllegalArgumentException e) {
                    throw TmshException.inFile(file, i + 1, e.getMessage());
                }
                c = c.with(new Term(header.get(k), form, st, "", "", List.of()));
            }
            byId.put(c.id(), c);
        }
        return new Glossary(name, new ArrayList<>(byId.values()));
    }

    /**
     * The language each column of a header names ({@link org.tmsh.common.Languages#ofHeader}: a code or
     * an English name), or null when the row is no header of languages. {@code strict}: every cell names
     * one. Otherwise columns that name none are left out as null (memoQ's "English_Def", "Term_Info",
     * "Entry_ID"; a spreadsheet's "Note"), as long as two different languages have a column each.
     */
    private static List<String> languageHeader(List<String> header, boolean strict) {
        if (header.size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (String h : header) {
            HeaderColumns.Column c = HeaderColumns.of(h);
            String lang = c.role() == HeaderColumns.Role.LANGUAGE ? c.lang() : null;
            if (lang == null && strict) {
                return null;
            }
            out.add(lang);
            if (lang != null) {
                distinct.add(lang.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return distinct.size() >= 2 ? out : null;
    }

    /** Several terms of one language in one cell: separated by a semicolon or a vertical bar. */
    private static final java.util.regex.Pattern SYNONYMS = java.util.regex.Pattern.compile("\\s*[;|]\\s*");

    /**
     * In a worksheet's cell also by a line break (Alt+Enter: how Excel users list terms in one cell); in
     * CSV a quoted line break stays part of the term, as before.
     */
    private static final java.util.regex.Pattern SHEET_SYNONYMS = java.util.regex.Pattern.compile("\\s*(?:[;|]|\\R)\\s*");

    /**
     * CSV, tab-separated text or a worksheet whose header names languages ({@code de,en}, {@code de;en} as
     * a spreadsheet writes it, "English<TAB>German", memoQ's export): each row a concept. A cell may hold
     * several terms separated by {@code ;} or {@code |} (in a worksheet also a line break: synonyms), and a language may have
     * several columns; a language's first term is preferred, its others admitted. A note column
     * ({@link HeaderColumns}: "Note", "Definition", "English_Def") is the concept's note, or its language's
     * terms' note; a status column ("Status", "German status") sets the status of its language's terms (a
     * plain "Status": the nearest language column to its left) as TBX's values map
     * ({@link AdministrativeStatus}; another value is kept as a note "status: VALUE"). Other columns are
     * left out. A row in which a language has no term, or with more cells than the header, is skipped and counted.
     */
    static Glossary csvByLanguage(List<org.tmsh.formats.Csv.Row> rows, List<String> langs, String name,
                                  List<TmxReader.Invalid> skipped) {
        return csvByLanguage(rows, langs, name, skipped, SYNONYMS);
    }

    private static Glossary csvByLanguage(List<org.tmsh.formats.Csv.Row> rows, List<String> langs, String name,
                                          List<TmxReader.Invalid> skipped, java.util.regex.Pattern synonyms) {
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
        langs.stream().filter(java.util.Objects::nonNull).forEach(distinct::add);
        List<HeaderColumns.Column> roles = roles(rows.get(0).cells(), langs);
        List<Concept> concepts = new ArrayList<>();
        for (org.tmsh.formats.Csv.Row r : rows.subList(1, rows.size())) {
            List<String> row = r.cells();
            if (row.size() > langs.size()) {
                skipped.add(new TmxReader.Invalid(r.line(), null, "expected " + langs.size() + " cells, found " + row.size()));
                continue;
            }
            List<Term> terms = new ArrayList<>();
            java.util.Set<String> have = new java.util.HashSet<>();
            for (int k = 0; k < row.size(); k++) {
                if (langs.get(k) == null) {
                    continue;
                }
                for (String form : synonyms.split(row.get(k).strip())) {
                    if (form.isBlank()) {
                        continue;
                    }
                    String lang = langs.get(k);
                    terms.add(new Term(lang, form, have.add(lang) ? Term.Status.PREFERRED : Term.Status.ADMITTED, "", "", List.of()));
                }
            }
            if (!have.containsAll(distinct)) {
                skipped.add(new TmxReader.Invalid(r.line(), null, "an empty cell"));
                continue;
            }
            List<String> conceptNotes = new ArrayList<>();
            for (int k = 0; k < row.size(); k++) {
                HeaderColumns.Column col = roles.get(k);
                String value = row.get(k).strip();
                if (col == null || value.isEmpty()) {
                    continue;
                }
                if (col.role() == HeaderColumns.Role.NOTE && col.lang() == null) {
                    conceptNotes.add(value);
                } else if (col.role() == HeaderColumns.Role.NOTE) {
                    terms.replaceAll(t -> t.lang().equals(col.lang()) ? withNote(t, value) : t);
                } else if (col.role() == HeaderColumns.Role.STATUS && col.lang() != null) {
                    AdministrativeStatus.Read st = AdministrativeStatus.of(value);
                    terms.replaceAll(t -> !t.lang().equals(col.lang()) ? t
                            : withNote(new Term(t.lang(), t.form(), st.status(), t.system(), t.note(), t.seen()),
                            st.note() == null ? null : "status: " + value));
                }
            }
            concepts.add(new Concept("c" + (concepts.size() + 1), String.join("; ", conceptNotes), terms));
        }
        return new Glossary(name, concepts);
    }

    private static Term withNote(Term t, String note) {
        if (note == null) {
            return t;
        }
        return new Term(t.lang(), t.form(), t.status(), t.system(), t.note().isEmpty() ? note : t.note() + "; " + note, t.seen());
    }

    /**
     * The note and status columns of a header whose language columns are {@code langs} (null elsewhere),
     * each with the language it applies to; null for a language column or one tmsh does not read. A
     * plain status applies to the nearest language column to its left (else to its right).
     */
    private static List<HeaderColumns.Column> roles(List<String> header, List<String> langs) {
        List<HeaderColumns.Column> out = new ArrayList<>();
        for (int k = 0; k < langs.size(); k++) {
            HeaderColumns.Column c = k < header.size() && langs.get(k) == null ? HeaderColumns.of(header.get(k)) : null;
            if (c != null && c.role() == HeaderColumns.Role.STATUS && c.lang() == null) {
                String near = null;
                for (int j = k - 1; j >= 0 && near == null; j--) {
                    near = langs.get(j);
                }
                for (int j = k + 1; j < langs.size() && near == null; j++) {
                    near = langs.get(j);
                }
                c = new HeaderColumns.Column(c.role(), near);
            }
            if (c != null && c.lang() != null) {
                // the language column it names ("English_Def" beside "English (United States)": by primary subtag)
                String named = c.lang();
                String col = langs.stream().filter(l -> named.equalsIgnoreCase(String.valueOf(l))).findFirst()
                        .orElse(langs.stream().filter(l -> l != null && org.tmsh.common.Languages.primary(l)
                                .equals(org.tmsh.common.Languages.primary(named))).findFirst().orElse(null));
                // a note or status of a language that has no column of terms: a note is kept with the concept
                c = col != null ? new HeaderColumns.Column(c.role(), col)
                        : c.role() == HeaderColumns.Role.NOTE ? new HeaderColumns.Column(c.role(), null) : null;
            }
            out.add(c != null && (c.role() == HeaderColumns.Role.NOTE || c.role() == HeaderColumns.Role.STATUS) ? c : null);
        }
        return out;
    }

    /**
     * The header with its language columns (every {@code step}th from the second, up to the note)
     * checked as BCP 47 tags and normalised; a bad or repeated language is an error naming line 1.
     */
    private static List<String> languages(Path file, List<String> header, int step) {
        return languages(file, header, 1, step);
    }

    /** As {@link #languages(Path, List, int)}, the language columns from {@code first} (0-based). */
    private static List<String> languages(Path file, List<String> header, int first, int step) {
        List<String> out = new ArrayList<>(header);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = first; k < header.size() - 1; k += step) {
            String lang;
            try {
                lang = org.tmsh.common.Languages.check(header.get(k).strip());
            } catch (TmshException e) {
                throw TmshException.inFile(file, 1, "header, column " + (k + 1) + ": " + e.getMessage());
            }
            if (!seen.add(lang.toLowerCase(java.util.Locale.ROOT))) {
                throw TmshException.inFile(file, 1, "header, column " + (k + 1) + ": language '" + lang
                        + "' has a column already; give each language one column");
            }
            out.set(k, lang);
        }
        return out;
    }

    /**
     * The CSV that {@code term export x.csv} writes for CAT tools: a header of language codes with
     * the concept id last ("de,en,ru,id"), one spelling per cell; the rows of one id make one concept,
     * and a language's first spelling is its preferred one.
     */
    private static Glossary csvWithIds(List<String> lines, List<String> header, Path file, String name) {
        for (int k = 0; k < header.size() - 1; k++) {
            if (!header.get(k).matches("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")) {
                throw TmshException.inFile(file, 1, "not a glossary: column " + (k + 1) + " of the CSV header is '"
                        + header.get(k) + "', expected a language code (header LANG,LANG...,id)");
            }
        }
        header = languages(file, header, 0, 1);
        Map<String, Concept> byId = new java.util.LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> row = cells(lines.get(i));
            if (row.size() != header.size()) {
                throw TmshException.inFile(file, i + 1, "expected " + header.size() + " cells, found " + row.size());
            }
            String id = row.get(header.size() - 1).strip();
            if (id.isEmpty()) {
                id = "c" + (byId.size() + 1);
            }
            Concept c = byId.getOrDefault(id, new Concept(id, "", List.of()));
            for (int k = 0; k < header.size() - 1; k++) {
                String form = row.get(k).strip();
                if (!form.isEmpty()) {
                    c = c.with(new Term(header.get(k), form, c.preferred(header.get(k)) == null ? Term.Status.PREFERRED
                            : Term.Status.ADMITTED, "", "", List.of()));
                }
            }
            byId.put(id, c);
        }
        return new Glossary(name, new ArrayList<>(byId.values()));
    }

    /** One CSV line (see {@link org.tmsh.formats.Csv}). */
    private static List<String> cells(String line) {
        return org.tmsh.formats.Csv.cells(line);
    }

    public static Glossary read(Path file, String name) {
        return read(file, name, null);
    }

    /**
     * Reads a TBX or MultiTerm XML glossary; a language section tagged {@code xx} (translate-toolkit's
     * placeholder for a language it was not told: {@code csv2tbx} writes it for every target term) is in
     * language {@code placeholder} (the command's {@code --target-lang}); without one it is refused.
     */
    public static Glossary read(Path file, String name, String placeholder) {
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "file not found");
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = TmxReader.hardenedFactory().createXMLStreamReader(file.toUri().toString(),
                    org.tmsh.document.InputLimits.current().boundedXml(file, TextFiles.xmlReader(file, in)));
            try {
                return parse(x, file, name, placeholder);
            } finally {
                x.close();
            }
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw TmxReader.error(file, e);
        }
    }

    /**
     * MultiTerm XML's elements ({@code mtf}: what SDL MultiTerm exports) as the TBX elements they
     * stand for: a {@code conceptGrp} is a concept entry, a {@code languageGrp} a language section
     * (its language in {@code <language lang="EN-US"/>}), a {@code termGrp} a term section. Its
     * {@code <concept>} element holds the entry's number.
     */
    private static final Map<String, String> MULTITERM = Map.of("conceptGrp", "conceptEntry", "languageGrp", "langSec",
            "termGrp", "termSec");

    /** A language section's language as a BCP 47 tag in its case ({@code EN-GB} is {@code en-GB}); an error naming the line if unknown. */
    private static String language(Path file, XMLStreamReader x, String element, String lang, String placeholder,
                                   java.util.Set<String> named) {
        if (lang == null) {
            return null;
        }
        boolean xx = lang.strip().equalsIgnoreCase("xx");
        try {
            if (!xx) {
                String tag = org.tmsh.common.Languages.check(lang);
                named.add(org.tmsh.common.Languages.primary(tag));
                return tag;
            }
            // the placeholder stands for a language the file does not name (never the source's: term import's default)
            String tag = org.tmsh.common.Languages.check(placeholder == null ? lang : placeholder);
            if (named.contains(org.tmsh.common.Languages.primary(tag))) {
                throw new TmshException("unknown language code 'xx' (the file names " + tag + " already)");
            }
            return tag;
        } catch (TmshException e) {
            throw TmshException.inFile(file, x.getLocation().getLineNumber(), "<" + element + (element.equals("language")
                    ? " lang=\"" : " xml:lang=\"") + lang + "\">: " + e.getMessage() + (xx ? "; 'xx' is the placeholder"
                    + " translate-toolkit writes for a language it was not told: give --target-lang" : ""));
        }
    }

    /**
     * The text of the current element and of the elements inside it (a TBX term or note may hold
     * {@code <hi>}, {@code <foreign>} or inline codes); leaves the reader on its end tag.
     */
    private static String text(XMLStreamReader x) throws XMLStreamException {
        return org.tmsh.formats.XmlFiles.text(x);
    }

    /** The concept descriptions kept in a concept's note, by their {@code descrip} type (lower case, memoQ's prefix dropped). */
    private static final java.util.Set<String> CONCEPT_FIELDS = java.util.Set.of("definition", "subject", "subjectfield",
            "domain", "client", "project");

    /** A {@code descrip} type as a concept field kept in its note, or null. */
    private static String conceptField(String type) {
        if (type == null) {
            return null;
        }
        String t = type.strip().toLowerCase(java.util.Locale.ROOT);
        t = t.startsWith("x-memoq-") ? t.substring("x-memoq-".length()) : t;
        return CONCEPT_FIELDS.contains(t) ? t : null;
    }

    private static Glossary parse(XMLStreamReader x, Path file, String name, String placeholder) throws XMLStreamException {
        java.util.Set<String> named = new java.util.HashSet<>(); // the primary languages the file names itself
        List<Concept> concepts = new ArrayList<>();
        boolean root = false;
        String conceptId = null;
        String conceptNote = "";
        List<Term> terms = new ArrayList<>();
        String lang = null;
        String form = null;
        Term.Status status = Term.Status.ADMITTED;
        String system = "";
        List<String> seen = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        boolean inTerm = false;
        boolean mtf = false;
        List<String> descriptions = new ArrayList<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                if (!root) {
                    root = true;
                    if (!n.equals("tbx") && !n.equals("martif") && !n.equals("mtf")) {
                        throw TmshException.inFile(file, x.getLocation().getLineNumber(), "not a TBX file (the root element is <"
                                + n + ">, expected <tbx> or <martif>, or MultiTerm XML's <mtf>)");
                    }
                    mtf = n.equals("mtf");
                    continue;
                }
                if (mtf) {
                    n = MULTITERM.getOrDefault(n, n);
                }
                switch (n) {
                    case "concept" -> {
                        if (mtf) {
                            conceptId = text(x).strip();
                        }
                    }
                    case "language" -> {
                        if (mtf) {
                            lang = language(file, x, n, x.getAttributeValue(null, "lang"), placeholder, named);
                        }
                    }
                    case "administrativeStatus", "normativeAuthorization" -> {
                        // TBX v3's DCT style: the data category is the element (basic:administrativeStatus)
                        AdministrativeStatus.Read st = AdministrativeStatus.of(text(x).strip());
                        status = st.status();
                        if (st.note() != null) {
                            note.append(note.isEmpty() ? "" : "; ").append(st.note());
                        }
                    }
                    case "conceptEntry", "termEntry" -> {
                        conceptId = x.getAttributeValue(null, "id");
                        conceptNote = "";
                        terms = new ArrayList<>();
                        descriptions = new ArrayList<>();
                    }
                    case "langSec", "langSet" -> {
                        String l = x.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                        // older MultiTerm and TBX 1 exports write lang without the xml: prefix
                        lang = language(file, x, n, l != null ? l : x.getAttributeValue(null, "lang"), placeholder, named);
                    }
                    case "termSec", "tig", "ntig" -> {
                        inTerm = true;
                        form = null;
                        status = Term.Status.ADMITTED;
                        system = "";
                        seen = new ArrayList<>();
                        note.setLength(0);
                    }
                    case "term" -> {
                        int line = x.getLocation().getLineNumber();
                        String t = text(x);
                        if (inTerm && form != null) {
                            throw TmshException.inFile(file, line, "a second <term> in one term section (a "
                                    + "termSec, tig or ntig holds one term; each spelling needs its own)");
                        }
                        form = t;
                    }
                    case "termNote" -> {
                        String type = x.getAttributeValue(null, "type");
                        String value = text(x).strip();
                        // administrativeStatus, and the flags other tools write (memoQ's x-memoq-forbidden ...)
                        AdministrativeStatus.Read st = AdministrativeStatus.ofNote(type, value, status);
                        if (st != null) {
                            status = st.status();
                            if (st.note() != null) {
                                note.append(note.isEmpty() ? "" : "; ").append(st.note());
                            }
                        }
                    }
                    case "descrip" -> {
                        // a concept's description (TBX-Basic's definition; memoQ's and MultiTerm's subject,
                        // client, project): part of the concept's note; other descriptions are not kept
                        String field = conceptField(x.getAttributeValue(null, "type"));
                        String t = text(x).strip();
                        if (!inTerm && field != null && !t.isEmpty()) {
                            descriptions.add(field.equals("definition") ? t : field + ": " + t);
                        }
                    }
                    case "note" -> {
                        String t = text(x).strip();
                        if (inTerm && t.startsWith("system: ")) {
                            system = t.substring("system: ".length());
                        } else if (inTerm && t.startsWith("seen: ")) {
                            seen.add(t.substring("seen: ".length()));
                        } else if (inTerm) {
                            note.append(note.isEmpty() ? "" : "; ").append(t);
                        } else if (conceptId != null) {
                            conceptNote = t;
                        }
                    }
                    default -> {
                        // other data categories are not kept
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String n = x.getLocalName();
                switch (mtf ? MULTITERM.getOrDefault(n, n) : n) {
                    case "termSec", "tig", "ntig" -> {
                        inTerm = false;
                        if (form != null && lang != null && !form.isBlank()) {
                            terms.add(new Term(lang, form, status, system, note.toString(), seen));
                        }
                    }
                    case "conceptEntry", "termEntry" -> {
                        if (!descriptions.isEmpty()) {
                            descriptions.add(0, conceptNote);
                            conceptNote = String.join("; ", descriptions.stream().filter(d -> !d.isBlank()).toList());
                        }
                        concepts.add(new Concept(conceptId == null ? "c" + (concepts.size() + 1) : conceptId,
                                conceptNote, terms));
                        conceptId = null;
                    }
                    default -> {
                        // nothing to close
                    }
                }
            }
        }
        if (!root) {
            throw TmshException.inFile(file, 0, "empty file (expected TBX)");
        }
        return new Glossary(name, concepts);
    }
}
