package org.tmsh.formats.tmx;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.Xml;

/**
 * Sets {@code <prop>} elements of a unit's {@code <tu>} (tmsh's own metadata: client, project, origin,
 * context ...): each given type replaces a {@code <tu>}-level prop of that type, or is added right
 * after the {@code <tu>} start tag, which TMX 1.4 allows ({@code (note|prop)*} before the variants).
 * Everything else of the {@code <tu>} stays as it was.
 *
 * <p>NOTE: works on the {@code <tu>} as {@link TmxReader} and {@link TmxUnit#pair} write it (attribute
 * values escaped, so the first {@code >} ends the start tag; props before the first {@code <tuv}).
 */
public final class TmxProps {

    private TmxProps() {
    }

    /** The unit with {@code props} set (a null value removes that prop); the unit itself when there are none. */
    public static TmxUnit set(TmxUnit u, Map<String, String> props) {
        if (props == null || props.isEmpty() || u.xml() == null) {
            return u;
        }
        String xml = u.xml();
        int startEnd = xml.indexOf('>');
        int firstTuv = xml.indexOf("<tuv", startEnd);
        if (startEnd < 0) {
            return u;
        }
        String head = xml.substring(startEnd + 1, firstTuv < 0 ? xml.length() : firstTuv);
        String tail = firstTuv < 0 ? "" : xml.substring(firstTuv);
        StringBuilder added = new StringBuilder();
        for (Map.Entry<String, String> p : props.entrySet()) {
            Matcher m = Pattern.compile("\\s*<prop type=\"" + Pattern.quote(escape(p.getKey())) + "\"[^>]*>[^<]*</prop>")
                    .matcher(head);
            head = m.replaceAll("");
            if (p.getValue() != null) {
                added.append("\n      <prop");
                Xml.attribute(added, "type", p.getKey());
                added.append('>');
                Xml.text(added, p.getValue());
                added.append("</prop>");
            }
        }
        String out = xml.substring(0, startEnd + 1) + added + head + tail;
        return new TmxUnit(u.tuid(), u.variants(), out);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        Xml.escape(sb, s, true);
        return sb.toString();
    }
}
