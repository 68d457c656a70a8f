package org.tmsh.formats.tmx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.Xml;
import org.tmsh.common.TmshException;

/**
 * Writes TMX 1.4 files that CAT tools import: all seven header attributes, {@code xml:lang} on
 * every variant, the source variant first, UTC dates as {@code YYYYMMDDThhmmssZ}, and never an
 * XML-illegal character (they are dropped, since readers reject the whole file for one).
 *
 * <p>The file is written to a temporary sibling and moved into place on {@link #close()}, so a
 * failure never leaves a half-written TMX behind.
 */
public final class TmxWriter implements AutoCloseable {

    public static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path target;
    private final Path temp;
    private final Writer out;
    private final String srcLang;
    private final String tgtLang;
    private final String now;
    private boolean closed;
    private int units;

    /** A TMX file whose header names {@code srcLang} ({@code *all*} for a multilingual memory), of plain text. */
    public TmxWriter(Path target, String srcLang, String tgtLang, String toolVersion) {
        this(target, srcLang, tgtLang, toolVersion, "plaintext");
    }

    /**
     * The TMX 1.4 {@code datatype} of units from {@code document}, by its kind: {@code html} for HTML,
     * {@code xml} for DOCX and XLIFF (XML documents: their inline codes are XML), {@code plaintext} for
     * the rest; {@code unknown} (TMX's value for data of several kinds) when {@code documents} differ.
     */
    public static String datatype(java.util.Collection<Path> documents) {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (Path d : documents) {
            String n = d.getFileName() == null ? "" : d.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            String ext = n.lastIndexOf('.') < 0 ? "" : n.substring(n.lastIndexOf('.') + 1);
            kinds.add(switch (ext) {
                case "html", "htm", "xhtml" -> "html";
                case "docx", "xlf", "xliff", "xml" -> "xml";
                default -> "plaintext";
            });
        }
        return kinds.size() == 1 ? kinds.iterator().next() : kinds.isEmpty() ? "plaintext" : "unknown";
    }

    /** As above, the header's {@code datatype} given ({@link #datatype(java.util.Collection)}). */
    public TmxWriter(Path target, String srcLang, String tgtLang, String toolVersion, String datatype) {
        this.target = target.toAbsolutePath();
        this.srcLang = srcLang;
        this.tgtLang = tgtLang;
        this.now = TMX_DATE.format(Instant.now());
        Path t = null;
        try {
            t = AtomicFiles.tempSibling(this.target);
            temp = t;
            out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16);
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header");
            Xml.attribute(sb, "creationtool", "tmsh");
            Xml.attribute(sb, "creationtoolversion", toolVersion);
            Xml.attribute(sb, "segtype", "sentence");
            Xml.attribute(sb, "o-tmf", "tmsh");
            Xml.attribute(sb, "adminlang", "en");
            Xml.attribute(sb, "srclang", srcLang);
            Xml.attribute(sb, "datatype", datatype);
            Xml.attribute(sb, "creationdate", now);
            sb.append("/>\n  <body>");
            out.write(sb.toString());
        } catch (IOException e) {
            AtomicFiles.discard(t);
            throw TmshException.inFile(target, 0, "cannot write TMX: " + AtomicFiles.message(e), e);
        }
    }

    /** Writes one bilingual unit; {@code props} (may be empty) become {@code <prop type="...">}. */
    public void unit(String tuid, String source, String target, Map<String, String> props) {
        write(TmxUnit.pair(tuid, srcLang, source, tgtLang, target, props, now));
    }

    /** Writes a unit as it is ({@link TmxUnit#xml()}, read from TMX or made by {@link TmxUnit#pair}). */
    public void write(TmxUnit unit) {
        try {
            out.write("\n    ");
            out.write(unit.xml());
            units++;
        } catch (IOException e) {
            throw TmshException.inFile(this.target, 0, "cannot write TMX: " + AtomicFiles.message(e), e);
        }
    }

    public int units() {
        return units;
    }

    /** Finishes the document and moves it into place. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.write("\n  </body>\n</tmx>\n");
            out.close();
            AtomicFiles.commit(temp, target);
        } catch (IOException e) {
            abort();
            throw TmshException.inFile(target, 0, "cannot write TMX: " + AtomicFiles.message(e), e);
        }
    }

    /** Drops the partial file. */
    public void abort() {
        closed = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // the temporary file is removed below either way
        }
        AtomicFiles.discard(temp);
    }

    /** Removes characters XML 1.0 forbids (see {@link Xml#clean}). */
    public static String clean(String s) {
        return Xml.clean(s);
    }
}
