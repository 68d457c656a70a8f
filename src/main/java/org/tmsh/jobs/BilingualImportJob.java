package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentReader;
import org.tmsh.formats.bilingual.CsvPairsReader;
import org.tmsh.formats.bilingual.PoReader;
import org.tmsh.formats.bilingual.SpreadsheetPairsReader;
import org.tmsh.formats.bilingual.TtxReader;
import org.tmsh.formats.bilingual.TxmlReader;
import org.tmsh.document.InputLimits;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.formats.xliff.XliffReader;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.UnitFields;
import org.tmsh.memory.UnitLabels;
import org.tmsh.memory.UnitMeta;

/**
 * {@code tm import FILE.xlf|FILE.po|FILE.csv|FILE.xlsx|FILE.ttx|FILE.txml|FILE.sdltm}: the translated segments of a
 * bilingual file (XLIFF 1.2 or 2.0, gettext PO, CSV with a language header, an Excel sheet of sources and targets,
 * Trados 2007's TTX, Wordfast Pro's TXML) or the units of a Trados Studio memory (SDLTM) into a memory, through the memory's {@code add}
 * (duplicates skipped, one commit).
 *
 * <p>By default only targets whose state says they are done: {@link MergeJob#DONE} ({@code translated},
 * {@code signed-off}, {@code final}, 2.0 {@code reviewed}); a 1.2 target without a state counts as
 * done, unless the unit says {@code approved="no"}; a target with no text besides inline codes is no
 * translation; a PO entry flagged fuzzy is not done; a PO {@code msgctxt} becomes the unit's
 * {@code x-context} property. Rows and entries the reader skipped are counted as invalid. With {@code allStates}, every non-empty target. Languages come from the file unless given.
 */
public final class BilingualImportJob {

    /** File types this job reads. */
    public static final Set<String> EXTENSIONS = Set.of("xlf", "xliff", "sdlxliff", "mqxliff", "mxliff", "po", "csv", "xlsx",
            "xls", "ttx", "txml", "sdltm");

    /** True when {@code file} is a bilingual file this job reads (by extension). */
    public static boolean handles(Path file) {
        return EXTENSIONS.contains(DocumentReader.extension(file));
    }

    public ImportReport run(Path file, TranslationMemory tm, String srcLang, String tgtLang, boolean allStates) {
        return run(file, tm, srcLang, tgtLang, allStates, null);
    }

    /** As above; {@code encoding} (may be null) is a PO or CSV file's encoding when the file declares none. */
    public ImportReport run(Path file, TranslationMemory tm, String srcLang, String tgtLang, boolean allStates,
                            String encoding) {
        return run(file, tm, srcLang, tgtLang, allStates, encoding, UnitLabels.NONE);
    }

    /**
     * As above; {@code labels} (client, project, domain) are set in every unit. Each unit also keeps its
     * target's state ({@code x-state}, so that a unit imported with {@code --all-states} is known as
     * unconfirmed) and its neighbours in the file ({@code x-context-pre}/{@code x-context-post}: the
     * previous and next segment's source, "" at the file's edges) for context matches.
     */
    public ImportReport run(Path file, TranslationMemory tm, String srcLang, String tgtLang, boolean allStates,
                            String encoding, UnitLabels labels) {
        XliffReader.Content c = switch (DocumentReader.extension(file)) {
            case "po" -> PoReader.read(file, encoding);
            case "csv" -> CsvPairsReader.read(file, encoding);
            case "xlsx", "xls" -> SpreadsheetPairsReader.read(file);
            case "ttx" -> TtxReader.read(file);
            case "txml" -> TxmlReader.read(file);
            case "sdltm" -> org.tmsh.formats.bilingual.SdltmReader.read(file);
            default -> XliffReader.read(file);
        };
        // tags in BCP 47's case, as a TMX import keeps them: XLIFF's EN_us and DE-de are en-US and de-DE
        String src = canonical(srcLang != null ? srcLang : blankIsNone(c.header().srcLang()));
        String tgt = canonical(tgtLang != null ? tgtLang : blankIsNone(c.header().tgtLang()));
        boolean v2 = c.header().version() != null && c.header().version().startsWith("2");
        boolean memory = org.tmsh.formats.bilingual.SdltmReader.VERSION.equals(c.header().version());
        InputLimits limits = InputLimits.current();
        List<TmxReader.Invalid> invalid = new ArrayList<>(c.skipped());
        int invalidCount = c.skipped().size();
        List<XliffReader.Entry> chosen = new ArrayList<>();
        for (XliffReader.Entry e : c.entries()) {
            if (e.target() == null || !XliffReader.hasText(e.target()) || !XliffReader.hasText(e.source())) {
                continue;
            }
            boolean done = e.state() == null ? !v2 : MergeJob.DONE.contains(e.state());
            if (!(done || allStates)) {
                continue;
            }
            // the limits every reader applies (InputLimits): a unit over one is skipped as invalid
            String problem = limits.segmentProblem(e.source());
            problem = problem != null ? problem : limits.segmentProblem(e.target());
            if (problem != null) {
                invalidCount++;
                if (invalid.size() < 100) {
                    invalid.add(new TmxReader.Invalid(e.line(), e.id(), problem));
                }
                continue;
            }
            chosen.add(e);
        }
        if ((src == null || tgt == null) && !chosen.isEmpty()) {
            throw TmshException.inFile(file, 0, "no source or target language in the file: give --source-lang and --target-lang");
        }
        if (chosen.isEmpty()) {
            throw TmshException.inFile(file, 0, "no translated unit to import" + (invalidCount > 0
                    ? " (" + invalidCount + " invalid; first: line " + invalid.get(0).line() + ": " + invalid.get(0).reason() + ")"
                    : allStates || c.entries().stream().noneMatch(e -> e.target() != null) ? " (no segment has a translation)"
                    : " (no target with state translated, reviewed, signed-off or final; --all-states takes every non-empty one)")
                    + "; nothing was changed");
        }
        String now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).format(TmxWriter.TMX_DATE);
        String name = file.getFileName().toString();
        List<TmxUnit> units = new ArrayList<>();
        java.util.IdentityHashMap<XliffReader.Entry, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < c.entries().size(); i++) {
            position.put(c.entries().get(i), i);
        }
        for (XliffReader.Entry e : chosen) {
            Map<String, String> props = new java.util.LinkedHashMap<>();
            props.put("x-document", name);
            if (e.context() != null) {
                props.put("x-context", e.context());
            }
            if (e.state() != null) {
                props.put(UnitMeta.STATE, e.state());
            }
            int at = position.get(e);
            if (!memory) {
                // a document's neighbours; a memory's rows (an SDLTM) are no document's order
                props.put(UnitMeta.CONTEXT_PRE, at == 0 ? "" : c.entries().get(at - 1).source());
                props.put(UnitMeta.CONTEXT_POST, at + 1 >= c.entries().size() ? "" : c.entries().get(at + 1).source());
            }
            toolProps(e.meta(), props);
            props.putAll(labels.props());
            java.time.Instant created = UnitFields.date(UnitFields.value(UnitFields.CREATED, e.meta()));
            XliffReader.Entry coded = asCodes(e);
            TmxUnit u = TmxUnit.pair(name + "#" + e.id(), src, coded.source(), tgt, coded.target(), props,
                    created == null ? now : UnitMeta.tmxDate(created));
            units.add(withToolMeta(u, e));
        }
        ImportReport r = tm.add(units, src, file.toString());
        if (invalidCount == 0) {
            return r;
        }
        List<TmxReader.Invalid> samples = new ArrayList<>(invalid);
        samples.addAll(r.invalidSamples());
        return new ImportReport(r.tm(), r.input(), r.read() + invalidCount, r.added(), r.duplicates(),
                r.invalid() + invalidCount, samples.subList(0, Math.min(100, samples.size())), r.unitsAfter(),
                r.seconds());
    }

    private static String canonical(String lang) {
        return lang == null ? null : org.tmsh.common.LanguageTags.tag(lang);
    }

    /** A language attribute written empty ({@code target-language=""}, as Okapi writes for an unknown one) names none. */
    private static String blankIsNone(String lang) {
        return lang == null || lang.isBlank() ? null : lang.strip();
    }

    /** tmsh's fields that other tools' segment metadata may name, and the x- prop each becomes. */
    private static final Map<String, String> PROPS = Map.of(UnitFields.ORIGIN, UnitMeta.ORIGIN,
            UnitFields.CLIENT, UnitMeta.CLIENT, UnitFields.PROJECT, UnitMeta.PROJECT, UnitFields.DOMAIN, UnitMeta.DOMAIN,
            UnitFields.MATCH, UnitMeta.MATCH);

    /** Sets the x- props of the fields a segment's tool metadata names (origin, client, project, domain, match). */
    private static void toolProps(Map<String, String> meta, Map<String, String> props) {
        if (meta.isEmpty()) {
            return;
        }
        PROPS.forEach((field, prop) -> {
            String v = UnitFields.value(field, meta);
            if (v != null && !v.isBlank()) {
                props.put(prop, v.strip());
            }
        });
    }

    /**
     * The unit with what the segment's tool said of it as TMX: its creator and changer as
     * {@code creationid} and {@code changeid}, its change date as {@code changedate}
     * ({@link UnitFields}), its notes as {@code <note>}s.
     */
    static TmxUnit withToolMeta(TmxUnit u, XliffReader.Entry e) {
        if (e.meta().isEmpty() && e.notes().isEmpty()) {
            return u;
        }
        StringBuilder attrs = new StringBuilder();
        String creator = UnitFields.value(UnitFields.CREATOR, e.meta());
        String changer = UnitFields.value(UnitFields.CHANGER, e.meta());
        java.time.Instant changed = UnitFields.date(UnitFields.value(UnitFields.CHANGED, e.meta()));
        if (creator != null && !creator.isBlank()) {
            org.tmsh.common.Xml.attribute(attrs, "creationid", creator.strip());
        }
        if (changer != null && !changer.isBlank()) {
            org.tmsh.common.Xml.attribute(attrs, "changeid", changer.strip());
        }
        if (changed != null) {
            org.tmsh.common.Xml.attribute(attrs, "changedate", UnitMeta.tmxDate(changed));
        }
        StringBuilder notes = new StringBuilder();
        for (String n : e.notes()) {
            notes.append("\n      <note>");
            org.tmsh.common.Xml.text(notes, org.tmsh.common.Xml.clean(n));
            notes.append("</note>");
        }
        String xml = u.xml();
        int gt = xml.indexOf('>');
        String out = xml.substring(0, gt) + attrs + ">" + notes + xml.substring(gt + 1);
        return new TmxUnit(u.tuid(), u.variants(), out);
    }

    /**
     * The entry with each character XML 1.0, and so a TMX unit, cannot carry (an XLIFF 2.0
     * {@code <cp hex="10"/>}, a PO's {@code \a}: U+0001-U+001F but tab and line breaks, U+FFFE, a lone
     * surrogate) as a standalone inline code {@code ⟨0/⟩}, as CAT tools tag a control character (Word's
     * soft break U+000B) in a segment: the unit is kept with a code where the character stood, never
     * refused and never stored with the character silently dropped.
     */
    static XliffReader.Entry asCodes(XliffReader.Entry e) {
        String s = codes(e.source());
        String t = codes(e.target());
        if (s.equals(e.source()) && t.equals(e.target())) {
            return e;
        }
        return new XliffReader.Entry(e.id(), s, t, e.state(), e.line(), e.context(), e.approved(), e.meta(), e.notes());
    }

    private static String codes(String text) {
        if (org.tmsh.common.Xml.clean(text).equals(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            sb.append(org.tmsh.common.Xml.clean(ch).equals(ch) ? ch : "⟨0/⟩");
        });
        return sb.toString();
    }
}
