package org.tmsh.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import net.htmlparser.jericho.EndTag;
import net.htmlparser.jericho.HTMLElements;
import net.htmlparser.jericho.Segment;
import net.htmlparser.jericho.StartTag;
import net.htmlparser.jericho.StreamedSource;

import org.tmsh.common.TmshException;

/**
 * Bounds on what a document may hold, checked before Okapi's filters read it, so that a zip bomb or a
 * deeply nested page ends in one line naming the limit instead of running out of memory or time.
 *
 * <p>Each limit is a system property ({@code java -Dtmsh.limit.documentMb=1024 -jar tmsh.jar}):
 * {@code tmsh.limit.documentMb} [256] the size of a document, expanded for a DOCX (its zip entries'
 * bytes as actually inflated, not as their headers claim); {@code tmsh.limit.zipEntries} [10000] the
 * entries of a DOCX; {@code tmsh.limit.depth} [500] the element depth of XML in a DOCX and of HTML;
 * {@code tmsh.limit.segmentChars} [100000] the characters of one paragraph or segment;
 * {@code tmsh.limit.wordChars} [4000] the characters of one word (a run without white space) in a
 * segment or a query; {@code tmsh.limit.attributeChars} [1000000] the characters of one attribute value
 * of an XML file a user gives (TMX, XLIFF, TBX, MultiTerm XML).
 *
 * <p>Every reader applies them here: documents ({@link DocumentReader}: align, pretranslate, analyze),
 * bilingual files and TMX or tab-separated imports (each unit or row through {@link #segmentProblem},
 * skipped and counted as invalid when over a limit; XML nesting and attribute values as the file
 * streams to the parser through {@link #boundedXml}, DOCX parts through {@link #checkXmlDepth}), and the text of a TM query ({@link #checkQuery}). The word limit keeps every
 * index term of the embedded and the Solr TM under Lucene's 32,766 bytes (a word's key, folded, takes
 * at most three bytes a character, and a pair of keys is two of them) and every look-up automaton small.
 *
 * <p>NOTE: HTML depth is counted as browsers nest: elements without an end tag ({@code <br>}) do not
 * nest, and an element whose end tag may be left out ({@code <p>}, {@code <li>}) is closed by the start
 * tags that close it in HTML (a {@code <li>} closes an open {@code <p>} and {@code <li>}); stray end tags
 * are ignored. The scan is Jericho's streamed parser, linear in the size.
 */
public record InputLimits(long documentBytes, int zipEntries, int depth, int segmentChars, int wordChars,
                          int attributeChars) {

    static final String DOCUMENT_MB = "tmsh.limit.documentMb";
    static final String ZIP_ENTRIES = "tmsh.limit.zipEntries";
    static final String DEPTH = "tmsh.limit.depth";
    static final String SEGMENT_CHARS = "tmsh.limit.segmentChars";
    static final String WORD_CHARS = "tmsh.limit.wordChars";
    static final String ATTRIBUTE_CHARS = "tmsh.limit.attributeChars";

    /** The limits as the system properties set them now (defaults where unset). */
    public static InputLimits current() {
        return new InputLimits(property(DOCUMENT_MB, 256) << 20, (int) property(ZIP_ENTRIES, 10_000),
                (int) property(DEPTH, 500), (int) property(SEGMENT_CHARS, 100_000), (int) property(WORD_CHARS, 4_000),
                (int) property(ATTRIBUTE_CHARS, 1_000_000));
    }

    private static long property(String name, long dflt) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TmshException("system property " + name + "=" + v + " is not a positive whole number");
    }

    private static TmshException over(Path file, int line, String what, String property, Object limit) {
        return TmshException.inFile(file, line, what + " (limit " + property + "=" + limit
                + "; raise it with java -D" + property + "=N -jar tmsh.jar)");
    }

    /**
     * {@code in}, a text of lines of at most {@code cells} segments each (tab-separated pairs), refusing a
     * line longer than {@code cells} segments of {@code segmentChars} could be, as it is read: a line is
     * otherwise read whole before its cells are checked, so one endless line (a gzip bomb of one line)
     * would end in running out of memory instead of one line naming the limit. The check scans each block
     * read for line ends; it does not copy.
     */
    public java.io.Reader boundedLines(Path file, java.io.Reader in, int cells) {
        long max = (long) cells * segmentChars + cells + 1;
        return new ScanningReader(in) {
            private long run;
            private int line = 1;

            @Override
            protected void step(char c) {
                if (c == '\n') {
                    line++;
                    run = 0;
                } else if (++run > max) {
                    throw over(file, line, "a line of more than " + max + " characters, longer than " + cells
                            + " segments may be; nothing was changed", SEGMENT_CHARS, segmentChars);
                }
            }
        };
    }

    /**
     * {@code in}, the characters of the XML file {@code file} on their way to a parser, refused in one
     * line as soon as an element is nested deeper than {@code depth} or an attribute value (or a quoted
     * value of a declaration) passes {@code attributeChars} ({@link XmlBounds}): every reader of an XML
     * file a user gives (TMX, XLIFF, TBX, MultiTerm XML) opens it through here.
     */
    public java.io.Reader boundedXml(Path file, java.io.Reader in) {
        return new XmlBounds(file, in, this);
    }

    /** An attribute value longer than the limit at {@code line} of {@code file}. */
    TmshException attributeTooLong(Path file, int line) {
        return over(file, line, String.format(Locale.ROOT, "an attribute value of more than %,d characters; nothing was"
                + " changed", attributeChars), ATTRIBUTE_CHARS, attributeChars);
    }

    /** A plain document of {@code size} bytes. */
    void checkSize(Path file, long size) {
        if (size > documentBytes) {
            throw over(file, 0, "the document has " + (size >> 20) + " MB, more than the limit", DOCUMENT_MB, documentBytes >> 20);
        }
    }

    /** A DOCX (any zip): its entries, their inflated bytes and the depth of its XML parts. */
    void checkZip(Path file) {
        checkArchive(file, "word/document.xml", "a Word document");
    }

    /**
     * An Office Open XML archive (a DOCX, an XLSX) that must hold {@code part} to be {@code what}: its
     * entries, their bytes as actually inflated, the depth of its XML parts, and no DOCTYPE in them.
     */
    public void checkArchive(Path file, String part, String what) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > zipEntries) {
                throw over(file, 0, "the archive has " + zip.size() + " entries, more than the limit", ZIP_ENTRIES, zipEntries);
            }
            if (zip.getEntry(part) == null) {
                throw TmshException.inFile(file, 0, "not " + what + ": the archive has no " + part
                        + (part.startsWith("word/") ? ", the part that holds a DOCX's text" : ""));
            }
            checkNoLinks(file);
            long[] total = {0};
            Set<String> names = new java.util.HashSet<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                checkEntryName(file, e.getName(), names);
                try (InputStream in = new Bounded(zip.getInputStream(e), total, file)) {
                    String n = e.getName().toLowerCase(Locale.ROOT);
                    if (n.endsWith(".xml") || n.endsWith(".rels")) {
                        checkXml(file, e.getName(), in, true);
                    } else {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            }
        } catch (ZipException e) {
            throw TmshException.inFile(file, 0, "not a valid " + (part.startsWith("word/") ? "DOCX" : "XLSX")
                    + " (zip) file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * A zip entry's name must be a part name as Office writes them: relative, with '/' between
     * non-empty segments none of which is {@code .} or {@code ..}, and not the name of an earlier entry
     * (compared without case, as Office compares part names). Such entries are how an archive escapes
     * its folder when unpacked (zip-slip) or shows one reader another text than the next: tmsh never
     * unpacks a DOCX, but a merge would copy them into the client's document, and with two entries of
     * one name Okapi reads one and Word another.
     */
    private static void checkEntryName(Path file, String name, Set<String> seen) {
        String why = null;
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0
                || name.indexOf('\0') >= 0) {
            why = "is not a relative name with '/' between its folders";
        } else {
            String[] parts = name.split("/", -1);
            for (int i = 0; i < parts.length; i++) {
                boolean lastOfFolder = i == parts.length - 1 && name.endsWith("/");
                if (parts[i].equals(".") || parts[i].equals("..") || (parts[i].isEmpty() && !lastOfFolder)) {
                    why = "has a '" + parts[i] + "' step, which would reach outside the document's folder";
                    break;
                }
            }
        }
        if (why == null && !seen.add(name.toLowerCase(Locale.ROOT))) {
            why = "is in the archive twice (readers would disagree on which one is the document)";
        }
        if (why != null) {
            throw TmshException.inFile(file, 0, "not a valid DOCX: the archive's entry '" + printable(name) + "' " + why
                    + "; nothing was read from it");
        }
    }

    /**
     * No entry of the archive is a symbolic link (its Unix mode, in the central directory, says so): an
     * Office document has none, and a tool that unpacks the archive (or tmsh's merge, copying it into the
     * client's document) would carry a link to wherever it points. Java's own zip reader does not show the
     * mode; Commons Compress reads it from the central directory without inflating anything.
     */
    private static void checkNoLinks(Path file) throws IOException {
        try (org.apache.commons.compress.archivers.zip.ZipFile zip = org.apache.commons.compress.archivers.zip.ZipFile
                .builder().setPath(file).setIgnoreLocalFileHeader(true).get()) {
            Enumeration<org.apache.commons.compress.archivers.zip.ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                org.apache.commons.compress.archivers.zip.ZipArchiveEntry e = entries.nextElement();
                if (e.isUnixSymlink()) {
                    throw TmshException.inFile(file, 0, "not a valid " + (file.toString().toLowerCase(Locale.ROOT)
                            .endsWith(".xlsx") ? "XLSX" : "DOCX") + ": the archive's entry '" + printable(e.getName())
                            + "' is a symbolic link (an Office document has none); nothing was read from it");
                }
            }
        }
    }

    /** {@code s} with control characters shown as {@code \\uXXXX}, for a message on one line. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return s.length() > 200 ? sb + "..." : sb.toString();
    }

    /**
     * An XML document or part ({@code part} names it in the message; null: the file itself): element
     * depth, and no DTD that declares entities (the way to an external entity or an entity bomb).
     */
    public void checkXmlDepth(Path file, String part, InputStream in) throws IOException {
        checkXml(file, part, in, false);
    }

    /** As {@link #checkXmlDepth}; {@code inZip}: a part of a DOCX, where any DTD is refused (OPC allows none). */
    private void checkXml(Path file, String part, InputStream in, boolean inZip) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader x = f.createXMLStreamReader(in);
            int d = 0;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.DTD && (inZip || x.getText().contains("<!ENTITY"))) {
                    throw TmshException.inFile(file, 0, (part == null ? "" : part + ": ") + "line "
                            + x.getLocation().getLineNumber() + ": a DOCTYPE declaration" + (inZip ? " (an Office document has none)" : " with entities")
                            + "; tmsh reads no DTD and no entity in documents, so as never to fetch an external file");
                }
                if (ev == XMLStreamConstants.START_ELEMENT && ++d > depth) {
                    if (part == null) {
                        throw tooDeep(file, x.getLocation().getLineNumber());
                    }
                    throw over(file, 0, part + ": line " + x.getLocation().getLineNumber() + ": elements nested more than "
                            + depth + " deep", DEPTH, depth);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    d--;
                }
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof TmshException t) {
                throw t;
            }
            // malformed XML is Okapi's to report; only the limits are checked here
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
        }
    }

    /** HTML: element depth as browsers nest (see the class NOTE). */
    void checkHtmlDepth(Path file, CharSequence html) {
        Set<String> forbidden = HTMLElements.getEndTagForbiddenElementNames();
        Set<String> optional = HTMLElements.getEndTagOptionalElementNames();
        Deque<String> open = new ArrayDeque<>();
        int line = 1;
        int at = 0;
        try (StreamedSource s = new StreamedSource(html)) {
            s.setLogger(null);
            for (Segment seg : s) {
                if (seg instanceof StartTag st && !st.isSyntacticalEmptyElementTag() && !forbidden.contains(st.getName())) {
                    while (!open.isEmpty() && optional.contains(open.peek())
                            && terminating(open.peek()).contains(st.getName())) {
                        open.pop();
                    }
                    open.push(st.getName());
                    if (open.size() > depth) {
                        for (; at < seg.getBegin(); at++) {
                            if (html.charAt(at) == '\n') {
                                line++;
                            }
                        }
                        throw over(file, line, "elements nested more than " + depth + " deep", DEPTH, depth);
                    }
                } else if (seg instanceof EndTag et && open.contains(et.getName())) {
                    while (!open.pop().equals(et.getName())) {
                        // close the elements left open inside it
                    }
                }
            }
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Set<String> terminating(String name) {
        Set<String> s = HTMLElements.getTerminatingStartTagNames(name);
        return s == null ? Set.of() : s;
    }

    /** No paragraph longer than the segment limit, and no word longer than the word limit. */
    public void checkParagraphs(Path file, List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            checkParagraph(file, i + 1, paragraphs.get(i));
        }
    }

    /** Paragraph {@code number} (1-based) of {@code file}: within the segment and the word limit. */
    public void checkParagraph(Path file, int number, String p) {
        if (p.length() > segmentChars) {
            throw over(file, 0, "paragraph " + number + " has " + p.length()
                    + " characters, more than the limit", SEGMENT_CHARS, segmentChars);
        }
        int word = longestWord(p);
        if (word > wordChars) {
            throw over(file, 0, "paragraph " + number + " has a word of " + word
                    + " characters, more than the limit", WORD_CHARS, wordChars);
        }
    }

    /**
     * Why one segment of an import (a TMX variant, a row, a bilingual entry) is over a limit, naming
     * the limit and its property; null when it is within them. The caller skips the unit as invalid.
     */
    public String segmentProblem(String text) {
        if (text.length() > segmentChars) {
            return String.format(java.util.Locale.ROOT, "a segment of %,d characters, more than the limit of %,d (%s)",
                    text.length(), segmentChars, SEGMENT_CHARS);
        }
        int word = longestWord(text);
        if (word > wordChars) {
            return String.format(java.util.Locale.ROOT, "a word of %,d characters, more than the limit of %,d (%s)",
                    word, wordChars, WORD_CHARS);
        }
        return null;
    }

    /** The text of a TM query ({@code what}: "the search text"): refused over a limit, in one line. */
    public void checkQuery(String what, String text) {
        String problem = segmentProblem(text);
        if (problem != null) {
            throw new TmshException(what + " has " + problem + "; raise it with java -D"
                    + (problem.contains(WORD_CHARS) ? WORD_CHARS : SEGMENT_CHARS) + "=N -jar tmsh.jar");
        }
    }

    /** Elements nested deeper than the limit at {@code line} of {@code file} (a streaming reader counts). */
    public TmshException tooDeep(Path file, int line) {
        return over(file, line, "elements nested more than " + depth + " deep", DEPTH, depth);
    }

    /** The characters of the longest run without white space in {@code text}. */
    static int longestWord(String text) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                best = Math.max(best, run);
                run = 0;
            } else {
                run++;
            }
        }
        return Math.max(best, run);
    }

    /** Counts inflated bytes across a zip's entries and stops at the limit. */
    private final class Bounded extends FilterInputStream {
        private final long[] total;
        private final Path file;

        Bounded(InputStream in, long[] total, Path file) {
            super(in);
            this.total = total;
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            total[0] += n;
            if (total[0] > documentBytes) {
                throw over(file, 0, "the archive expands to more than " + (documentBytes >> 20) + " MB", DOCUMENT_MB,
                        documentBytes >> 20);
            }
        }
    }
}
