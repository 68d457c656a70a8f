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

    /**
     * A bilingual unit made by tmsh (an aligned pair): source variant first, props as
     * {@code <prop type="...">}, the date in TMX form.
     */
    public static TmxUnit pair(String tuid, String srcLang, String source, String tgtLang, String target,
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
        variant(sb, srcLang, source);
        variant(sb, tgtLang, target);
        sb.append("\n    </tu>");
        String s = TmxWriter.clean(source);
        String t = TmxWriter.clean(target);
        return new TmxUnit(tuid, List.of(new Variant(srcLang, s), new Variant(tgtLang, t)), sb.toString());
    }

    private static void variant(StringBuilder sb, String lang, String text) {
        sb.append("\n      <tuv");
        Xml.attribute(sb, "xml:lang", lang);
        sb.append("><seg>");
        seg(sb, text);
        sb.append("</seg></tuv>");
    }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("⟨(/?)(\\d+)(/?)⟩");

    /**
     * Segment text with tmsh's inline-code markers as TMX 1.4 inline elements: a paired
     * {@code ⟨n⟩...⟨/n⟩} as {@code bpt}/{@code ept} ({@code i="n"}), an unpaired one as {@code it},
     * {@code ⟨n/⟩} as {@code ph}; the elements are empty (tmsh keeps no native code for them).
     */
    static void seg(StringBuilder sb, String text) {
        java.util.regex.Matcher m = MARKER.matcher(text);
        int at = 0;
        while (m.find()) {
            Xml.text(sb, text.substring(at, m.start()));
            at = m.end();
            String n = m.group(2);
            if (!m.group(3).isEmpty()) {
                sb.append("<ph x=\"").append(n).append("\"/>");
            } else if (m.group(1).isEmpty()) {
                boolean closed = text.indexOf("⟨/" + n + "⟩", m.end()) >= 0;
                sb.append(closed ? "<bpt i=\"" + n + "\"/>" : "<it pos=\"begin\" x=\"" + n + "\"/>");
            } else {
                boolean opened = text.lastIndexOf("⟨" + n + "⟩", m.start()) >= 0;
                sb.append(opened ? "<ept i=\"" + n + "\"/>" : "<it pos=\"end\" x=\"" + n + "\"/>");
            }
        }
        Xml.text(sb, text.substring(at));
    }
}
