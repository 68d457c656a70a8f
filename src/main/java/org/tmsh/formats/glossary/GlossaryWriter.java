package org.tmsh.formats.glossary;

import org.tmsh.terms.Concept;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.Term;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.Xml;
import org.tmsh.formats.Csv;
import org.tmsh.formats.FormulaCells;

/**
 * Writes a glossary as TBX-Basic 2008 (MARTIF, TBX v2: what today's CAT tools read, OmegaT, memoQ and
 * Trados MultiTerm among them, and so the default of a {@code .tbx} file), TBX-Basic v3 (ISO
 * 30042:2019, DCA style: tmsh's own glossary store), OmegaT's tab-separated glossary, or CSV with
 * language columns. Files are written to a temporary sibling and moved into place.
 *
 * <p>A term's romanization system and the places it was seen are kept as notes ("system: Duden",
 * "seen: 000.txt#3"), the TBX-Basic data category that every reader keeps.
 */
public final class GlossaryWriter {

    /** The file formats: TBX-Basic 2008 (TBX v2, martif), TBX-Basic v3, OmegaT's glossary, CSV. */
    public enum Format {
        TBX2008, TBX3, OMEGAT, CSV;

        /** The names {@code --format} takes, each with its format: {@code tbx} is TBX 2008. */
        public static final java.util.Map<String, Format> NAMES = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(java.util.Map.of("tbx", TBX2008, "tbx2008", TBX2008, "tbx2", TBX2008,
                        "tbx3", TBX3, "omegat", OMEGAT, "csv", CSV)));

        /** The format a {@code --format} value names, or null when it names none. */
        public static Format named(String name) {
            return NAMES.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private GlossaryWriter() {
    }

    /** The format a file name implies: .tbx TBX-Basic 2008, .utf8/.txt/.tab OmegaT, .csv CSV. */
    public static Format byExtension(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return Format.CSV;
        }
        if (n.endsWith(".utf8") || n.endsWith(".txt") || n.endsWith(".tab")) {
            return Format.OMEGAT;
        }
        return Format.TBX2008;
    }

    public static void write(Glossary g, Path file, Format format, String srcLang, String tgtLang) {
        write(g, file, format, srcLang, tgtLang, new FormulaCells(FormulaCells.Mode.RAW));
    }

    /** As above; a cell of the CSV or OmegaT file that a spreadsheet would run is written as {@code cells} says. */
    public static void write(Glossary g, Path file, Format format, String srcLang, String tgtLang, FormulaCells cells) {
        String text = switch (format) {
            case TBX3 -> tbx(g);
            case TBX2008 -> tbx2008(g);
            case OMEGAT -> omegat(g, srcLang, tgtLang, cells);
            case CSV -> csv(g, srcLang, tgtLang, cells);
        };
        AtomicFiles.writeString(file, text);
    }

    static String tbx(Glossary g) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n");
        sb.append("  <tbxHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>");
        Xml.text(sb, g.name());
        sb.append("</title>\n      </titleStmt>\n      <sourceDesc>\n        <p>tmsh glossary of names</p>\n"
                + "      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n    <body>\n");
        entries(sb, g, "conceptEntry", "langSec", "termSec");
        sb.append("    </body>\n  </text>\n</tbx>\n");
        return sb.toString();
    }

    static String tbx2008(Glossary g) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<martif type=\"TBX-Basic\" xml:lang=\"en\">\n  <martifHeader>\n    <fileDesc>\n"
                + "      <titleStmt>\n        <title>");
        Xml.text(sb, g.name());
        sb.append("</title>\n      </titleStmt>\n      <sourceDesc>\n        <p>tmsh glossary of names</p>\n"
                + "      </sourceDesc>\n    </fileDesc>\n    <encodingDesc>\n"
                + "      <p type=\"XCSURI\">TBXBasicXCSV02.xcs</p>\n    </encodingDesc>\n  </martifHeader>\n"
                + "  <text>\n    <body>\n");
        entries(sb, g, "termEntry", "langSet", "tig");
        sb.append("    </body>\n  </text>\n</martif>\n");
        return sb.toString();
    }

    private static void entries(StringBuilder sb, Glossary g, String entry, String langSec, String termSec) {
        for (Concept c : g.concepts()) {
            sb.append("      <").append(entry);
            Xml.attribute(sb, "id", c.id());
            sb.append(">\n");
            if (!c.note().isEmpty()) {
                sb.append("        <note>");
                Xml.text(sb, c.note());
                sb.append("</note>\n");
            }
            for (String lang : c.terms().stream().map(Term::lang).distinct().toList()) {
                sb.append("        <").append(langSec);
                Xml.attribute(sb, "xml:lang", lang);
                sb.append(">\n");
                for (Term t : c.terms()) {
                    if (!t.lang().equals(lang)) {
                        continue;
                    }
                    sb.append("          <").append(termSec).append(">\n            <term>");
                    Xml.text(sb, t.form());
                    sb.append("</term>\n            <termNote type=\"administrativeStatus\">").append(t.status().tbx())
                            .append("</termNote>\n");
                    note(sb, t.system().isEmpty() ? "" : "system: " + t.system());
                    for (String s : t.seen()) {
                        note(sb, "seen: " + s);
                    }
                    note(sb, t.note());
                    sb.append("          </").append(termSec).append(">\n");
                }
                sb.append("        </").append(langSec).append(">\n");
            }
            sb.append("      </").append(entry).append(">\n");
        }
    }

    private static void note(StringBuilder sb, String text) {
        if (!text.isEmpty()) {
            sb.append("            <note>");
            Xml.text(sb, text);
            sb.append("</note>\n");
        }
    }

    /**
     * OmegaT's glossary: source TAB target TAB comment, one line per pair of a source-language and a
     * target-language spelling; deprecated target spellings are left out (a deprecated source
     * spelling is kept, so that OmegaT still recognises it, with the preferred target). The comment
     * is what the translator needs beside the pair, in words: "deprecated spelling", "admitted"
     * (a preferred target says nothing) and the target term's own note; no concept notes, no codes.
     */
    static String omegat(Glossary g, String src, String tgt) {
        return omegat(g, src, tgt, new FormulaCells(FormulaCells.Mode.RAW));
    }

    static String omegat(Glossary g, String src, String tgt, FormulaCells cells) {
        StringBuilder sb = new StringBuilder();
        for (Concept c : g.concepts()) {
            Term preferred = c.preferred(tgt);
            for (Term s : c.terms()) {
                if (!s.lang().equalsIgnoreCase(src)) {
                    continue;
                }
                for (Term t : c.terms()) {
                    if (!t.lang().equalsIgnoreCase(tgt) || t.status() == Term.Status.DEPRECATED) {
                        continue;
                    }
                    if (s.status() == Term.Status.DEPRECATED && t != preferred) {
                        continue;
                    }
                    List<String> parts = new ArrayList<>();
                    if (s.status() == Term.Status.DEPRECATED) {
                        parts.add("deprecated spelling");
                    }
                    if (t.status() == Term.Status.ADMITTED) {
                        parts.add("admitted");
                    }
                    if (!t.note().isEmpty()) {
                        parts.add(t.note());
                    }
                    String comment = String.join("; ", parts);
                    sb.append(Csv.tabCell(s.form(), cells)).append('\t').append(Csv.tabCell(t.form(), cells)).append('\t')
                            .append(Csv.tabCell(comment, cells)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * CSV as CAT tools import it (memoQ, Trados MultiTerm's converter, OmegaT): a header row of
     * language codes, the source and target languages first when given, then the others in the order
     * the glossary first uses them, and the concept id last ({@code id}); then for each concept as
     * many rows as its language with the most spellings has, the k-th spelling of each language in
     * row k. Deprecated spellings are left out (a CAT tool would offer them); TBX keeps them and
     * every status and note.
     *
     * <p>NOTE: no status or note columns: OmegaT reads the columns as source, target and comment,
     * and memoQ and MultiTerm take every column for a language unless told otherwise by hand.
     */
    static String csv(Glossary g, String src, String tgt) {
        return csv(g, src, tgt, new FormulaCells(FormulaCells.Mode.RAW));
    }

    static String csv(Glossary g, String src, String tgt, FormulaCells cells) {
        java.util.LinkedHashSet<String> order = new java.util.LinkedHashSet<>();
        List<String> used = g.concepts().stream().flatMap(c -> c.terms().stream()).map(Term::lang).distinct().toList();
        for (String first : java.util.Arrays.asList(src, tgt)) {
            if (first != null) {
                used.stream().filter(l -> l.equalsIgnoreCase(first)).findFirst().ifPresent(order::add);
            }
        }
        order.addAll(used);
        List<String> langs = new ArrayList<>(order);
        StringBuilder sb = new StringBuilder();
        for (String l : langs) {
            sb.append(Csv.cell(l, cells)).append(',');
        }
        sb.append("id\n");
        for (Concept c : g.concepts()) {
            List<List<Term>> byLang = langs.stream().map(l -> c.terms().stream()
                    .filter(t -> t.lang().equals(l) && t.status() != Term.Status.DEPRECATED).toList()).toList();
            int rows = byLang.stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < rows; r++) {
                for (List<Term> terms : byLang) {
                    sb.append(r < terms.size() ? Csv.cell(terms.get(r).form(), cells) : "").append(',');
                }
                sb.append(Csv.cell(c.id(), cells)).append('\n');
            }
        }
        return sb.toString();
    }
}
