package org.tmsh.memory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Which {@code <prop>} of a TMX unit holds which of tmsh's fields (client, project, domain, document,
 * origin, state, neighbours), whatever tool wrote the unit, and what the tools' values mean: read
 * from the data file {@code tmsh/memory/unit-fields.txt} (its format is described there), the one
 * place that knows other tools' names. {@link UnitMeta} asks it for each field.
 *
 * <p>A prop type is compared in lower case and without a Trados custom field's type suffix
 * ({@code x-Client:SingleString} is {@code x-client}).
 */
public final class UnitFields {

    static final String DATA = "/tmsh/memory/unit-fields.txt";

    /** The fields the data file maps. */
    public static final String CLIENT = "client";
    public static final String PROJECT = "project";
    public static final String DOMAIN = "domain";
    public static final String DOCUMENT = "document";
    public static final String ORIGIN = "origin";
    public static final String STATE = "state";
    public static final String CONTEXT_PRE = "context-pre";
    public static final String CONTEXT_POST = "context-post";
    /** Bilingual files' metadata: who created and changed a segment, and when (TMX has attributes for these). */
    public static final String CREATOR = "creator";
    public static final String CHANGER = "changer";
    public static final String CREATED = "created";
    public static final String CHANGED = "changed";
    /** The match a bilingual file's segment was started from (a TM match's percentage), as its tool wrote it. */
    public static final String MATCH = "match";

    private static final Set<String> KNOWN = Set.of(CLIENT, PROJECT, DOMAIN, DOCUMENT, ORIGIN, STATE, CONTEXT_PRE,
            CONTEXT_POST, CREATOR, CHANGER, CREATED, CHANGED, MATCH);
    private static final String NONE = "-";
    private static final String ANY = "*";
    private static final Pattern SEG = Pattern.compile("(?s)^\\s*<seg(?:\\s[^>]*)?>(.*)</seg>\\s*$");

    /** The field types Trados Studio appends to a custom field's name in TMX ({@code x-Client:SingleString}). */
    private static final Pattern TRADOS_TYPE = Pattern.compile(
            ":(?:single|multiple)(?:string|picklist|datetime|integer)$|:(?:datetime|integer)$");

    /** A field type written before a field's name ({@code Txt::Client}, {@code MultipleString::Client}). */
    private static final Pattern TYPED_PREFIX = Pattern.compile(
            "^(?:txt|att|dat|num|(?:single|multiple)(?:string|picklist)|datetime|integer)::");

    private static final UnitFields TABLE = load();

    private final Map<String, List<String>> props;
    private final Map<String, Map<String, String>> values;
    private final Set<String> unwrap;
    private final List<java.time.format.DateTimeFormatter> dates;
    private final Set<String> mapped;

    private UnitFields(Map<String, List<String>> props, Map<String, Map<String, String>> values, Set<String> unwrap,
                       List<java.time.format.DateTimeFormatter> dates) {
        this.props = props;
        this.values = values;
        this.unwrap = unwrap;
        this.dates = dates;
        Set<String> all = new HashSet<>();
        props.values().forEach(all::addAll);
        this.mapped = Set.copyOf(all);
    }

    /**
     * A date as other tools write it: TMX and ISO forms ({@link UnitMeta#date}), else one of the data
     * file's {@code date} patterns (UTC unless it holds an offset); null for none of these and for a year
     * before 1900 (memoQ's {@code 0001-01-01} means no date).
     */
    public static java.time.Instant date(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        java.time.Instant i = UnitMeta.date(written);
        for (int k = 0; i == null && k < TABLE.dates.size(); k++) {
            try {
                var t = TABLE.dates.get(k).parseBest(written.strip(), java.time.OffsetDateTime::from,
                        java.time.LocalDateTime::from);
                i = t instanceof java.time.OffsetDateTime o ? o.toInstant()
                        : ((java.time.LocalDateTime) t).toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.DateTimeException e) {
                // not this form
            }
        }
        return i == null || i.isBefore(java.time.Instant.parse("1900-01-01T00:00:00Z")) ? null : i;
    }

    /** A short hash of the data file (which changes when the mapping does): part of {@link MetaIndex#VERSION}. */
    static String dataHash() {
        try (InputStream in = UnitFields.class.getResourceAsStream(DATA)) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                    crc.update((line.strip() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return Long.toHexString(crc.getValue());
        } catch (IOException | NullPointerException e) {
            throw new TmshException(DATA + ": data file missing from the tmsh jar");
        }
    }

    /** The value of {@code field} in a unit's props (as written, by type; {@link UnitMeta#props()}), or null. */
    public static String value(String field, Map<String, String> unitProps) {
        return TABLE.read(field, unitProps);
    }

    /** The prop types that hold {@code field}, in the order they are asked (lower case). */
    public static List<String> propsOf(String field) {
        return TABLE.props.getOrDefault(field, List.of());
    }

    /** True if the prop type (as {@link #key} gives it) holds one of the fields the data file maps. */
    static boolean mapped(String key) {
        return TABLE.mapped.contains(key);
    }

    /**
     * A prop type as compared: lower case, without a Trados custom field's {@code :Type} suffix or a type
     * prefix (Trados 2007's {@code Txt::}, {@code Att::}, {@code Dat::}, {@code Num::}; Studio's type names
     * such as {@code MultipleString::}), and
     * without memoQ's {@code x-memoq-} prefix (memoQ writes its entry fields as {@code x-memoq-client},
     * {@code x-memoq-created-by} ...: the same fields as its plain {@code client}, {@code created-by}).
     */
    public static String key(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith(MEMOQ) && t.length() > MEMOQ.length()) {
            t = t.substring(MEMOQ.length());
        }
        // Trados 2007 (Translator's Workbench) writes a field's type before its name: Txt::Name (text),
        // Att::Name (picklist attribute), Dat::Name (date), Num::Name; Studio's upgrade of such a memory
        // and some converters write Studio's type names the same way (MultipleString::Name ...)
        Matcher typed = TYPED_PREFIX.matcher(t);
        if (typed.find() && t.length() > typed.end()) {
            t = t.substring(typed.end());
        }
        Matcher m = TRADOS_TYPE.matcher(t);
        return m.find() ? t.substring(0, m.start()) : t;
    }

    private static final String MEMOQ = "x-memoq-";


    private String read(String field, Map<String, String> unitProps) {
        List<String> names = props.get(field);
        if (names == null || unitProps.isEmpty()) {
            return null;
        }
        Map<String, String> byKey = null;
        for (String name : names) {
            String v = unitProps.get(name);
            if (v == null) {
                if (byKey == null) {
                    byKey = new HashMap<>();
                    for (Map.Entry<String, String> e : unitProps.entrySet()) {
                        byKey.putIfAbsent(key(e.getKey()), e.getValue());
                    }
                }
                v = byKey.get(name);
            }
            if (v == null) {
                continue;
            }
            String meant = meaning(name, v);
            if (meant != null) {
                return meant;
            }
        }
        return null;
    }

    /** What a prop's value means (null: no value, ask the next prop). */
    private String meaning(String prop, String written) {
        String v = written;
        if (unwrap.contains(prop)) {
            Matcher m = SEG.matcher(v);
            if (m.matches()) {
                v = unescape(m.group(1));
            }
        }
        Map<String, String> table = values.get(prop);
        if (table == null) {
            return v;
        }
        String meant = table.get(v.strip().toLowerCase(Locale.ROOT));
        if (meant == null) {
            meant = table.getOrDefault(ANY, v);
        }
        return NONE.equals(meant) ? null : meant;
    }

    private static String unescape(String s) {
        // the <seg> of a context prop is text; markup inside it (inline codes) is not part of the text
        return s.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static UnitFields load() {
        Map<String, List<String>> props = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new HashMap<>();
        Set<String> unwrap = new HashSet<>();
        List<java.time.format.DateTimeFormatter> dates = new ArrayList<>();
        for (RuleFiles.Row row : RuleFiles.read(DATA)) {
            int n = row.line();
            String[] c = row.columns().toArray(new String[0]);
            switch (c[0]) {
                case "field" -> {
                    if (c.length < 3 || !KNOWN.contains(c[1])) {
                        throw bad(n, "a field line is: field, one of " + KNOWN + ", then prop types");
                    }
                    List<String> names = new ArrayList<>();
                    for (int i = 2; i < c.length; i++) {
                        names.add(key(c[i]));
                    }
                    props.put(c[1], List.copyOf(names));
                }
                case "value" -> {
                    if (c.length != 4) {
                        throw bad(n, "a value line is: value, prop type, value written, what it means");
                    }
                    values.computeIfAbsent(key(c[1]), k -> new HashMap<>()).put(c[2].strip().toLowerCase(Locale.ROOT),
                            c[3].strip());
                }
                case "unwrap" -> {
                    if (c.length != 2) {
                        throw bad(n, "an unwrap line is: unwrap, prop type");
                    }
                    unwrap.add(key(c[1]));
                }
                case "date" -> {
                    if (c.length != 2) {
                        throw bad(n, "a date line is: date, a java.time pattern");
                    }
                    try {
                        dates.add(java.time.format.DateTimeFormatter.ofPattern(c[1], Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw bad(n, "bad date pattern: " + e.getMessage());
                    }
                }
                default -> throw bad(n, "a line starts with field, value, date or unwrap");
            }
        }
        return new UnitFields(props, values, unwrap, List.copyOf(dates));
    }

    private static TmshException bad(int line, String why) {
        return new TmshException(DATA + ": line " + line + ": " + why);
    }
}
