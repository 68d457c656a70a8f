package org.tmsh.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;

import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshException;

/**
 * Reads a document into its paragraphs of plain text through Okapi's filters, chosen by extension.
 *
 * <p>Plain text ({@code .txt}, or no extension): one paragraph a non-empty line. HTML: one paragraph
 * a block element. DOCX: one a Word paragraph. XLIFF: one a trans-unit's source. Inline codes are dropped.
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
        InputLimits limits = InputLimits.current();
        byte[] bytes = readChecked(file);
        String ext = extension(file);
        LocaleId locale = LocaleId.fromBCP47(languageTag);
        List<String> paras;
        switch (ext) {
            case "", "txt", "text" -> {
                String text = decode(file, bytes, encoding);
                paras = runFilter(file, PlainTextFilter::new, new RawDocument(text, locale));
            }
            case "html", "htm", "xhtml" -> {
                String text = decode(file, bytes, encoding);
                limits.checkHtmlDepth(file, text);
                paras = runFilter(file, HtmlFilter::new, new RawDocument(text, locale));
            }
            case "xlf", "xliff" -> {
                try {
                    limits.checkXmlDepth(file, file.getFileName().toString(), new java.io.ByteArrayInputStream(bytes));
                } catch (IOException e) {
                    throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
                }
                paras = runFilter(file, XLIFFFilter::new, new RawDocument(file.toUri(), "UTF-8", locale, LocaleId.EMPTY));
            }
            case "docx" -> {
                limits.checkZip(file);
                paras = runFilter(file, OpenXMLFilter::new, new RawDocument(file.toUri(), "UTF-8", locale));
            }
            default -> throw TmshException.inFile(file, 0, "unsupported file type '." + ext
                    + "' (tmsh reads " + String.join(", ", EXTENSIONS) + ")");
        }
        if (paras.isEmpty()) {
            throw TmshException.inFile(file, 0, "no text found in the document");
        }
        limits.checkParagraphs(file, paras);
        return paras;
    }

    /** One line a paragraph, as written (for pre-segmented input); blank lines are kept as empty strings. */
    public static List<String> lines(Path file, String encoding) {
        byte[] bytes = readChecked(file);
        String text = decode(file, bytes, encoding);
        return text.lines().toList();
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

    private static List<String> runFilter(Path file, Supplier<IFilter> filters, RawDocument raw) {
        List<String> paras = new ArrayList<>();
        try (IFilter filter = filters.get(); RawDocument doc = raw) {
            filter.open(doc);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit tu = event.getTextUnit();
                    if (!tu.isTranslatable()) {
                        continue;
                    }
                    String text = tu.getSource().getUnSegmentedContentCopy().getText();
                    text = text.replaceAll("[\\s\\u00A0]+", " ").strip();
                    if (!text.isEmpty()) {
                        paras.add(text);
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

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Lower-case extension without the dot, or "" when there is none. */
    public static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
