package org.tmsh.formats.xliff;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxReader;

/**
 * Reads the segments of an XLIFF 1.2 or 2.0 file: id, source, target and the target's state, with
 * inline codes as tmsh's markers ({@code ⟨1⟩ ⟨/1⟩ ⟨2/⟩}: 1.2 {@code g}, {@code bx}/{@code ex},
 * {@code x}/{@code ph}; 2.0 {@code pc}, {@code sc}/{@code ec}, {@code ph}), and the first file's header
 * (original, skeleton and its checksum as {@link Xliff12Writer} and {@link Xliff20Writer} write them,
 * languages). A 2.0 segment's id is its unit's id, then {@code _1}, {@code _2} for further segments.
 *
 * <p>No DTD is read and no external entity fetched; malformed XML is an error naming the line.
 * {@code alt-trans} (1.2) and {@code mtc:matches} (2.0) are skipped: they are suggestions, not
 * the file's translation. 2.0 states ({@code initial translated reviewed final}) are returned as
 * written, null when a segment has none (the schema's default is {@code initial}, but a CAT tool that
 * writes no state means its target); 1.2 {@code state} likewise ({@code new}, {@code translated},
 * {@code final} ...).
 *
 * <p>A 1.2 {@code seg-source} splits its unit: each {@code mrk mtype="seg"} is a segment, paired
 * with the target's {@code mrk} of the same {@code mid}. SDLXLIFF (Trados) and memoQ's
 * {@code .mqxliff} are XLIFF 1.2: an SDL segment's confirmation level ({@code sdl:seg conf}) and a
 * memoQ unit's {@code mq:status} give its state; a 1.2 unit marked {@code approved="no"} without a
 * state is {@link #NOT_APPROVED}. A target with no text besides inline codes is no target; a
 * gettext header unit ({@code restype="x-gettext-domain-header"}) is no segment.
 *
 * <p>White space: XML's {@code xml:space} decides, inherited from any enclosing element. In 1.2 the
 * caller's {@code keepSpaces} (QA) keeps every segment's white space as written. In 2.0 the file alone
 * decides, for import, QA and merge alike: {@code preserve} keeps a segment's text as written,
 * {@code default} makes runs of white space one space and trims the segment; {@code ignorable}s
 * (what stands between segments) are no segment's text but part of their unit's ({@link #readUnits}).
 */
public final class XliffReader {

    /** The first file's facts; fields the file does not carry are null. */
    public record Header(String version, String original, String skeleton, String crc, String srcLang,
                         String tgtLang) {
    }

    /**
     * One segment: id, marked source, marked target (null when absent or empty), state (null when none),
     * line, its context (a PO {@code msgctxt}; null when none), and whether a 1.2 {@code trans-unit}
     * says {@code approved="yes"}.
     */
    public record Entry(String id, String source, String target, String state, int line, String context,
                        boolean approved, Map<String, String> meta, List<String> notes) {

        public Entry {
            meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        public Entry(String id, String source, String target, String state, int line, String context, boolean approved) {
            this(id, source, target, state, line, context, approved, Map.of(), List.of());
        }

        public Entry(String id, String source, String target, String state, int line) {
            this(id, source, target, state, line, null, false);
        }

        public Entry(String id, String source, String target, String state, int line, String context) {
            this(id, source, target, state, line, context, false);
        }

        /** This entry with {@code more} metadata (its own values win) and notes. */
        public Entry with(Map<String, String> more, List<String> moreNotes) {
            Map<String, String> m = new LinkedHashMap<>(more);
            m.putAll(meta);
            List<String> n = new ArrayList<>(notes);
            n.addAll(moreNotes);
            return new Entry(id, source, target, state, line, context, approved, m, n);
        }
    }

    /** A read file: its header, its segments, and the rows or entries it skipped as unusable (line and why). */
    public record Content(Header header, List<Entry> entries, List<TmxReader.Invalid> skipped) {

        public Content(Header header, List<Entry> entries) {
            this(header, entries, List.of());
        }
    }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("⟨/?\\d+/?⟩");

    private XliffReader() {
    }

    /** Reads a whole XLIFF file; runs of white space in a segment become one space, trimmed. */
    public static Content read(Path file) {
        return read(file, false);
    }

    /**
     * Reads a whole XLIFF file; with {@code keepSpaces} a segment's white space stays as written (what
     * QA needs to see a double space or a trailing space), else runs of it become one space, trimmed.
     */
    public static Content read(Path file, boolean keepSpaces) {
        return org.tmsh.formats.XmlFiles.read(file, x -> parse(file, x, keepSpaces, false));
    }

    /**
     * Reads a whole XLIFF file as merge places it: an XLIFF 2.0 {@code unit} is one entry (id the
     * unit's), its text the unit's whole content, its segments and its {@code ignorable}s in order (so a
     * unit a translator's tool split into two segments, or whose white space between segments sits in an
     * {@code ignorable}, is still the one sentence it was); its target is whole only when every segment
     * has one (an ignorable without a target keeps its source), its state the least done of its
     * segments'. White space as {@link #read(Path)}; XLIFF 1.2 is read as {@link #read(Path)} reads it.
     */
    public static Content readUnits(Path file) {
        return org.tmsh.formats.XmlFiles.read(file, x -> parse(file, x, false, true));
    }

    private static Content parse(Path file, XMLStreamReader x, boolean keep, boolean whole) throws XMLStreamException {
        while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
            // skip prolog
        }
        if (!x.isStartElement() || !x.getLocalName().equals("xliff")) {
            throw TmshException.inFile(file, x.getLocation().getLineNumber(), "not an XLIFF file (no <xliff> root element)");
        }
        String version = attr(x, "version");
        boolean v2 = version != null && version.startsWith("2.");
        if (version != null && !v2 && !List.of("1.0", "1.1", "1.2").contains(version)) {
            throw TmshException.inFile(file, x.getLocation().getLineNumber(), "unknown XLIFF version '" + version
                    + "' (tmsh reads 1.0, 1.1, 1.2 and 2.x)");
        }
        String original = null;
        String skeleton = null;
        String crc = null;
        String src = v2 ? attr(x, "srcLang") : null;
        String tgt = v2 ? attr(x, "trgLang") : null;
        boolean firstFile = true;
        List<Entry> entries = new ArrayList<>();
        String unitId = null;
        int segIndex = 0;
        boolean inUnit = false;
        Map<String, String> unitMeta = new LinkedHashMap<>();
        List<String> unitNotes = new ArrayList<>();
        // a 2.0 unit's segments and ignorables as read so far, in order
        List<Part> parts = new ArrayList<>();
        // xml:space of the containers in scope (xliff, file, body, group, unit): "preserve" keeps a segment's white space
        Deque<Boolean> preserve = new ArrayDeque<>();
        preserve.push(space(x, false));
        // translate="no" of the containers in scope (file, group, unit): a segment no one may translate is locked
        Deque<Boolean> locked = new ArrayDeque<>();
        locked.push(noTranslate(x, false));
        // the trans-units of a gettext plural group read so far (po2xliff, Transifex): only the first is a unit
        Deque<int[]> plurals = new ArrayDeque<>();
        // Trados Studio's comments (doc-info's cmt-defs, before the first file): their texts by id
        Map<String, List<String>> sdlComments = new HashMap<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("file")) {
                firstFile = false;
            }
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("unit")) {
                inUnit = false;
                if (whole && !parts.isEmpty()) {
                    entries.add(Part.joined(file, unitId, parts).with(unitMeta, unitNotes));
                }
            }
            if (ev == XMLStreamConstants.END_ELEMENT && CONTAINERS.contains(x.getLocalName()) && preserve.size() > 1) {
                preserve.pop();
                locked.pop();
                if (x.getLocalName().equals("group") && !plurals.isEmpty()) {
                    plurals.pop();
                }
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (CONTAINERS.contains(x.getLocalName())) {
                preserve.push(space(x, preserve.peek()));
                locked.push(noTranslate(x, locked.peek()));
                if (x.getLocalName().equals("group")) {
                    plurals.push(new int[] {"x-gettext-plurals".equals(attr(x, "restype")) ? 0 : -1});
                }
            }
            switch (x.getLocalName()) {
                case "file" -> {
                    if (firstFile) {
                        original = attr(x, "original");
                        if (!v2) {
                            src = attr(x, "source-language");
                            tgt = attr(x, "target-language");
                        }
                    }
                }
                case "external-file", "skeleton" -> {
                    if (firstFile && skeleton == null) {
                        skeleton = attr(x, "href");
                        crc = attr(x, "crc");
                    }
                }
                case "notes" -> {
                    if (inUnit) {
                        notes20(x, unitNotes);
                    } else {
                        skip(x);
                    }
                }
                case "meta" -> {
                    // the 2.0 metadata module (mda:meta type="..."): a unit's metadata, as other tools name it
                    if (inUnit && attr(x, "type") != null) {
                        unitMeta.putIfAbsent(attr(x, "type").toLowerCase(java.util.Locale.ROOT), x.getElementText().strip());
                    } else if (firstFile && crc == null && "sha256".equals(attr(x, "type"))) {
                        crc = x.getElementText().strip();
                    }
                }
                case "alt-trans", "matches", "glossary", "originalData" -> skip(x);
                case "cmt-defs" -> sdlComments.putAll(sdlCommentDefs(x));
                case "trans-unit" -> {
                    int[] plural = plurals.isEmpty() ? null : plurals.peek();
                    if (plural != null && plural[0] >= 0 && plural[0]++ > 0 && !keep) {
                        // msgid_plural with msgstr[1], [2]...: a memory takes the singular and msgstr[0], as from a PO
                        skip(x);
                    } else {
                        entries.addAll(unit12(file, x, keep, space(x, preserve.peek()), noTranslate(x, locked.peek()), sdlComments));
                    }
                }
                case "unit" -> {
                    unitId = attr(x, "id");
                    if (unitId == null || unitId.isBlank()) {
                        throw TmshException.inFile(file, x.getLocation().getLineNumber(),
                                "a <unit> without an id (XLIFF 2.0 requires one)");
                    }
                    segIndex = 0;
                    inUnit = true;
                    unitMeta = new LinkedHashMap<>();
                    if (locked.peek()) {
                        unitMeta.put(TRANSLATE_NO, "no");
                    }
                    unitNotes = new ArrayList<>();
                    parts = new ArrayList<>();
                }
                case "segment" -> {
                    Part p = segment20(file, x, unitId, segIndex++, preserve.peek());
                    parts.add(p);
                    if (!whole) {
                        entries.add(p.entry().with(unitMeta, unitNotes));
                    }
                }
                case "ignorable" -> {
                    if (inUnit) {
                        parts.add(ignorable20(x, preserve.peek()));
                    } else {
                        skip(x);
                    }
                }
                default -> {
                    // other elements: nothing to keep
                }
            }
        }
        return new Content(new Header(version, original, skeleton, crc, src, tgt), entries);
    }

    /**
     * The segments of one 1.2 {@code trans-unit}: the unit itself, or, when it has a {@code seg-source}
     * with {@code mrk mtype="seg"} (Okapi, Rainbow, Trados), each {@code mrk} paired with the target's
     * {@code mrk} of the same {@code mid} (id {@code unitId_mid}). None for a gettext header
     * ({@code restype="x-gettext-domain-header"}, as {@code po2xliff} writes it).
     */
    private static List<Entry> unit12(Path file, XMLStreamReader x, boolean keep, boolean preserve, boolean noTranslate,
                                      Map<String, List<String>> sdlComments) throws XMLStreamException {
        String id = attr(x, "id");
        int line = x.getLocation().getLineNumber();
        boolean header = "x-gettext-domain-header".equals(attr(x, "restype"));
        String approved = attr(x, "approved");
        String memoQ = memoQStatus(x);
        String phrase = phraseStatus(x);
        java.util.Set<String> marks = new java.util.HashSet<>();
        Map<String, String> unitMeta = new LinkedHashMap<>();
        toolAttributes(x, unitMeta);
        if (noTranslate) {
            unitMeta.put(TRANSLATE_NO, "no");
        }
        List<String> notes = new ArrayList<>();
        Map<String, Map<String, String>> segMeta = new HashMap<>();
        String source = null;
        String target = null;
        String state = null;
        Map<String, String> segSource = null;
        Map<String, String> segTarget = new LinkedHashMap<>();
        Map<String, String> segStates = new HashMap<>();
        // Trados comments referred to in the unit, by the mid of their segment ("" the whole unit)
        Map<String, List<String>> cids = new LinkedHashMap<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("trans-unit")) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "source" -> source = inline(x, null, keep || space(x, preserve), cids);
                case "seg-source" -> {
                    segSource = new LinkedHashMap<>();
                    inline(x, segSource, keep || space(x, preserve), cids);
                }
                case "comments" -> {
                    // memoQ: mq:comments/mq:comment (a row's comments; deleted="true" is one removed)
                    while (x.hasNext()) {
                        int e2 = x.next();
                        if (e2 == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("comments")) {
                            break;
                        }
                        if (e2 == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("comment")) {
                            boolean deleted = "true".equalsIgnoreCase(attr(x, "deleted"));
                            String text = org.tmsh.formats.XmlFiles.text(x).strip();
                            if (!deleted && !text.isEmpty() && !notes.contains(text)) {
                                notes.add(text);
                            }
                        }
                    }
                }
                case "cmt" -> {
                    // Trados: a comment on the whole paragraph (sdl:cmt id=...)
                    if (anyPrefix(x, "id") != null) {
                        cids.computeIfAbsent("", k -> new ArrayList<>()).add(anyPrefix(x, "id"));
                    }
                    skip(x);
                }
                case "target" -> {
                    state = attr(x, "state");
                    if (attr(x, "state-qualifier") != null) {
                        unitMeta.put("xliff:state-qualifier", attr(x, "state-qualifier"));
                    }
                    target = inline(x, segTarget, keep || space(x, preserve), cids);
                }
                case "alt-trans" -> altTrans(x, unitMeta, keep || space(x, preserve));
                case "seg-defs" -> {
                    // SDL's segment definitions: the confirmation level of each segment is its state
                    while (x.hasNext()) {
                        int e2 = x.next();
                        if (e2 == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("seg-defs")) {
                            break;
                        }
                        if (e2 == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("seg")) {
                            segStates.put(attr(x, "id"), sdlState(attr(x, "conf")));
                            segMeta.put(attr(x, "id"), sdlSeg(x));
                        }
                    }
                }
                case "note" -> {
                    String note = x.getElementText().strip();
                    if (!note.isEmpty()) {
                        notes.add(note);
                    }
                }
                case "tunit-metadata", "tunit-target-metadata" -> {
                    // Phrase: the codes the unit's {1} notation stands for (m:mark id="1")
                    int depth = 1;
                    while (depth > 0) {
                        int e2 = x.next();
                        if (e2 == XMLStreamConstants.START_ELEMENT) {
                            depth++;
                            if (x.getLocalName().equals("mark") && attr(x, "id") != null) {
                                marks.add(attr(x, "id").strip());
                            }
                        } else if (e2 == XMLStreamConstants.END_ELEMENT) {
                            depth--;
                        }
                    }
                }
                default -> skip(x);
            }
        }
        if (header) {
            return List.of();
        }
        if (state == null && memoQ != null) {
            state = memoQ;
        }
        if (phrase != null) {
            state = state == null ? phrase : state;
            Map<String, Integer> numbers = new HashMap<>();
            source = source == null ? null : PhraseCodes.marked(source, marks, numbers);
            target = target == null ? null : PhraseCodes.marked(target, marks, numbers);
        }
        if (state == null && "no".equals(approved)) {
            state = NOT_APPROVED;
        }
        if (segSource == null || segSource.isEmpty()) {
            Map<String, String> m = new LinkedHashMap<>(unitMeta);
            if (segMeta.size() == 1) {
                m.putAll(segMeta.values().iterator().next());
            }
            List<String> all = new ArrayList<>(notes);
            cids.values().forEach(c -> addComments(all, c, sdlComments));
            return List.of(entry(file, id, source, target, state, line, "yes".equals(approved)).with(m, all));
        }
        addComments(notes, cids.getOrDefault("", List.of()), sdlComments);
        List<Entry> out = new ArrayList<>(segSource.size());
        for (Map.Entry<String, String> seg : segSource.entrySet()) {
            String segState = segStates.containsKey(seg.getKey()) ? segStates.get(seg.getKey()) : state;
            Map<String, String> m = new LinkedHashMap<>(unitMeta);
            m.putAll(segMeta.getOrDefault(seg.getKey(), Map.of()));
            List<String> segNotes = notes;
            if (cids.containsKey(seg.getKey())) {
                segNotes = new ArrayList<>(notes);
                addComments(segNotes, cids.get(seg.getKey()), sdlComments);
            }
            out.add(entry(file, id == null ? null : id + "_" + seg.getKey(), seg.getValue(), segTarget.get(seg.getKey()),
                    segState, line, "yes".equals(approved)).with(m, segNotes));
        }
        return out;
    }

    /**
     * The attributes of a 1.2 {@code trans-unit} that other tools write about it, keyed as
     * {@code prefix:name} in lower case (memoQ's {@code mq:lastchanginguser},
     * {@code mq:lastchangedtimestamp}, {@code mq:status} ...): what {@code unit-fields.txt} maps.
     */
    /**
     * A 1.2 {@code alt-trans}: a proposal, not the file's translation. The first whose {@code match-quality} is a
     * number under 100 (a fuzzy match) is kept as metadata, {@code xliff:alt-trans-match-quality} and {@code
     * xliff:alt-trans-target} (its target, marked), so that a target returned as that proposal unchanged can be told.
     * Leaves the reader on its end tag.
     */
    private static void altTrans(XMLStreamReader x, Map<String, String> meta, boolean keep) throws XMLStreamException {
        String quality = attr(x, "match-quality");
        boolean fuzzy = false;
        if (quality != null && !meta.containsKey("xliff:alt-trans-match-quality")) {
            try {
                double q = Double.parseDouble(quality.strip().replace("%", ""));
                fuzzy = q > 0 && q < 100;
            } catch (NumberFormatException notANumber) {
                fuzzy = false; // a tool's own scale ("high"): not read
            }
        }
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (fuzzy && x.getLocalName().equals("target") && !meta.containsKey("xliff:alt-trans-target")) {
                    meta.put("xliff:alt-trans-target", inline(x, null, keep));
                    meta.put("xliff:alt-trans-match-quality", quality.strip());
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void toolAttributes(XMLStreamReader x, Map<String, String> into) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String prefix = x.getAttributePrefix(i);
            if (prefix != null && !prefix.isEmpty() && !prefix.equals("xml")) {
                into.put(prefix.toLowerCase(java.util.Locale.ROOT) + ":" + x.getAttributeLocalName(i).toLowerCase(java.util.Locale.ROOT),
                        x.getAttributeValue(i));
            }
        }
    }

    /**
     * What an SDL segment definition ({@code sdl:seg}) says of its segment, keyed {@code sdl:NAME}: its
     * attributes ({@code conf}, {@code origin}, {@code percent}) and its {@code sdl:value}s
     * ({@code created_by}, {@code created_on}, {@code modified_by}, {@code last_modified_by},
     * {@code modified_on}). Leaves the reader on the seg's end tag.
     */
    private static Map<String, String> sdlSeg(XMLStreamReader x) throws XMLStreamException {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < x.getAttributeCount(); i++) {
            m.put("sdl:" + x.getAttributeLocalName(i).toLowerCase(java.util.Locale.ROOT), x.getAttributeValue(i));
        }
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("value") && attr(x, "key") != null) {
                    String key = "sdl:" + attr(x, "key").toLowerCase(java.util.Locale.ROOT);
                    m.put(key, x.getElementText().strip());
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return m;
    }

    /**
     * Trados Studio's comments ({@code doc-info/cmt-defs/cmt-def id} with {@code Comments/Comment}s, referred to by a
     * segment's {@code mrk mtype="x-sdl-comment" sdl:cid} or a unit's {@code sdl:cmt id}): the texts of each, by its id.
     * Leaves the reader on the {@code cmt-defs} end tag.
     */
    private static Map<String, List<String>> sdlCommentDefs(XMLStreamReader x) throws XMLStreamException {
        Map<String, List<String>> out = new HashMap<>();
        String id = null;
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("cmt-def")) {
                    id = attr(x, "id");
                    depth++;
                } else if (x.getLocalName().equals("Comment") && id != null) {
                    String text = x.getElementText().strip();
                    if (!text.isEmpty()) {
                        out.computeIfAbsent(id, k -> new ArrayList<>()).add(text);
                    }
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return out;
    }

    /** Adds the texts of the comments {@code ids} ({@link #sdlCommentDefs}) to {@code notes}, each once. */
    private static void addComments(List<String> notes, List<String> ids, Map<String, List<String>> defs) {
        for (String id : ids) {
            for (String text : defs.getOrDefault(id, List.of())) {
                if (!notes.contains(text)) {
                    notes.add(text);
                }
            }
        }
    }

    /** The text of each {@code note} of a 2.0 {@code notes} element; leaves the reader on its end tag. */
    private static void notes20(XMLStreamReader x, List<String> into) throws XMLStreamException {
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("notes")) {
                return;
            }
            if (ev == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("note")) {
                String note = x.getElementText().strip();
                if (!note.isEmpty()) {
                    into.add(note);
                }
            }
        }
    }

    /** The state of a target that says {@code approved="no"} and no state of its own: not done. */
    public static final String NOT_APPROVED = "x-not-approved";

    /**
     * An SDL confirmation level ({@code sdl:seg conf}) as an XLIFF 1.2 state: {@code Translated} is
     * translated, {@code ApprovedTranslation} signed-off, {@code ApprovedSignOff} final; {@code Draft},
     * the rejected levels and none (Not Translated) are not done.
     */
    static String sdlState(String conf) {
        if (conf == null) {
            return "new";
        }
        return switch (conf) {
            case "Translated" -> "translated";
            case "ApprovedTranslation" -> "signed-off";
            case "ApprovedSignOff" -> "final";
            case "Draft" -> "needs-translation";
            case "RejectedTranslation", "RejectedSignOff" -> "needs-review-translation";
            default -> "new";
        };
    }

    /**
     * memoQ's segment status ({@code mq:status} on a {@code trans-unit} of an {@code .mqxliff}) as an
     * XLIFF 1.2 state, or null when the unit has none: confirmed and proofread segments are done.
     */
    private static String memoQStatus(XMLStreamReader x) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String ns = x.getAttributeNamespace(i);
            // memoQ's namespace is "MQXliff" in its files (some converters write a memoq URL)
            if (ns != null && (ns.toLowerCase(java.util.Locale.ROOT).contains("memoq") || ns.equalsIgnoreCase("MQXliff"))
                    && x.getAttributeLocalName(i).equals("status")) {
                return switch (x.getAttributeValue(i)) {
                    case "ManuallyConfirmed", "Confirmed" -> "translated";
                    case "Reviewer1Confirmed", "Proofread" -> "signed-off";
                    case "Reviewer2Confirmed" -> "final";
                    default -> "needs-translation";
                };
            }
        }
        return null;
    }

    /**
     * Phrase's (Memsource's) confirmation of a {@code trans-unit} of an {@code .mxliff}
     * ({@code m:confirmed="1"}) as an XLIFF 1.2 state: {@code translated}, else
     * {@code needs-translation} (a TM or MT pre-fill no one confirmed); null when the unit is not Phrase's.
     */
    private static String phraseStatus(XMLStreamReader x) {
        boolean phrase = false;
        String confirmed = null;
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String ns = x.getAttributeNamespace(i);
            if (ns != null && ns.toLowerCase(java.util.Locale.ROOT).contains("memsource")) {
                phrase = true;
                if (x.getAttributeLocalName(i).equals("confirmed")) {
                    confirmed = x.getAttributeValue(i).strip();
                }
            }
        }
        if (!phrase) {
            return null;
        }
        return "1".equals(confirmed) || "true".equalsIgnoreCase(confirmed) ? "translated" : "needs-translation";
    }

    /**
     * One child of a 2.0 {@code unit} as written: a segment (with its entry) or an {@code ignorable}
     * (entry null); its source and target as written (target null when absent) and whether
     * {@code xml:space="preserve"} holds for each.
     */
    private record Part(Entry entry, String source, String target, boolean sourceKept, boolean targetKept, int line) {

        /** The 2.0 states from least to most done; none (a tool that writes no state means its target) as translated. */
        private static final List<String> DONE_ORDER = List.of("initial", "translated", "reviewed", "final");

        /** The unit {@code parts} make, as {@link #readUnits} describes it. */
        static Entry joined(Path file, String unitId, List<Part> parts) {
            if (parts.size() == 1 && parts.get(0).entry() != null) {
                return new Entry(unitId, parts.get(0).entry().source(), parts.get(0).entry().target(),
                        parts.get(0).entry().state(), parts.get(0).entry().line());
            }
            StringBuilder src = new StringBuilder();
            StringBuilder tgt = new StringBuilder();
            boolean kept = false;
            boolean translated = true;
            String state = null;
            int rank = Integer.MAX_VALUE;
            int line = parts.get(0).line();
            for (Part p : parts) {
                kept |= p.sourceKept() || p.targetKept();
                src.append(p.sourceKept() ? p.source() : runs(p.source()));
                if (p.entry() == null) {
                    // an ignorable without a target stands as it is in the source
                    boolean own = p.target() != null;
                    String t = own ? p.target() : p.source();
                    tgt.append((own ? p.targetKept() : p.sourceKept()) ? t : runs(t));
                    continue;
                }
                line = Math.min(line, p.line());
                translated &= p.entry().target() != null;
                if (p.target() != null) {
                    tgt.append(p.targetKept() ? p.target() : runs(p.target()));
                }
                int r = p.entry().state() == null ? 1 : DONE_ORDER.indexOf(p.entry().state());
                if (r < rank) {
                    rank = r;
                    state = p.entry().state();
                }
            }
            String source = kept ? src.toString() : normal(src.toString());
            String target = !translated ? null : kept ? tgt.toString() : normal(tgt.toString());
            return XliffReader.entry(file, unitId, source, target, state, line, false);
        }
    }

    /**
     * A 2.0 segment: its text as {@link #space} says for its {@code source} and {@code target} (the
     * segment's own {@code xml:space}, then the unit's and so on up: kept as written under
     * {@code preserve}, else runs of white space one space, trimmed), whatever the caller's
     * {@code keepSpaces}: the file says which white space is text.
     */
    private static Part segment20(Path file, XMLStreamReader x, String unitId, int index, boolean preserve)
            throws XMLStreamException {
        String id = attr(x, "id");
        int line = x.getLocation().getLineNumber();
        String state = attr(x, "state");
        Texts t = texts20(x, "segment", space(x, preserve));
        String key = unitId == null ? id : index == 0 ? unitId : unitId + "_" + index;
        Entry e = entry(file, key, t.source() == null ? null : t.sourceKept() ? t.source() : normal(t.source()),
                t.target() == null ? null : t.targetKept() ? t.target() : normal(t.target()), state, line, false);
        return new Part(e, t.source(), t.target(), t.sourceKept(), t.targetKept(), line);
    }

    /** A 2.0 {@code ignorable}: what stands between segments (white space, codes), no segment's text. */
    private static Part ignorable20(XMLStreamReader x, boolean preserve) throws XMLStreamException {
        int line = x.getLocation().getLineNumber();
        Texts t = texts20(x, "ignorable", preserve);
        return new Part(null, t.source() == null ? "" : t.source(), t.target(), t.sourceKept(), t.targetKept(), line);
    }

    /** A 2.0 segment's or ignorable's source and target, and whether each keeps its white space. */
    private record Texts(String source, String target, boolean sourceKept, boolean targetKept) {
    }

    /**
     * Reads the {@code source} and {@code target} of the 2.0 {@code element} the reader is on, up to its end tag
     * (anything else skipped); {@code keep}: whether the element keeps white space, as each text does unless its
     * own {@code xml:space} says otherwise. A text that is not there is null.
     */
    private static Texts texts20(XMLStreamReader x, String element, boolean keep) throws XMLStreamException {
        String source = null;
        String target = null;
        boolean sourceKept = keep;
        boolean targetKept = keep;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals(element)) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("source")) {
                    sourceKept = space(x, keep);
                    source = inline(x, null, true);
                } else if (x.getLocalName().equals("target")) {
                    targetKept = space(x, keep);
                    target = inline(x, null, true);
                } else {
                    skip(x);
                }
            }
        }
        return new Texts(source, target, sourceKept, targetKept);
    }

    private static Entry entry(Path file, String id, String source, String target, String state, int line,
                               boolean approved) {
        if (id == null) {
            throw TmshException.inFile(file, line, "segment without an id");
        }
        if (source == null) {
            throw TmshException.inFile(file, line, "unit '" + id + "' has no source");
        }
        return new Entry(id, source, target == null || !hasText(target) ? null : target, state, line, null, approved);
    }

    /** True when marked text has text besides its inline-code markers (a target of codes only is no translation). */
    public static boolean hasText(String marked) {
        // a no-break space (kept as a character) is no text either
        return !MARKER.matcher(marked).replaceAll("").replaceAll("[\\p{Z}\\s]+", "").isEmpty();
    }

    /**
     * The content of the current element as marked text, read by XLIFF's inline elements (and
     * {@code ut}, the native code of an unknown tag, as a standalone code); leaves the reader on its
     * end tag. For other bilingual XML formats that use the same elements (Wordfast's TXML).
     */
    public static String inlineText(XMLStreamReader x, boolean keepSpaces) throws XMLStreamException {
        return inline(x, null, keepSpaces);
    }

    private static String inline(XMLStreamReader x, Map<String, String> segments, boolean keep) throws XMLStreamException {
        return inline(x, segments, keep, null);
    }

    /**
     * A revision that deletes its text: Trados Studio's tracked changes ({@code mrk mtype="x-sdl-deleted"}, and its
     * quality feedback's {@code x-sdl-feedback-deleted}) and any other tool's {@code mtype} ending in
     * {@code deleted}. The text a file shows is without it; its {@code -added} twin is text.
     */
    static boolean deletedRevision(String mtype) {
        if (mtype == null) {
            return false;
        }
        String m = mtype.toLowerCase(java.util.Locale.ROOT);
        return m.equals("deleted") || m.endsWith("-deleted");
    }

    /**
     * The content of the current element as marked text; leaves the reader on its end tag. When
     * {@code segments} is given, the text of each {@code mrk mtype="seg"} goes there too, by its
     * {@code mid}. A 2.0 {@code cp} is its code point. A deleted revision ({@link #deletedRevision}) is no
     * text. When {@code comments} is given, the id of each Trados comment ({@code mrk mtype="x-sdl-comment"
     * sdl:cid}) goes there, under the {@code mid} of the segment it is in ("" outside one).
     */
    private static String inline(XMLStreamReader x, Map<String, String> segments, boolean keep,
                                 Map<String, List<String>> comments) throws XMLStreamException {
        StringBuilder whole = new StringBuilder();
        StringBuilder sb = whole;
        String segId = null;
        int segDepth = -1;
        Deque<String> closers = new ArrayDeque<>();
        closers.push("");
        while (!closers.isEmpty()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                sb.append(x.getText());
                if (sb != whole) {
                    whole.append(x.getText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String closer = closers.pop();
                if (segId != null && closers.size() == segDepth) {
                    segments.put(segId, keep ? sb.toString() : normal(sb.toString()));
                    sb = whole;
                    segId = null;
                } else {
                    sb.append(closer);
                    if (sb != whole) {
                        whole.append(closer);
                    }
                }
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                String id = number(first(attr(x, "id"), attr(x, "x"))); // TXML numbers its codes by x
                String name = x.getLocalName();
                if (segments != null && segId == null && name.equals("mrk") && "seg".equals(attr(x, "mtype"))) {
                    segId = attr(x, "mid") == null ? String.valueOf(segments.size() + 1) : attr(x, "mid");
                    sb = new StringBuilder();
                    closers.push("");
                    segDepth = closers.size() - 1;
                    continue;
                }
                if (name.equals("mrk") && deletedRevision(attr(x, "mtype"))) {
                    skip(x);
                    continue;
                }
                if (comments != null && name.equals("mrk") && "x-sdl-comment".equals(attr(x, "mtype"))
                        && anyPrefix(x, "cid") != null) {
                    comments.computeIfAbsent(segId == null ? "" : segId, k -> new ArrayList<>()).add(anyPrefix(x, "cid"));
                }
                StringBuilder code = new StringBuilder();
                String closer = "";
                switch (name) {
                    case "g", "pc" -> {
                        code.append('⟨').append(id).append('⟩');
                        closer = "⟨/" + id + "⟩";
                    }
                    case "bx", "sc", "bpt" -> code.append('⟨').append(id).append('⟩');
                    case "ex", "ept" -> code.append("⟨/").append(number(first(attr(x, "rid"), attr(x, "id")))).append('⟩');
                    case "ec" -> code.append("⟨/").append(number(first(attr(x, "startRef"), attr(x, "id")))).append('⟩');
                    case "x", "ph", "it", "ut" -> code.append('⟨').append(id).append("/⟩");
                    case "cp" -> code.append(codePoint(attr(x, "hex")));
                    default -> {
                        // mrk, sub and unknown elements: transparent, their text is kept
                    }
                }
                sb.append(code);
                if (sb != whole) {
                    whole.append(code);
                }
                if (List.of("bpt", "ept", "ph", "it", "ut", "bx", "ex", "x", "sc", "ec", "cp").contains(name)) {
                    skip(x); // native code or empty element: no text of the segment inside
                } else {
                    closers.push(closer);
                }
            }
        }
        return keep ? whole.toString() : normal(whole.toString());
    }

    /** The elements whose {@code xml:space} holds for the segments inside them. */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("xliff", "file", "body", "group", "unit");

    /**
     * Whether the current element keeps its white space: its {@code xml:space} ("preserve" or "default"),
     * else what holds around it ({@code inherited}), as XML's {@code xml:space} is inherited by content.
     */
    /**
     * The metadata key of a segment that XLIFF says no one may translate ({@code translate="no"} on its
     * 1.2 {@code trans-unit} or 2.0 {@code unit}, or inherited from a {@code group} or {@code file}
     * around it): what a CAT tool shows as a locked segment.
     */
    public static final String TRANSLATE_NO = "xliff:translate";

    /** Whether the element says {@code translate="no"}, else what it inherits. */
    private static boolean noTranslate(XMLStreamReader x, boolean inherited) {
        String v = attr(x, "translate");
        return v == null ? inherited : "no".equals(v.strip());
    }

    private static boolean space(XMLStreamReader x, boolean inherited) {
        String v = attr(x, "xml:space");
        return v == null ? inherited : "preserve".equals(v.strip());
    }

    /** Runs of XML white space as one space, edges kept (a piece of a 2.0 unit's text between others). */
    private static String runs(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ");
    }

    private static String normal(String s) {
        // XML's white space (an editor's line breaks and indents) is one space; a no-break space is a character
        return s.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    /** The character of a 2.0 {@code <cp hex="..."/>} (a code point XML cannot carry as text); nothing if the value is bad. */
    private static String codePoint(String hex) {
        try {
            return hex == null ? "" : new String(Character.toChars(Integer.parseInt(hex.strip(), 16)));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** The digits of an id ("1", "g1" and "tu1-3" give 1, 1 and 13; none gives 0). */
    private static String number(String id) {
        if (id == null) {
            return "0";
        }
        String d = id.replaceAll("\\D", "");
        return d.isEmpty() ? "0" : d;
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
        org.tmsh.formats.XmlFiles.skip(x);
    }

    /** The attribute {@code local} in whatever namespace ({@code sdl:cid}), or null. */
    private static String anyPrefix(XMLStreamReader x, String local) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equals(local)) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String attr(XMLStreamReader x, String name) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            String local = x.getAttributeLocalName(i);
            String prefix = x.getAttributePrefix(i);
            String full = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            if (full.equals(name) || (local.equals(name) && (prefix == null || prefix.isEmpty()))) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }
}
