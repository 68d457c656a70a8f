package org.tmsh.formats.tmx;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The text of the first variant in a language (primary subtag), or null. */
    public String text(String lang) {
        String p = Variant.primary(lang);
        for (Variant v : variants) {
            if (v.primary().equals(p)) {
                return v.text();
            }
        }
        return null;
    }

    /** The full language code of the first variant in a language (primary subtag), or null. */
    public String langCode(String lang) {
        String p = Variant.primary(lang);
        for (Variant v : variants) {
            if (v.primary().equals(p)) {
                return v.lang();
            }
        }
        return null;
    }

    /** An inline code's text in the original document (escaped inside the TMX element) and its TMX {@code type} (may be null). */
    public record Inline(String data, String type) {
    }

    /**
     * A bilingual unit made by tmsh (an aligned pair): source variant first, props as
     * {@code <prop type="...">}, the date in TMX form.
     */
    public static TmxUnit pair(String tuid, String srcLang, String source, String tgtLang, String target,
                               Map<String, String> props, String creationDate) {
        return pair(tuid, srcLang, source, Map.of(), tgtLang, target, Map.of(), props, creationDate);
    }

    /**
     * {@link #pair(String, String, String, String, String, Map, String)} whose texts carry inline-code
     * markers with the original codes of {@code sourceCodes} and {@code targetCodes} (by marker,
     * {@code ⟨1⟩}; a marker without one gives an empty element). The variants' texts are numbered
     * as {@link TmxReader} numbers the file's codes when it reads it back.
     */
    public static TmxUnit pair(String tuid, String srcLang, String source, Map<String, Inline> sourceCodes,
                               String tgtLang, String target, Map<String, Inline> targetCodes,
                               Map<String, String> props, String creationDate) {
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
        String s = variant(sb, srcLang, source, sourceCodes);
        String t = variant(sb, tgtLang, target, targetCodes);
        sb.append("\n    </tu>");
        return new TmxUnit(tuid, List.of(new Variant(srcLang, TmxWriter.clean(s)), new Variant(tgtLang, TmxWriter.clean(t))),
                sb.toString());
    }

    private static String variant(StringBuilder sb, String lang, String text, Map<String, Inline> codes) {
        sb.append("\n      <tuv");
        Xml.attribute(sb, "xml:lang", lang);
        sb.append("><seg>");
        String numbered = seg(sb, text, codes);
        sb.append("</seg></tuv>");
        return numbered;
    }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("⟨(/?)(\\d+)(/?)⟩");

    /**
     * Segment text with tmsh's inline-code markers as TMX 1.4 inline elements: a paired
     * {@code ⟨n⟩...⟨/n⟩} as {@code bpt}/{@code ept} ({@code i} numbered from 1 in order), an
     * unpaired one as {@code it} (its partner is in another segment), {@code ⟨n/⟩} as {@code ph};
     * each element holds its code's original text from {@code codes}, escaped, or nothing.
     * Returns the text with the markers renumbered as {@link TmxReader} reads the elements back
     * ({@code it} as a standalone marker).
     */
    static String seg(StringBuilder sb, String text, Map<String, Inline> codes) {
        java.util.regex.Matcher m = MARKER.matcher(text);
        List<java.util.regex.MatchResult> marks = new java.util.ArrayList<>();
        while (m.find()) {
            marks.add(m.toMatchResult());
        }
        int[] partner = new int[marks.size()];
        java.util.Arrays.fill(partner, -1);
        Map<String, java.util.ArrayDeque<Integer>> open = new java.util.HashMap<>();
        for (int k = 0; k < marks.size(); k++) {
            java.util.regex.MatchResult r = marks.get(k);
            if (!r.group(3).isEmpty()) {
                continue;
            }
            if (r.group(1).isEmpty()) {
                open.computeIfAbsent(r.group(2), x -> new java.util.ArrayDeque<>()).push(k);
            } else {
                java.util.ArrayDeque<Integer> o = open.get(r.group(2));
                if (o != null && !o.isEmpty()) {
                    int b = o.pop();
                    partner[b] = k;
                    partner[k] = b;
                }
            }
        }
        int[] number = new int[marks.size()];
        int next = 0;
        StringBuilder numbered = new StringBuilder(text.length());
        int at = 0;
        for (int k = 0; k < marks.size(); k++) {
            java.util.regex.MatchResult r = marks.get(k);
            Xml.text(sb, text.substring(at, r.start()));
            numbered.append(text, at, r.start());
            at = r.end();
            boolean closing = !r.group(1).isEmpty();
            number[k] = closing && partner[k] >= 0 ? number[partner[k]] : ++next;
            String n = String.valueOf(number[k]);
            Inline code = codes.get(r.group());
            if (partner[k] >= 0) {
                sb.append(closing ? "<ept" : "<bpt").append(" i=\"").append(n).append('"');
                numbered.append(closing ? "⟨/" : "⟨").append(n).append('⟩');
            } else {
                sb.append(!r.group(3).isEmpty() ? "<ph" : closing ? "<it pos=\"end\"" : "<it pos=\"begin\"")
                        .append(" x=\"").append(n).append('"');
                numbered.append('⟨').append(n).append("/⟩");
            }
            if (code != null && code.type() != null && !closing) {
                Xml.attribute(sb, "type", code.type());
            }
            String name = partner[k] >= 0 ? (closing ? "ept" : "bpt") : !r.group(3).isEmpty() ? "ph" : "it";
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
