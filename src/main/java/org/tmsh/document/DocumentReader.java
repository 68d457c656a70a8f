package org.tmsh.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.DocumentPart;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;

import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshException;

/**
 * Reads a document into its paragraphs of plain text through Okapi's filters, chosen by extension.
 *
 * <p>Plain text ({@code .txt}, or no extension): one paragraph a non-empty line. HTML: one paragraph
 * a block element, page furniture ({@code nav}, {@code footer}, ARIA landmarks, cookie boxes ...:
 * {@link #FURNITURE}) left out, and here (not in {@link DocumentSegments}, which must translate the
 * whole page) also the head's {@code <title>} and {@code <meta>} texts. DOCX: one a Word paragraph,
 * without document properties, headers, footers and comments (footnotes are text). XLIFF: one a trans-unit's
 * source (XLIFF 1.2, its {@code seg-source} segments kept) or one a unit's source (XLIFF 2.0, through
 * Okapi's XLIFF 2 filter). Inline codes are
 * kept as markers by {@link #codedParagraphs} and dropped by {@link #paragraphs}.
 *
 * <p>Before any filter runs, the bytes are checked: a missing, empty or binary file, or text that
 * is not valid in the expected encoding (UTF-8 unless given), is rejected with the file and line.
 */
public final class DocumentReader {

    /** Extensions tmsh reads, for messages and completion. */
    public static final List<String> EXTENSIONS = List.of("txt", "text", "html", "htm", "xhtml", "docx", "xlf", "xliff");

    private DocumentReader() {
    }

    /** Reads {@code file} as UTF-8 (or as declared inside HTML/XLIFF/DOCX). */
    public static List<String> paragraphs(Path file, String languageTag) {
        return paragraphs(file, languageTag, null);
    }

    /** Reads {@code file}; {@code encoding} (may be null) overrides UTF-8 for plain text. */
    public static List<String> paragraphs(Path file, String languageTag, String encoding) {
        return codedParagraphs(file, languageTag, encoding).stream().map(CodedText::plain).toList();
    }

    /**
     * The paragraphs of {@code file} with their inline codes (bold, italics, links, DOCX runs) as
     * markers and the codes' text in the original; their {@link CodedText#plain()} texts are what
     * {@link #paragraphs} gives.
     */
    public static List<CodedText> codedParagraphs(Path file, String languageTag, String encoding) {
        InputLimits limits = InputLimits.current();
        boolean html = List.of("html", "htm", "xhtml").contains(extension(file));
        List<CodedText> paras;
        try (Source src = open(file, languageTag, null, encoding)) {
            paras = runFilter(file, src.filters(), src.raw(), html);
            if (src.zeroWidth()) {
                paras = paras.stream().map(p -> new CodedText(ZeroWidthSpaces.shown(p.marked()), p.codes())).toList();
            }
        }
        if (paras.isEmpty()) {
            throw TmshException.inFile(file, 0, "no text found in the document");
        }
        limits.checkParagraphs(file, paras.stream().map(CodedText::plain).toList());
        return paras;
    }

    /**
     * A checked document ready for an Okapi filter: the filter to use and the raw document; {@code copy}
     * (may be null) is a temporary file the raw document reads ({@link WordAsShown}), deleted on close;
     * with {@code zeroWidth}, the raw document has {@link ZeroWidthSpaces}' stand-in for each zero-width space.
     */
    record Source(Supplier<IFilter> filters, RawDocument raw, Path copy, boolean zeroWidth) implements AutoCloseable {

        Source(Supplier<IFilter> filters, RawDocument raw) {
            this(filters, raw, null, false);
        }

        @Override
        public void close() {
            if (copy != null) {
                org.tmsh.common.AtomicFiles.discard(copy);
                if (Files.exists(copy, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    copy.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * Checks {@code file} and picks its filter by extension; {@code targetTag} (may be null) is set
     * on the raw document for a filter writer. DOCX core and extended properties, page headers and footers, and comments are not extracted (metadata, page furniture and reviewers' notes, not text).
     */
    static Source open(Path file, String languageTag, String targetTag, String encoding) {
        return open(file, languageTag, targetTag, encoding, false);
    }

    /**
     * As {@link #open(Path, String, String, String)}; with {@code furniture}, an HTML page is read whole
     * (its navigation, footer and other {@link #FURNITURE} too, as Okapi's own rules read it) and a DOCX
     * with its page headers and footers. Other formats have no furniture: asking for it is an error.
     */
    /** Whether {@code file}'s format has page furniture that a reading leaves out unless asked (HTML, DOCX). */
    static boolean hasFurniture(Path file) {
        return List.of("html", "htm", "xhtml", "docx").contains(extension(file));
    }

    static Source open(Path file, String languageTag, String targetTag, String encoding, boolean furniture) {
        if (furniture && !hasFurniture(file)) {
            throw TmshException.inFile(file, 0, "has no page furniture to include (only HTML navigation and footers,"
                    + " and DOCX page headers and footers, are left out without it)");
        }
        InputLimits limits = InputLimits.current();
        byte[] bytes = readChecked(file);
        String ext = extension(file);
        LocaleId locale = LocaleId.fromBCP47(languageTag);
        LocaleId target = targetTag == null ? LocaleId.EMPTY : LocaleId.fromBCP47(targetTag);
        switch (ext) {
            case "", "txt", "text" -> {
                return new Source(PlainTextFilter::new, new RawDocument(TextFiles.decodeText(file, bytes, encoding, languageTag),
                        locale, target));
            }
            case "html", "htm", "xhtml" -> {
                // a page not in UTF-8 is read in the encoding its <meta> declares, as a browser reads it
                String text = TextFiles.decodeText(file, bytes, encoding != null ? encoding : DeclaredCharset.of(bytes), languageTag);
                limits.checkHtmlDepth(file, text);
                // Okapi's filter collapses a zero-width space as white space: it reads a stand-in instead
                String hidden = ZeroWidthSpaces.hidden(text);
                return new Source(furniture ? DocumentReader::wholePageFilter : DocumentReader::htmlFilter,
                        new RawDocument(hidden == null ? text : hidden, locale, target), null, hidden != null);
            }
            case "xlf", "xliff" -> {
                try {
                    limits.checkXmlDepth(file, null, new java.io.ByteArrayInputStream(bytes));
                } catch (IOException e) {
                    throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
                }
                return new Source(isXliff2(bytes) ? XLIFF2Filter::new : XLIFFFilter::new,
                        new RawDocument(file.toUri(), "UTF-8", locale, target));
            }
            case "docx" -> {
                limits.checkZip(file);
                // Okapi reads and writes the document as Word shows it (see WordAsShown); most need no copy
                Path copy;
                try {
                    copy = WordAsShown.copy(file);
                } catch (IOException | RuntimeException e) {
                    throw TmshException.inFile(file, 0, "cannot read document: " + e.getMessage(), e);
                }
                return new Source(() -> docxFilter(furniture),
                        new RawDocument((copy == null ? file : copy).toUri(), "UTF-8", locale, target), copy, false);
            }
            default -> throw unsupported(file);
        }
    }

    /**
     * Refuses {@code file} unless its extension is one tmsh reads ({@link #EXTENSIONS}), in one line that
     * names the file and the formats tmsh round-trips: a caller that copies the document first (an OmegaT
     * project) checks it here, so the line names the person's file and not the copy.
     */
    public static void requireSupported(Path file) {
        if (!EXTENSIONS.contains(extension(file))) {
            throw unsupported(file);
        }
    }

    private static TmshException unsupported(Path file) {
        String ext = extension(file);
        return TmshException.inFile(file, 0, "unsupported file type '." + ext + "': tmsh pre-translates and merges"
                + " plain text (.txt), HTML (.html, .htm, .xhtml) and Word (.docx) documents, and reads XLIFF (.xlf, .xliff);"
                + " save or convert the document as one of these first");
    }

    private static final Pattern XLIFF2_ROOT = Pattern.compile(
            "<(?:[A-Za-z_][\\w.-]*:)?xliff\\b[^>]*\\bversion\\s*=\\s*[\"']2\\.");

    /**
     * Whether an XLIFF file is XLIFF 2 (its root's {@code version} is 2.x), which Okapi reads with its
     * XLIFF 2 filter; XLIFF 1.2, with or without {@code seg-source}, goes to its XLIFF filter.
     */
    static boolean isXliff2(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        return XLIFF2_ROOT.matcher(head).find();
    }

    /** Elements excluded from HTML as page furniture (data: {@link #FURNITURE}). */
    public static final String FURNITURE = "/tmsh/documents/html-furniture.txt";

    private static volatile String htmlConfig;

    /** Okapi's HTML filter with its default rules plus EXCLUDE rules for the page furniture ({@link #furnitureRules}). */
    private static IFilter htmlFilter() {
        HtmlFilter f = new HtmlFilter();
        String config = htmlConfig;
        if (config == null) {
            String base = okapiHtmlRules();
            String rules = furnitureRules();
            // an element Okapi has its own rule for (button is INLINE) would take that rule instead
            Matcher excluded = Pattern.compile("(?m)^  ([a-z0-9]+):\n    ruleTypes: \\[EXCLUDE\\]\n").matcher(rules);
            while (excluded.find()) {
                base = base.replaceAll("(?m)^  " + excluded.group(1) + ":\r?\n(?:    .*\r?\n)*", "");
            }
            config = base.replaceFirst("(?m)^elements:\\s*\n", java.util.regex.Matcher.quoteReplacement(rules));
            htmlConfig = config;
        }
        f.setParametersFromString(config);
        return f;
    }

    /** The element names {@link #FURNITURE} excludes wherever they are (its {@code element} rows). */
    static java.util.Set<String> furnitureElements() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.tmsh.common.RuleFiles.Row row : org.tmsh.common.RuleFiles.read(FURNITURE, 2)) {
            if (row.get(0).strip().equals("element")) {
                out.add(row.get(1).strip());
            }
        }
        return out;
    }

    /** Block elements a furniture class or id may exclude (inline ones never: see the data file). */
    private static final String BLOCKS = "(?:div|section|header|ul|ol|li|p|table|figure|dl|details|menu)";

    /** The {@link #FURNITURE} rows as Okapi HTML filter rules (YAML lines after {@code elements:}). */
    static String furnitureRules() {
        StringBuilder rules = new StringBuilder("elements:\n");
        List<String> roles = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (org.tmsh.common.RuleFiles.Row row : org.tmsh.common.RuleFiles.read(FURNITURE, 2)) {
            String kind = row.get(0).strip();
            String value = row.get(1).strip();
            if (!value.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalStateException(FURNITURE + ":" + row.line() + ": not a lower-case name: " + value);
            }
            switch (kind) {
                case "element" -> rules.append("  ").append(value).append(":\n    ruleTypes: [EXCLUDE]\n");
                case "role" -> roles.add(value);
                case "class" -> words.add(value);
                default -> throw new IllegalStateException(FURNITURE + ":" + row.line() + ": unknown kind " + kind
                        + " (element, role or class)");
            }
        }
        if (!roles.isEmpty()) {
            rules.append("  '[a-z][a-z0-9]*':\n    ruleTypes: [EXCLUDE]\n    conditions: [role, EQUALS, [")
                    .append(String.join(", ", roles)).append("]]\n");
        }
        if (!words.isEmpty()) {
            String word = "'(?i)(?:.*[\\s_-])?(?:" + String.join("|", words) + ")(?:[\\s_-].*)?'";
            // two keys: Okapi's rules are a map by element pattern, one condition each
            rules.append("  '").append(BLOCKS).append("':\n    ruleTypes: [EXCLUDE]\n    conditions: [class, MATCHES, ")
                    .append(word).append("]\n");
            rules.append("  '").append(BLOCKS).append("+':\n    ruleTypes: [EXCLUDE]\n    conditions: [id, MATCHES, ")
                    .append(word).append("]\n");
        }
        return rules.toString();
    }

    /** Okapi's HTML filter with its own rules only: the whole page, furniture included. */
    private static IFilter wholePageFilter() {
        HtmlFilter f = new HtmlFilter();
        f.setParametersFromString(okapiHtmlRules());
        return f;
    }

    /** HTML's inline elements Okapi's rules lack, added as INLINE (data: {@link #INLINE}). */
    public static final String INLINE = "/tmsh/documents/html-inline.txt";

    /**
     * Okapi's own HTML rules, with an INLINE rule for each element of {@link #INLINE} that Okapi has no
     * rule for, or whose rule has no {@code ruleTypes}.
     *
     * <p>NOTE: Okapi 1.47's configuration lists {@code audio}, {@code track} and {@code menuitem} with
     * attributes only; its filter then fails on the first such element with a NullPointerException
     * (TaggedFilterConfiguration.getElementRuleTypes), so a page holding one could not be read at all.
     * Those entries get INLINE; any other entry without a rule type is refused here, so a new
     * Okapi version cannot bring the fault back unnoticed.
     */
    static String okapiHtmlRules() {
        String base;
        try (java.io.InputStream in = HtmlFilter.class.getResourceAsStream("nonwellformedConfiguration.yml")) {
            base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Okapi's HTML filter configuration is missing from its jar", e);
        }
        StringBuilder inline = new StringBuilder();
        String rules = base;
        for (org.tmsh.common.RuleFiles.Row row : org.tmsh.common.RuleFiles.read(INLINE)) {
            String name = row.get(0).strip();
            if (row.columns().size() > 1) {
                throw new IllegalStateException(INLINE + ":" + row.line() + ": expected one element name");
            }
            Matcher entry = Pattern.compile("(?m)^  " + name + ":[ \t]*\r?\n").matcher(rules);
            if (!entry.find()) {
                inline.append("  ").append(name).append(":\n    ruleTypes: [INLINE]\n");
            } else if (!entryText(rules, entry.end()).contains("ruleTypes:")) {
                rules = rules.substring(0, entry.end()) + "    ruleTypes: [INLINE]\n" + rules.substring(entry.end());
            }
        }
        Matcher elements = Pattern.compile("(?m)^elements:[ \t]*\r?\n").matcher(rules);
        if (!elements.find()) {
            throw new IllegalStateException("Okapi's HTML filter configuration has no 'elements:' section");
        }
        String all = rules.substring(0, elements.end()) + inline + rules.substring(elements.end());
        Matcher any = Pattern.compile("(?m)^  ([a-z][a-z0-9_.-]*):[ \t]*\r?\n").matcher(all);
        while (any.find()) {
            if (any.start() > elements.end() && !entryText(all, any.end()).contains("ruleTypes:")) {
                throw new IllegalStateException("Okapi's HTML rule for <" + any.group(1) + "> has no ruleTypes, on which its filter fails: "
                        + "give it one in " + INLINE);
            }
        }
        return all;
    }

    /** The lines of a rule entry of Okapi's YAML from {@code from} up to the next entry or section. */
    private static String entryText(String yaml, int from) {
        Matcher next = Pattern.compile("(?m)^ {0,2}[^ \t\r\n#]").matcher(yaml);
        return next.find(from) ? yaml.substring(from, next.start()) : yaml.substring(from);
    }

    private static IFilter docxFilter(boolean headersFooters) {
        OpenXMLFilter f = new OpenXMLFilter();
        f.getParameters().setTranslateDocProperties(false);
        f.getParameters().setTranslateWordHeadersFooters(headersFooters);
        f.getParameters().setTranslateComments(false);
        // Okapi would move the formatting common to a paragraph's runs into a paragraph style of its own
        // making ("P68B1DB1-Normal1") on writing: the same look, but a new style in the document and
        // runs without their own formatting; the original's structure is kept instead
        f.getParameters().setAllowWordStyleOptimisation(false);
        return f;
    }

    /** One line a paragraph, as written (for pre-segmented input); blank lines are kept as empty strings. */
    public static List<String> lines(Path file, String encoding) {
        return lines(file, encoding, null);
    }

    /** As {@link #lines(Path, String)}, for text in {@code languageTag} (checked as {@link TextFiles#decodeText} does). */
    public static List<String> lines(Path file, String encoding, String languageTag) {
        byte[] bytes = readChecked(file);
        String text = TextFiles.decodeText(file, bytes, encoding, languageTag);
        return text.lines().toList();
    }

    /** A file's bytes, after the checks every input gets (exists, is a file, readable, within the size limit). */
    public static byte[] bytes(Path file) {
        return readChecked(file);
    }

    static byte[] readChecked(Path file) {
        if (!Files.exists(file)) {
            throw TmshException.inFile(file, 0, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw TmshException.inFile(file, 0, "is a folder, not a file");
        }
        if (!Files.isReadable(file)) {
            throw TmshException.inFile(file, 0, "file is not readable (permissions)");
        }
        byte[] bytes;
        try {
            InputLimits.current().checkSize(file, Files.size(file));
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read file: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw TmshException.inFile(file, 0, "file is empty");
        }
        return bytes;
    }

    static String decode(Path file, byte[] bytes, String encoding) {
        return TextFiles.decode(file, bytes, encoding);
    }

    /**
     * The text units of a document as coded paragraphs; with {@code dropHead}, an HTML page's
     * {@code <title>} and {@code <meta>} contents are left out (see {@link #isHeadMetadata}).
     */
    private static List<CodedText> runFilter(Path file, Supplier<IFilter> filters, RawDocument raw, boolean dropHead) {
        List<CodedText> paras = new ArrayList<>();
        Map<String, String> referents = new HashMap<>();
        try (IFilter filter = filters.get(); RawDocument doc = raw) {
            filter.open(doc);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isDocumentPart() && event.getDocumentPart().isReferent()) {
                    DocumentPart dp = event.getDocumentPart();
                    referents.put(dp.getId(), withProperties(String.valueOf(dp.getSkeleton()), dp));
                } else if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    if (!tu.isTranslatable() || dropHead && isHeadMetadata(tu)) {
                        continue;
                    }
                    TextFragment content = tu.getSource().getUnSegmentedContentCopy();
                    String marked = InlineText.marked(content);
                    if (!InlineText.plain(marked).isEmpty()) {
                        paras.add(new CodedText(marked, codes(content, referents)));
                    }
                }
            }
        } catch (TmshException e) {
            throw e;
        } catch (RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw TmshException.inFile(file, 0, "cannot read document: " + firstLine(msg), e);
        }
        return paras;
    }

    /**
     * Whether an HTML text unit is the page's {@code <title>} (Okapi's type {@code title} on a unit
     * of its own; a {@code title} attribute is a unit referred to from its element's) or a
     * {@code <meta content>} (type {@code content}): page metadata, which a translated page often
     * rewrites (a site name, search-engine wording) and whose headline the body repeats.
     */
    private static boolean isHeadMetadata(ITextUnit tu) {
        return "title".equals(tu.getType()) && !tu.isReferent() || "content".equals(tu.getType()) && tu.isReferent();
    }

    private static final Pattern REFERENCE = Pattern.compile("\\[#\\$([^\\]@]+)\\]");
    private static final Pattern PROPERTY = Pattern.compile("\\[#\\$\\$self\\$@%([^\\]]+)\\]");

    /**
     * Each marker of {@code content} with its code's text in the original (a reference to a
     * document part, such as Okapi's stand-in for {@code <a href="...">}, resolved) and its kind.
     */
    private static Map<String, CodedText.Code> codes(TextFragment content, Map<String, String> referents) {
        Map<String, CodedText.Code> out = new HashMap<>();
        for (Code c : content.getCodes()) {
            String data = c.getOuterData() == null ? "" : c.getOuterData();
            data = REFERENCE.matcher(data).replaceAll(r -> Matcher.quoteReplacement(
                    referents.getOrDefault(r.group(1), r.group())));
            String marker = switch (c.getTagType()) {
                case OPENING -> "⟨" + c.getId() + "⟩";
                case CLOSING -> "⟨/" + c.getId() + "⟩";
                default -> "⟨" + c.getId() + "/⟩";
            };
            out.put(marker, new CodedText.Code(data, kind(c.getType())));
        }
        return out;
    }

    /** Okapi's code type as a TMX kind: {@code bold}, {@code italic}, {@code ulined}, {@code link}, or null. */
    private static String kind(String type) {
        if (type == null) {
            return null;
        }
        String t = type.toLowerCase(Locale.ROOT).replaceFirst("^x-", "").replaceFirst(";$", "");
        if (t.contains("bold") || t.equals("b") || t.equals("strong")) {
            return "bold";
        }
        if (t.contains("italic") || t.equals("i") || t.equals("em")) {
            return "italic";
        }
        if (t.contains("underline") || t.equals("u")) {
            return "ulined";
        }
        return t.equals("link") || t.equals("a") ? "link" : null;
    }

    /** A document part's skeleton with its own properties ({@code [#$$self$@%href]}) filled in. */
    private static String withProperties(String skeleton, DocumentPart dp) {
        return PROPERTY.matcher(skeleton).replaceAll(r -> {
            String name = r.group(1);
            Property p = dp.hasSourceProperty(name) ? dp.getSourceProperty(name) : dp.getProperty(name);
            return Matcher.quoteReplacement(p == null || p.getValue() == null ? "" : p.getValue());
        });
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * What the translator must know about how {@code file} was read, one sentence each (none for most
     * documents): a DOCX with tracked changes is read, translated and merged with every change
     * accepted (Okapi's Word filter reads it no other way), so its deletions are gone from the
     * translation and its insertions are plain text. Call after the document was read (it is valid then).
     */
    public static java.util.List<String> cautions(Path file) {
        if (!extension(file).equals("docx")) {
            return java.util.List.of();
        }
        try {
            TrackedChanges.Count c = TrackedChanges.of(file);
            if (!c.any()) {
                return java.util.List.of();
            }
            return java.util.List.of(file.getFileName() + " has tracked changes (" + plural(c.insertions(), "insertion")
                    + ", " + plural(c.deletions(), "deletion") + "): read as if every change were accepted, so the"
                    + " translation has the insertions as plain text and not the deleted text; to keep them apart,"
                    + " accept or reject the changes in Word first");
        } catch (IOException e) {
            return java.util.List.of(file.getFileName() + ": could not check for tracked changes: " + e.getMessage());
        }
    }

    private static String plural(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** Lower-case extension without the dot, or "" when there is none. */
    public static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
