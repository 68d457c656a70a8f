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
            throw TmshException.inFile(file, 0, "no such file");
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
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "no such file");
        }
        String ext = org.tmsh.document.DocumentReader.extension(file);
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
                return new Read(read(file, name), List.of()); // TBX: streamed, never held whole
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
                return new Read(omegat(text.lines().toList(), file, name, srcLang, tgtLang, skipped), skipped);
            }
            return new Read(csv(text, file, name, skipped), skipped);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
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

    private static Glossary csv(String text, Path file, String name, List<TmxReader.Invalid> skipped) {
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
        List<String> languages = languageHeader(first);
        if (languages != null) {
            return csvByLanguage(rows, languages, name, skipped);
        }
        if (sep != ',') {
            throw TmshException.inFile(file, 1, "not a glossary: a semicolon-separated CSV needs a header of language codes, such as de;en");
        }
        List<String> header = cells(lines.get(0));
        if (header.size() < 3 || !header.get(0).equals("id") || !header.get(header.size() - 1).equals("note")) {
            throw TmshException.inFile(file, 1, "not a glossary: expected TBX, OmegaT's tab-separated glossary, or CSV"
                    + " with the header LANG,LANG... (such as de,en) or id,LANG...,note");
        }
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

    /** The header's cells as language codes, or null when one is not a language code. */
    private static List<String> languageHeader(List<String> header) {
        if (header.size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String h : header) {
            try {
                out.add(org.tmsh.common.Languages.check(h.strip()));
            } catch (TmshException e) {
                return null;
            }
        }
        return out;
    }

    /**
     * CSV whose header names only languages ({@code de,en}, or {@code de;en} as a spreadsheet writes it):
     * each row a concept of one spelling per language; a row with an empty cell is skipped and counted.
     */
    private static Glossary csvByLanguage(List<org.tmsh.formats.Csv.Row> rows, List<String> langs, String name,
                                          List<TmxReader.Invalid> skipped) {
        List<Concept> concepts = new ArrayList<>();
        for (org.tmsh.formats.Csv.Row r : rows.subList(1, rows.size())) {
            List<String> row = r.cells();
            if (row.size() != langs.size() || row.stream().anyMatch(String::isBlank)) {
                skipped.add(new TmxReader.Invalid(r.line(), null, row.size() != langs.size()
                        ? "expected " + langs.size() + " cells, found " + row.size() : "an empty cell"));
                continue;
            }
            List<Term> terms = new ArrayList<>();
            for (int k = 0; k < langs.size(); k++) {
                terms.add(new Term(langs.get(k), row.get(k), Term.Status.PREFERRED, "", "", List.of()));
            }
            concepts.add(new Concept("c" + (concepts.size() + 1), "", terms));
        }
        return new Glossary(name, concepts);
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
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = TmxReader.hardenedFactory().createXMLStreamReader(file.toUri().toString(),
                    TextFiles.xmlReader(file, in));
            try {
                return parse(x, file, name);
            } finally {
                x.close();
            }
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw TmxReader.error(file, e);
        }
    }

    private static Glossary parse(XMLStreamReader x, Path file, String name) throws XMLStreamException {
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
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = x.getLocalName();
                if (!root) {
                    root = true;
                    if (!n.equals("tbx") && !n.equals("martif")) {
                        throw TmshException.inFile(file, x.getLocation().getLineNumber(),
                                "not a TBX file (the root element is <" + n + ">, expected <tbx> or <martif>)");
                    }
                    continue;
                }
                switch (n) {
                    case "conceptEntry", "termEntry" -> {
                        conceptId = x.getAttributeValue(null, "id");
                        conceptNote = "";
                        terms = new ArrayList<>();
                    }
                    case "langSec", "langSet" -> lang = x.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
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
                        String t = x.getElementText();
                        if (inTerm && form != null) {
                            throw TmshException.inFile(file, line, "a second <term> in one term section (a "
                                    + "termSec, tig or ntig holds one term; each spelling needs its own)");
                        }
                        form = t;
                    }
                    case "termNote" -> {
                        String type = x.getAttributeValue(null, "type");
                        String value = x.getElementText().strip();
                        if ("administrativeStatus".equals(type) || "normativeAuthorization".equals(type)) {
                            AdministrativeStatus.Read st = AdministrativeStatus.of(value);
                            status = st.status();
                            if (st.note() != null) {
                                note.append(note.isEmpty() ? "" : "; ").append(st.note());
                            }
                        }
                    }
                    case "note" -> {
                        String t = x.getElementText().strip();
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
                switch (x.getLocalName()) {
                    case "termSec", "tig", "ntig" -> {
                        inTerm = false;
                        if (form != null && lang != null && !form.isBlank()) {
                            terms.add(new Term(lang, form, status, system, note.toString(), seen));
                        }
                    }
                    case "conceptEntry", "termEntry" -> {
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
