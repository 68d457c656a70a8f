package org.tmsh.jobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The round-trip suite's documents and how their text and formatting are compared: a DOCX as its
 * parts' paragraphs, each a list of runs (text with {@code \t} for a tab and {@code \n} for a soft
 * break, and the run's formatting: bold, italic, superscript, the hyperlink's target), neighbouring
 * runs of the same formatting joined (Okapi's writer joins them, Word shows no difference); an HTML
 * page as its tokens (each tag with its attributes, each text with its entities decoded).
 */
public final class RoundTripDocs {

    public static final Path DIR = Path.of("src/test/resources/roundtrip");

    private RoundTripDocs() {
    }

    /** A DOCX in {@code dir} zipped from the folder {@code name.d} of the suite's resources. */
    public static Path docx(String name, Path dir) throws IOException {
        Path parts = DIR.resolve(name + ".d");
        Path out = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out)); Stream<Path> files = Files.walk(parts)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(parts.relativize(p).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
        }
        return out;
    }

    /** A DOCX {@code out} zipped from a folder of XML parts. */
    public static Path docx(Path parts, Path out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out)); Stream<Path> files = Files.walk(parts)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(parts.relativize(p).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
        }
        return out;
    }

    /**
     * A plain-text document's lines as an HTML page and as a DOCX in {@code dir} ({@code NAME.html},
     * {@code NAME.docx}): one paragraph a line, the first word bold, the space after each full stop
     * a run (DOCX) or a line break and indent (HTML) of its own, so that every paragraph of several
     * sentences has white space of its own between them.
     */
    public static List<Path> asHtmlAndDocx(Path txt, Path dir, String name) throws IOException {
        List<String> lines = Files.readAllLines(txt).stream().filter(l -> !l.isBlank()).toList();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\">\n<head><meta charset=\"utf-8\"><title>")
                .append(escape(lines.get(0))).append("</title></head>\n<body>\n");
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            int sp = line.indexOf(' ');
            String first = sp < 0 ? line : line.substring(0, sp);
            String rest = sp < 0 ? "" : line.substring(sp);
            html.append("<p><b>").append(escape(first)).append("</b>").append(escape(rest).replace(". ", ".\n   ")).append("</p>\n");
            body.append("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>").append(escape(first)).append("</w:t></w:r>");
            String space = "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>";
            List<String> runs = new ArrayList<>();
            for (String piece : rest.split("(?<=\\.) ", -1)) {
                if (!piece.isEmpty()) {
                    runs.add("<w:r><w:t xml:space=\"preserve\">" + escape(piece) + "</w:t></w:r>");
                }
            }
            body.append(String.join(space, runs));
            body.append("</w:p>\n");
        }
        html.append("</body>\n</html>\n");
        Path h = Files.writeString(dir.resolve(name + ".html"), html);
        Path parts = Files.createDirectories(dir.resolve(name + ".docx.d"));
        Files.createDirectories(parts.resolve("_rels"));
        Files.createDirectories(parts.resolve("word/_rels"));
        Files.copy(DIR.resolve("minutes.de.docx.d/[Content_Types].xml"), parts.resolve("[Content_Types].xml"));
        Files.copy(DIR.resolve("minutes.de.docx.d/_rels/.rels"), parts.resolve("_rels/.rels"));
        Files.writeString(parts.resolve("word/_rels/document.xml.rels"), "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
        Files.writeString(parts.resolve("word/document.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\n" + body
                + "<w:sectPr/></w:body></w:document>\n");
        return List.of(h, docx(parts, dir.resolve(name + ".docx")));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * A document as the pieces the suite compares: TXT lines, HTML tokens, DOCX paragraphs (each
     * part's, as a run list), XLIFF lines; {@code words} maps the text of the parts a round trip
     * translates (not a DOCX's headers, not an HTML page's navigation and footer), and an expected
     * page declares the target's language as Okapi's writer does.
     */
    public static List<String> pieces(Path doc, UnaryOperator<String> words, boolean expected) throws Exception {
        String name = doc.getFileName().toString();
        if (name.endsWith(".docx")) {
            List<String> out = new ArrayList<>();
            mapped(docxRuns(doc), words, part -> !part.contains("header") && !part.contains("footer")).forEach((part, paras) -> paras.forEach(p -> out.add(part + " " + p)));
            return out;
        }
        String text = Files.readString(doc);
        if (name.endsWith(".html")) {
            return htmlTokens(text, words, words).stream().map(t -> expected ? t.replace("{lang=de}", "{lang=en}") : t).toList();
        }
        return text.lines().map(words).toList();
    }

    /** One run: its text and its formatting. */
    public record Run(String text, String format) {
    }

    /** The paragraphs of each Word part that holds text (document, footnotes, headers, footers), by part name. */
    public static TreeMap<String, List<List<Run>>> docxRuns(Path docx) throws Exception {
        TreeMap<String, List<List<Run>>> out = new TreeMap<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String rels = new String(zip.getInputStream(zip.getEntry("word/_rels/document.xml.rels")).readAllBytes(),
                    StandardCharsets.UTF_8);
            ZipEntry stylesPart = zip.getEntry("word/styles.xml");
            java.util.Map<String, java.util.Set<String>> styles = stylesPart == null ? java.util.Map.of()
                    : styles(zip.getInputStream(stylesPart).readAllBytes());
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().matches("word/(document|footnotes|header\\d*|footer\\d*)\\.xml")) {
                    out.put(e.getName(), paragraphs(zip.getInputStream(e).readAllBytes(), rels, styles));
                }
            }
        }
        return out;
    }

    /** The same paragraphs with each run's text mapped. */
    public static TreeMap<String, List<List<Run>>> mapped(TreeMap<String, List<List<Run>>> parts, UnaryOperator<String> words,
                                                   java.util.function.Predicate<String> partsMapped) {
        TreeMap<String, List<List<Run>>> out = new TreeMap<>();
        parts.forEach((part, paras) -> out.put(part, paras.stream().map(p -> p.stream()
                .map(r -> partsMapped.test(part) && !r.format().startsWith(FIELD) ? new Run(words.apply(r.text()), r.format()) : r)
                .toList()).toList()));
        return out;
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * The format's mark of a run in the result of a complex field other than a link ({@code DATE}, {@code PAGEREF}
     * ...): Okapi's Word filter, as tmsh sets it up, does not extract such a result (Word computes it again: "Update
     * field"), so a translation leaves it as it was. A {@code TOC} field's own text (a contents entry, not its page
     * number) is expected translated: merge writes the heading's translation there.
     */
    static final String FIELD = "field:";

    /**
     * The runs of a part that stand in the result of a complex field other than {@code HYPERLINK} and {@code TOC}
     * (a run of a {@code TOC}'s result inside another field, a page number's {@code PAGEREF}, is one), with the
     * field's name; fields may nest and span paragraphs.
     */
    private static java.util.Map<Element, String> fieldResults(org.w3c.dom.Document doc) {
        java.util.Map<Element, String> out = new java.util.IdentityHashMap<>();
        java.util.Deque<String[]> open = new java.util.ArrayDeque<>(); // {instruction, "result" once separated}
        var all = doc.getElementsByTagNameNS(W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            switch (e.getLocalName()) {
                case "fldChar" -> {
                    switch (e.getAttributeNS(W, "fldCharType")) {
                        case "begin" -> open.push(new String[] {"", ""});
                        case "separate" -> {
                            if (!open.isEmpty()) {
                                open.peek()[1] = "result";
                            }
                        }
                        case "end" -> open.poll();
                        default -> { }
                    }
                }
                case "instrText" -> {
                    if (!open.isEmpty()) {
                        open.peek()[0] += e.getTextContent();
                    }
                }
                case "r" -> {
                    for (String[] f : open) {
                        String name = f[0].strip().split("\\s+")[0];
                        if (f[1].equals("result") && name.equalsIgnoreCase("TOC")) {
                            break; // a contents entry's own text: merge writes its heading's translation there (WordToc)
                        }
                        if (f[1].equals("result") && !name.equalsIgnoreCase("HYPERLINK")) {
                            out.put(e, name);
                            break;
                        }
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    /**
     * The run formatting each paragraph style gives ({@code Heading1}: bold): a run's own bold in a bold
     * heading shows nothing more, and Okapi's writer drops it; the comparison counts the style's too.
     */
    private static java.util.Map<String, java.util.Set<String>> styles(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        var all = doc.getElementsByTagNameNS(W, "style");
        for (int i = 0; i < all.getLength(); i++) {
            Element style = (Element) all.item(i);
            java.util.Set<String> props = new java.util.TreeSet<>();
            var rprs = style.getElementsByTagNameNS(W, "rPr");
            if (rprs.getLength() > 0) {
                properties((Element) rprs.item(0), props);
            }
            out.put(style.getAttributeNS(W, "styleId"), props);
        }
        return out;
    }

    /** The formatting of a run's properties the comparison looks at; complex-script bold and italic count as bold and italic. */
    private static void properties(Element rpr, java.util.Set<String> props) {
        for (Node p = rpr.getFirstChild(); p != null; p = p.getNextSibling()) {
            if (p instanceof Element pe && List.of("b", "i", "u", "vertAlign", "bCs", "iCs").contains(pe.getLocalName())) {
                String val = pe.getAttributeNS(W, "val");
                if (val.equals("false") || val.equals("0") || val.equals("none")) {
                    continue;
                }
                props.add(pe.getLocalName().replace("Cs", "") + val);
            }
        }
    }

    private static List<List<Run>> paragraphs(byte[] xml, String rels, java.util.Map<String, java.util.Set<String>> styles)
            throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        List<List<Run>> out = new ArrayList<>();
        var ps = doc.getElementsByTagNameNS("*", "p");
        java.util.Map<Element, String> fields = fieldResults(doc);
        List<Run> joined = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            Element para = (Element) ps.item(i);
            if (unread(para)) {
                continue;
            }
            List<Run> runs = joined;
            joined = new ArrayList<>();
            java.util.Set<String> fromStyle = java.util.Set.of();
            for (Node c = para.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element ppr && ppr.getLocalName().equals("pPr")) {
                    var ps2 = ppr.getElementsByTagNameNS(W, "pStyle");
                    if (ps2.getLength() > 0) {
                        fromStyle = styles.getOrDefault(((Element) ps2.item(0)).getAttributeNS(W, "val"), java.util.Set.of());
                    }
                }
            }
            collect(para, "", runs, rels, fromStyle, fields);
            if (markDeleted(para)) {
                joined = runs; // a deleted paragraph mark, accepted: the paragraph runs on into the next
            } else {
                out.add(runs);
            }
        }
        if (!joined.isEmpty()) {
            out.add(joined);
        }
        return out;
    }

    /**
     * Whether a paragraph is in a part of the document a current reader does not show: the fallback copy
     * of a text box or shape ({@code mc:Fallback}, VML for readers older than Word 2010, which Okapi's
     * writer drops; Word and LibreOffice read the {@code mc:Choice}), or text moved away ({@code w:moveFrom})
     * or deleted, which merge accepts.
     */
    static boolean unread(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element up; n = up.getParentNode()) {
            if (List.of("Fallback", "moveFrom", "del").contains(up.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a paragraph's mark is a tracked deletion ({@code w:pPr/w:rPr/w:del}). */
    private static boolean markDeleted(Element para) {
        for (Node c = para.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ppr && ppr.getLocalName().equals("pPr")) {
                for (Node r = ppr.getFirstChild(); r != null; r = r.getNextSibling()) {
                    if (r instanceof Element rpr && rpr.getLocalName().equals("rPr")
                            && (rpr.getElementsByTagNameNS(W, "del").getLength() > 0
                            || rpr.getElementsByTagNameNS(W, "moveFrom").getLength() > 0)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void collect(Element e, String link, List<Run> runs, String rels, java.util.Set<String> fromStyle,
                                java.util.Map<Element, String> fields) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element el)) {
                continue;
            }
            switch (el.getLocalName()) {
                case "hyperlink" -> collect(el, target(rels, el.getAttributeNS(
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id")), runs, rels, fromStyle, fields);
                case "r" -> run(el, fields.containsKey(el) ? FIELD + fields.get(el) + " " + link : link, runs, fromStyle);
                case "p" -> { } // a nested paragraph (a text box) is a paragraph of its own
                case "del", "moveFrom", "Fallback" -> { } // see unread
                default -> collect(el, link, runs, rels, fromStyle, fields);
            }
        }
    }

    private static void run(Element r, String link, List<Run> runs, java.util.Set<String> fromStyle) {
        java.util.Set<String> props = new java.util.TreeSet<>(fromStyle);
        StringBuilder text = new StringBuilder();
        for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element el)) {
                continue;
            }
            switch (el.getLocalName()) {
                case "rPr" -> properties(el, props);
                // without xml:space="preserve", Word and LibreOffice do not show a w:t's edge white space
                case "t" -> text.append("preserve".equals(el.getAttributeNS(XMLConstants.XML_NS_URI, "space"))
                        ? el.getTextContent() : el.getTextContent().replaceAll("^[ \t\r\n]+|[ \t\r\n]+$", ""));
                // Word 2016's symbol extension (an emoji) in a choice: the character it names, as Word shows it
                case "AlternateContent" -> {
                    for (Node ch = el.getFirstChild(); ch != null; ch = ch.getNextSibling()) {
                        for (Node x = ch instanceof Element ce && ce.getLocalName().equals("Choice") ? ch.getFirstChild() : null;
                             x != null; x = x.getNextSibling()) {
                            if (x instanceof Element sym && sym.getLocalName().equals("symEx")) {
                                text.appendCodePoint(Integer.parseInt(sym.getAttributeNS(
                                        "http://schemas.microsoft.com/office/word/2015/wordml/symex", "char"), 16));
                            }
                        }
                    }
                }
                case "tab" -> text.append('\t');
                case "br", "cr" -> text.append('\n');
                case "footnoteReference", "footnoteRef" -> text.append("[FN]");
                default -> { }
            }
        }
        String fmt = ((link.isEmpty() ? "" : link.startsWith(FIELD) ? link.strip() : "link:" + link) + " " + String.join(" ", props)).strip();
        if (!runs.isEmpty() && runs.get(runs.size() - 1).format().equals(fmt)) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(last.text() + text, fmt));
        } else if (text.length() > 0) {
            runs.add(new Run(text.toString(), fmt));
        }
    }

    private static String target(String rels, String id) {
        Matcher m = Pattern.compile("Id=\"" + Pattern.quote(id) + "\"[^>]*Target=\"([^\"]*)\"").matcher(rels);
        return m.find() ? m.group(1) : "?" + id;
    }

    private static final Pattern TAG = Pattern.compile(
            // possessive: a run of plain characters is one step, not one recursion a character (a long tag overflowed the stack)
            "<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>|<!--.*?-->|<![^>]*>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");

    /** The elements tmsh leaves out of a page, as its rules file lists them ({@code element} rows). */
    private static final java.util.Set<String> FURNITURE = furniture();

    private static java.util.Set<String> furniture() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.tmsh.common.RuleFiles.Row row : org.tmsh.common.RuleFiles.read(org.tmsh.document.DocumentReader.FURNITURE, 2)) {
            if (row.get(0).strip().equals("element")) {
                out.add(row.get(1).strip());
            }
        }
        return out;
    }

    private static final Pattern NO_TRANSLATE = Pattern.compile("(?i)\\btranslate\\s*=\\s*[\"']?no\\b");
    private static final java.util.Set<String> VOID = java.util.Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    /**
     * An HTML page as tokens: {@code <name attr="value" ...>} (names lower-cased, attributes sorted,
     * values decoded), {@code </name>}, and the text between tags decoded; comments and the doctype
     * left out, white space runs made one space as a browser shows them. {@code text} maps each text token found outside
     * {@code script} and {@code style}, the page furniture tmsh leaves alone ({@code nav}, {@code footer}, {@code form} ...:
     * the {@code element} rows of its rules file) and elements marked {@code translate="no"}.
     */
    public static List<String> htmlTokens(String html, UnaryOperator<String> text, UnaryOperator<String> attributes) {
        List<String> out = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        int at = 0;
        int furniture = 0;
        java.util.Deque<String[]> held = new java.util.ArrayDeque<>();
        while (m.find()) {
            // HTML shows a run of white space as one space (no pre in these pages)
            String between = decode(html.substring(at, m.start()).replaceAll("[ \t\r\n]+", " "));
            boolean blankInside = between.isBlank() && !out.isEmpty() && m.group(1) != null && !m.group(1).isEmpty()
                    && out.get(out.size() - 1).matches("<(p|li|td|th|h[1-6]|div)\\b.*");
            if (!between.isEmpty() && !blankInside) {
                // white space alone inside an element (<p>   </p>) shows as nothing; Okapi's writer drops it
                out.add(furniture > 0 ? between : text.apply(between));
            }
            at = m.end();
            if (m.group(2) == null) {
                continue;
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            if (List.of("script", "style").contains(name)) {
                furniture += closing ? -1 : 1;
            }
            // an element tmsh leaves out (html-furniture.txt's elements) or that says translate="no" (Okapi's filter
            // keeps it as it is), until its own end tag (same-named elements inside it counted)
            if (!held.isEmpty() && held.peek()[0].equals(name)) {
                if (!closing) {
                    held.peek()[1] = String.valueOf(Integer.parseInt(held.peek()[1]) + 1);
                } else if (held.peek()[1].equals("0")) {
                    held.pop();
                    furniture--;
                } else {
                    held.peek()[1] = String.valueOf(Integer.parseInt(held.peek()[1]) - 1);
                }
            } else if (!closing && !VOID.contains(name) && !m.group(3).endsWith("/")
                    && (FURNITURE.contains(name) || NO_TRANSLATE.matcher(m.group(3)).find())) {
                held.push(new String[] {name, "0"});
                furniture++;
            }
            TreeMap<String, String> attrs = new TreeMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(3).replaceFirst("/\\s*$", ""));
            while (a.find()) {
                String v = a.group(2) == null ? "" : a.group(2).replaceAll("^[\"']|[\"']$", "");
                String key = a.group(1).toLowerCase(Locale.ROOT);
                if (key.equals("charset")) {
                    v = v.toLowerCase(Locale.ROOT); // UTF-8 and utf-8 are one encoding
                }
                attrs.put(key, v);
            }
            boolean furnished = furniture > 0;
            java.util.Map<String, String> raw = java.util.Map.copyOf(attrs);
            attrs.replaceAll((key, v) -> furnished || !translatable(name, key, raw) ? decode(v) : attributes.apply(decode(v)));
            out.add((closing ? "</" : "<") + name + (attrs.isEmpty() ? "" : " " + attrs) + ">");
        }
        String rest = decode(html.substring(at));
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /**
     * Every character reference and HTML 4 named entity decoded (Okapi's writer writes {@code &auml;} as
     * {@code ä}); a named one without its semicolon too ({@code &raquo}), as a browser reads it.
     */
    private static String decode(String s) {
        String closed = s.indexOf('&') < 0 ? s : BARE_ENTITY.matcher(s).replaceAll(r ->
                org.apache.commons.text.StringEscapeUtils.unescapeHtml4(r.group() + ";").length() == 1
                        ? Matcher.quoteReplacement(r.group() + ";") : Matcher.quoteReplacement(r.group()));
        return org.apache.commons.text.StringEscapeUtils.unescapeHtml4(closed).replace("&apos;", "'");
    }

    private static final Pattern BARE_ENTITY = Pattern.compile("&[a-zA-Z]+[0-9]*(?![;a-zA-Z0-9=])");

    /**
     * The attributes Okapi's HTML filter (the rules tmsh reads pages with) gives a translator, by its
     * own configuration: {@code alt}, {@code title}, {@code abbr}, {@code summary}, {@code label} ... on
     * any element, and a {@code <meta>}'s {@code content} when its {@code name} is one the rules list.
     */
    private static final java.util.Set<String> TRANSLATABLE = new java.util.HashSet<>();
    private static final java.util.Set<String> META_NAMES = new java.util.HashSet<>();

    static {
        try (java.io.InputStream in = net.sf.okapi.filters.html.HtmlFilter.class.getResourceAsStream("nonwellformedConfiguration.yml")) {
            String yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher list = Pattern.compile("translatableAttributes: \\[([^\\]]*)\\]").matcher(yml);
            while (list.find()) {
                for (String a : list.group(1).split(",")) {
                    TRANSLATABLE.add(a.strip().toLowerCase(Locale.ROOT));
                }
            }
            Matcher meta = Pattern.compile("translatableAttributes: \\{content: .*\\[name, EQUALS, \\[([^\\]]*)\\]").matcher(yml);
            while (meta.find()) {
                for (String a : meta.group(1).split(",")) {
                    META_NAMES.add(a.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Okapi's HTML filter configuration is missing", e);
        }
    }

    private static boolean translatable(String element, String attribute, java.util.Map<String, String> attrs) {
        if (attribute.equals("content")) {
            return element.equals("meta") && META_NAMES.contains(attrs.getOrDefault("name", "").toLowerCase(Locale.ROOT));
        }
        return TRANSLATABLE.contains(attribute);
    }
}
