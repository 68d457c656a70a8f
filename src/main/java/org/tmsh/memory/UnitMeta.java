package org.tmsh.memory;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;

/**
 * Who made a unit, when, for whom and how: read from the unit's {@code <tu>} (TMX 1.4 attributes,
 * {@code <prop>} and {@code <note>} elements), which is the one source of truth; indexes hold copies
 * of some of it for filtering ({@link UnitFilter}).
 *
 * <p>The {@code <tu>}'s attributes win; an attribute the {@code <tu>} lacks is taken from its first
 * {@code <tuv>} that has it (some tools date each variant). {@code props} holds the first value of
 * each {@code prop type}, at the {@code <tu>} level first. tmsh's own writers use the props
 * {@code x-origin} (aligned, translated, imported), {@code x-confidence}, {@code x-document},
 * {@code x-client}, {@code x-project}, {@code x-domain}, {@code x-state} (an XLIFF target's state),
 * {@code x-needs-review} and {@code x-context-pre}/{@code x-context-post} (the source text of the
 * previous and next segment of the document the unit came from; empty at the document's edges).
 *
 * <p>NOTE: dates are kept as written; {@link #created()} and {@link #changed()} read the TMX form
 * ({@code 20260102T101500Z}) and ISO forms, and give null for anything else, so that a unit with
 * a date no tool agrees on is neither older nor newer than any date.
 */
public record UnitMeta(String tuid, String creationDate, String creationId, String changeDate, String changeId,
                       Integer usageCount, String lastUsageDate, Map<String, String> props, List<String> notes) {

    public static final String ORIGIN = "x-origin";
    public static final String CONFIDENCE = "x-confidence";
    public static final String DOCUMENT = "x-document";
    public static final String CLIENT = "x-client";
    public static final String PROJECT = "x-project";
    public static final String DOMAIN = "x-domain";
    public static final String STATE = "x-state";
    /** The match percentage a bilingual file's segment was started from (SDLXLIFF, TTX, TXML), when it says. */
    public static final String MATCH = "x-match";
    public static final String NEEDS_REVIEW = "x-needs-review";
    public static final String CONTEXT_PRE = "x-context-pre";
    public static final String CONTEXT_POST = "x-context-post";

    /** Origins tmsh's writers set. */
    public static final String ALIGNED = "aligned";
    public static final String TRANSLATED = "translated";
    public static final String IMPORTED = "imported";

    /**
     * Target states (XLIFF 1.2 and 2.0) that count as confirmed; any other state is unconfirmed. Same as
     * the states a merge and a bilingual import take as done.
     */
    public static final Set<String> CONFIRMED_STATES = Set.of("translated", "signed-off", "final", "reviewed");

    /**
     * The parser's factory, made at the first {@code <tu>} read: {@link #NONE} and the fields alone need no XML
     * reader, so tmsh's Solr plug-in (which carries this class but not the TMX reader) can use them.
     */
    private static final class Stax {
        static final XMLInputFactory FACTORY = TmxReader.hardenedFactory();
    }
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** An empty record: a unit nothing is known of. */
    public static final UnitMeta NONE = new UnitMeta(null, null, null, null, null, null, null, Map.of(), List.of());

    public UnitMeta {
        props = props == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(props));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The metadata of a unit, from its {@code <tu>} ({@link #NONE} when it has none). */
    public static UnitMeta of(TmxUnit unit) {
        return unit.xml() == null ? NONE : of(unit.xml());
    }

    /**
     * Reads a {@code <tu>} element. A {@code <tu>} that is not well-formed XML is refused with one
     * line (tmsh stores only {@code <tu>}s its reader or writers made, so this means a damaged store).
     */
    public static UnitMeta of(String tuXml) {
        if (tuXml == null || tuXml.isBlank()) {
            return NONE;
        }
        UnitMeta quick = startTagOnly(tuXml);
        return quick != null ? quick : parse(tuXml);
    }

    /** Reads a {@code <tu>} with the XML parser (every form; {@link #of(String)} takes a shortcut where it can). */
    static UnitMeta parse(String tuXml) {
        Map<String, String> tuAttrs = new LinkedHashMap<>();
        Map<String, String> tuvAttrs = new LinkedHashMap<>();
        Map<String, String> props = new LinkedHashMap<>();
        Map<String, String> tuvProps = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        XMLStreamReader x = null;
        try {
            x = Stax.FACTORY.createXMLStreamReader(new StringReader(tuXml));
            int depth = 0;
            boolean inTuv = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = x.getLocalName();
                    if (depth == 1 && name.equals("tu")) {
                        attributes(x, tuAttrs);
                    } else if (depth == 2 && name.equals("tuv")) {
                        inTuv = true;
                        Map<String, String> a = new LinkedHashMap<>();
                        attributes(x, a);
                        a.forEach(tuvAttrs::putIfAbsent);
                    } else if ((depth == 2 || depth == 3 && inTuv) && name.equals("prop")) {
                        String type = x.getAttributeValue(null, "type");
                        String value = x.getElementText();
                        depth--;
                        if (type != null) {
                            (depth == 1 ? props : tuvProps).putIfAbsent(type, value);
                        }
                    } else if ((depth == 2 || depth == 3 && inTuv) && name.equals("note")) {
                        notes.add(x.getElementText());
                        depth--;
                    } else if (depth == 3 && name.equals("seg")) {
                        skip(x);
                        depth--;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2 && x.getLocalName().equals("tuv")) {
                        inTuv = false;
                    }
                    depth--;
                    if (depth == 0) {
                        break;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new TmshException("a stored <tu> is not well-formed XML (" + e.getMessage() + ")", e);
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // a string reader holds nothing
                }
            }
        }
        tuvAttrs.forEach(tuAttrs::putIfAbsent);
        tuvProps.forEach(props::putIfAbsent);
        return new UnitMeta(tuAttrs.get("tuid"), tuAttrs.get("creationdate"), tuAttrs.get("creationid"),
                tuAttrs.get("changedate"), tuAttrs.get("changeid"), count(tuAttrs.get("usagecount")), tuAttrs.get("lastusagedate"), props, notes);
    }

    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("([A-Za-z_][\\w:.-]*)=\"([^\"<]*)\"");
    private static final String[] TUV_ATTRIBUTES = {"creationdate=", "creationid=", "changedate=", "changeid=",
        "usagecount=", "lastusagedate="};

    /**
     * The metadata of a {@code <tu>} whose only metadata is in its start tag (no prop, no note, no dated
     * variant), read from that tag without an XML parser; null for any other {@code <tu>}. Most units of a
     * large import are such, and an import reads every unit's metadata: it runs no XML parser for them.
     * The tag is as {@code TmxReader} writes it: attribute values in double quotes, escaped.
     */
    private static UnitMeta startTagOnly(String xml) {
        int gt = startTagEnd(xml);
        if (gt < 0) {
            return null;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        java.util.regex.Matcher m = ATTRIBUTE.matcher(xml.substring(3, gt));
        while (m.find()) {
            attrs.put(m.group(1), unescape(m.group(2)));
        }
        return new UnitMeta(attrs.get("tuid"), attrs.get("creationdate"), attrs.get("creationid"), attrs.get("changedate"),
                attrs.get("changeid"), count(attrs.get("usagecount")), attrs.get("lastusagedate"), Map.of(), List.of());
    }

    /**
     * Where the start tag of a {@code <tu>} whose only metadata is in that tag ends (its {@code >}), or -1
     * for a unit with a prop, a note or a dated variant, which must be read in full. {@link MetaIndex}
     * reads such units by hand too.
     */
    static int startTagEnd(String xml) {
        if (!xml.startsWith("<tu") || xml.contains("<prop") || xml.contains("<note")) {
            return -1;
        }
        int gt = xml.indexOf('>');
        if (gt < 0) {
            return -1;
        }
        for (String a : TUV_ATTRIBUTES) {
            if (xml.indexOf(a, gt) >= 0) {
                return -1;
            }
        }
        return gt;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#9;", "\t").replace("&#10;", "\n").replace("&#13;", "\r").replace("&amp;", "&");
    }

    private static Integer count(String u) {
        if (u == null) {
            return null;
        }
        try {
            return Integer.valueOf(u.trim());
        } catch (NumberFormatException e) {
            return null; // a count no tool agrees on is no count
        }
    }

    private static void attributes(XMLStreamReader x, Map<String, String> into) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String p = x.getAttributePrefix(i);
            String n = x.getAttributeLocalName(i);
            into.put(p == null || p.isEmpty() ? n : p + ":" + n, x.getAttributeValue(i));
        }
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int d = 1;
        while (d > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                d++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                d--;
            }
        }
    }

    /** A prop's value, or null. */
    public String prop(String type) {
        return props.get(type);
    }

    /** The unit's client: its {@code x-client}, else another tool's client field ({@link UnitFields}). */
    public String client() {
        return blankToNull(UnitFields.value(UnitFields.CLIENT, props));
    }

    /** The unit's project ({@link UnitFields}). */
    public String project() {
        return blankToNull(UnitFields.value(UnitFields.PROJECT, props));
    }

    /** The unit's domain or subject ({@link UnitFields}). */
    public String domain() {
        return blankToNull(UnitFields.value(UnitFields.DOMAIN, props));
    }

    /** The document the unit came from ({@link UnitFields}). */
    public String document() {
        return blankToNull(UnitFields.value(UnitFields.DOCUMENT, props));
    }

    /**
     * The target's state as an XLIFF 1.2 state: its {@code x-state}, else another tool's confirmation
     * level or status, translated ({@link UnitFields}: Trados's {@code ApprovedSignOff} is {@code final});
     * null when the unit has none.
     */
    public String state() {
        return blankToNull(UnitFields.value(UnitFields.STATE, props));
    }

    /**
     * How the unit came to be: its {@code x-origin} (Trados's values translated: {@code TM} is
     * translated, {@code Alignment} aligned), else another tool's origin ({@link UnitFields}); else
     * {@code aligned} for a unit tmsh aligned before it wrote origins (it carries {@code x-link}); else
     * {@code imported}.
     */
    public String origin() {
        String o = blankToNull(UnitFields.value(UnitFields.ORIGIN, props));
        if (o != null) {
            return o.toLowerCase(Locale.ROOT);
        }
        return props.containsKey("x-link") ? ALIGNED : IMPORTED;
    }

    /** The aligner's confidence (0 to 1), or null. */
    public Double confidence() {
        String c = prop(CONFIDENCE);
        if (c == null) {
            return null;
        }
        try {
            return Double.valueOf(c.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * True if the unit is not confirmed: flagged for review ({@code x-needs-review} yes), or carrying a
     * target state ({@link #state()}) other than one of {@link #CONFIRMED_STATES}.
     */
    public boolean unconfirmed() {
        if ("yes".equalsIgnoreCase(trimmed(prop(NEEDS_REVIEW)))) {
            return true;
        }
        String s = state();
        return s != null && !s.isEmpty() && !CONFIRMED_STATES.contains(s.toLowerCase(Locale.ROOT));
    }

    /** The previous segment's source text in the unit's document; "" at the start; null if unknown. */
    public String contextPre() {
        return UnitFields.value(UnitFields.CONTEXT_PRE, props);
    }

    /** The next segment's source text in the unit's document; "" at the end; null if unknown. */
    public String contextPost() {
        return UnitFields.value(UnitFields.CONTEXT_POST, props);
    }

    /** True if the unit knows its neighbours and they are {@code pre} and {@code post} (null counts as ""). */
    public boolean inContext(String pre, String post) {
        String p = contextPre();
        String n = contextPost();
        return p != null && n != null && sameText(p, pre) && sameText(n, post);
    }

    /** Two segment texts as context: equal but for surrounding and repeated white space. */
    public static boolean sameText(String a, String b) {
        return normal(a).equals(normal(b));
    }

    /**
     * A context text as compared: without tmsh's inline-code markers ({@code ⟨1⟩}; a neighbour's codes are
     * numbered in its own unit, not in this one's), white space collapsed and trimmed; null as "".
     */
    public static String normal(String s) {
        return s == null ? "" : MARKER.matcher(s).replaceAll("").strip().replaceAll("\\s+", " ");
    }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("⟨/?\\d+/?⟩");

    /** When the unit was created, or null (no date, or one not in TMX or ISO form). */
    public Instant created() {
        return date(creationDate);
    }

    /** When the unit was last changed: its changedate, else its creationdate; or null. */
    public Instant changed() {
        Instant c = date(changeDate);
        return c != null ? c : created();
    }

    /** A date in TMX form ({@code 20260102T101500Z}), ISO instant or ISO date (midnight UTC); null if none of these. */
    public static Instant date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.length() == 16 && t.charAt(8) == 'T') {
                return Instant.from(TMX_DATE.parse(t));
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An instant in TMX form. */
    public static String tmxDate(Instant i) {
        return TMX_DATE.format(i);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String trimmed(String s) {
        return s == null ? null : s.strip();
    }
}
