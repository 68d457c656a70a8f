package org.tmsh.formats.tmx;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tmsh.common.LanguageTags;
import org.tmsh.common.Markers;
import org.tmsh.common.Xml;

/**
 * One translation unit as read from or written to TMX: its variants (language and text, inline
 * codes shown as markers {@code ⟨1⟩ ⟨/1⟩ ⟨2/⟩}) and the {@code <tu>} element itself, kept verbatim
 * so that its tuid, attributes, properties, notes, dates and inline codes come back on export.
 */
public record TmxUnit(String tuid, List<Variant> variants, String xml) {

    /** One {@code <tuv>}: its language as written and its segment text. */
    public record Variant(String lang, String text) {

        /** The primary language subtag, lower case ("de" for "de-DE"): what searches match on. */
        public String primary() {
            return primary(lang);
        }

        public static String primary(String lang) {
            int dash = lang.indexOf('-');
            String p = dash < 0 ? lang : lang.substring(0, dash);
            return p.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The text of the first variant in a language, or null: the language is a BCP 47 range ("en" finds
     * en-GB, "en-GB" only en-GB, or a plain "en" when the unit has no en-GB; see {@link LanguageTags}).
     */
    public String text(String lang) {
        Variant v = variant(lang);
        return v == null ? null : v.text();
    }

    /** The language tag as written of the first variant in a language (as {@link #text(String)}), or null. */
    public String langCode(String lang) {
        Variant v = variant(lang);
        return v == null ? null : v.lang();
    }

    private Variant variant(String lang) {
        List<String> tags = new java.util.ArrayList<>(variants.size());
        for (Variant v : variants) {
            tags.add(v.lang());
        }
        List<String> found = LanguageTags.matching(lang, tags);
        if (found.isEmpty()) {
            return null;
        }
        return variants.get(tags.indexOf(found.get(0)));
    }

    /** An inline code's text in the original document (escaped inside the TMX element) and its TMX {@code type} (may be null). */
    public record Inline(String data, String type) {
    }

    /**
     * A bilingual unit made by tmsh (a source and its translation, whose inline-code ids refer to the
     * same codes, as in an XLIFF file): source variant first, props as {@code <prop type="...">}, the
     * date in TMX form. The source's codes are numbered from 1 in order and each of the target's takes
     * the number of the source's code of the same id ({@link Markers#numbersLike}), so a translation
     * that reorders its codes stays reordered.
     */
    public static TmxUnit pair(String tuid, String srcLang, String source, String tgtLang, String target,
                               Map<String, String> props, String creationDate) {
        return pair(tuid, srcLang, source, Map.of(), tgtLang, target, Map.of(), props, creationDate, true);
    }

    /**
     * A unit of two texts from two documents (an aligned pair), whose inline-code markers carry the
     * original codes of {@code sourceCodes} and {@code targetCodes} (by marker, {@code ⟨1⟩}; a marker
     * without one gives an empty element). Each side's codes are numbered by position (the two
     * documents' ids say nothing about each other), as {@link TmxReader} numbers them when it reads
     * the file back.
     */
    public static TmxUnit pair(String tuid, String srcLang, String source, Map<String, Inline> sourceCodes,
                               String tgtLang, String target, Map<String, Inline> targetCodes,
                               Map<String, String> props, String creationDate) {
        return pair(tuid, srcLang, source, sourceCodes, tgtLang, target, targetCodes, props, creationDate, false);
    }

    private static TmxUnit pair(String tuid, String srcLang, String source, Map<String, Inline> sourceCodes,
                                String tgtLang, String target, Map<String, Inline> targetCodes,
                                Map<String, String> props, String creationDate, boolean sharedIds) {
        StringBuilder sb = new StringBuilder(160 + source.length() + target.length());
        sb.append("<tu");
        Xml.attribute(sb, "tuid", tuid);
        Xml.attribute(sb, "creationdate", creationDate);
        sb.append('>');
        for (Map.Entry<String, String> p : props.entrySet()) {
            sb.append("\n      <prop");
            Xml.attribute(sb, "type", p.getKey());
            sb.append('>');
            Xml.text(sb, p.getValue());
            sb.append("</prop>");
        }
        String s = variant(sb, srcLang, source, sourceCodes, Markers.numbersLike(source, source));
        String t = variant(sb, tgtLang, target, targetCodes, Markers.numbersLike(sharedIds ? source : target, target));
        sb.append("\n    </tu>");
        return new TmxUnit(tuid, List.of(new Variant(srcLang, TmxWriter.clean(s)), new Variant(tgtLang, TmxWriter.clean(t))),
                sb.toString());
    }

    private static String variant(StringBuilder sb, String lang, String text, Map<String, Inline> codes, int[] numbers) {
        sb.append("\n      <tuv");
        Xml.attribute(sb, "xml:lang", lang);
        sb.append("><seg>");
        String numbered = seg(sb, text, codes, numbers);
        sb.append("</seg></tuv>");
        return numbered;
    }

    /**
     * Segment text with tmsh's inline-code markers as TMX 1.4 inline elements: a paired
     * {@code ⟨n⟩...⟨/n⟩} as {@code bpt}/{@code ept}, an unpaired one as {@code it} (its partner is
     * in another segment), {@code ⟨n/⟩} as {@code ph}; each element holds its code's original text
     * from {@code codes}, escaped, or nothing. {@code numbers} gives each marker its number: the
     * {@code i} of a pair and the {@code x} that ties a code of the translation to the same code of
     * the source ({@link Markers#numbersLike}), so a translation that reorders its codes keeps them.
     * Returns the text with the markers so numbered, as {@link TmxReader} reads the elements back
     * ({@code it} as a standalone marker).
     */
    static String seg(StringBuilder sb, String text, Map<String, Inline> codes, int[] numbers) {
        StringBuilder numbered = new StringBuilder(text.length());
        int at = 0;
        List<Markers.Marker> marks = Markers.of(text);
        for (int k = 0; k < marks.size(); k++) {
            Markers.Marker mk = marks.get(k);
            Xml.text(sb, text.substring(at, mk.start()));
            numbered.append(text, at, mk.start()).append(Markers.numbered(mk, numbers[k]));
            at = mk.end();
            String n = String.valueOf(numbers[k]);
            boolean paired = mk.partner() >= 0;
            String name = paired ? (mk.closing() ? "ept" : "bpt") : mk.standalone() ? "ph" : "it";
            sb.append('<').append(name);
            if (paired) {
                sb.append(" i=\"").append(n).append('"').append(mk.closing() ? "" : " x=\"" + n + "\"");
            } else {
                sb.append(mk.standalone() ? "" : mk.closing() ? " pos=\"end\"" : " pos=\"begin\"").append(" x=\"").append(n).append('"');
            }
            Inline code = codes.get(mk.marker());
            if (code != null && code.type() != null && !mk.closing()) {
                Xml.attribute(sb, "type", code.type());
            }
            if (code == null || code.data().isEmpty()) {
                sb.append("/>");
            } else {
                sb.append('>');
                Xml.text(sb, code.data());
                sb.append("</").append(name).append('>');
            }
        }
        Xml.text(sb, text.substring(at));
        numbered.append(text.substring(at));
        return numbered.toString();
    }
}
