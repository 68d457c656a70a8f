package org.tmsh.common;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one byte-order-mark rule and the one way to open text, for every text reader of tmsh.
 *
 * <p>The rule: a byte order mark (UTF-8, UTF-16BE, UTF-16LE) decides the encoding and is skipped; if
 * the XML declaration or {@code --encoding} names another encoding, that is an error, not a guess.
 * A UTF-16 mark over bytes that are nearly all ASCII pairs (UTF-8 or ASCII text behind a wrong mark)
 * is an error too. Without a mark, XML starting with {@code 00 3C} or {@code 3C 00} is UTF-16; else
 * the declared encoding (XML declaration, or {@code --encoding} for other text) applies, else UTF-8.
 * Decoding is strict ({@link StrictDecoder}): a bad byte or a NUL is an error naming file and line.
 */
public final class TextFiles {

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final int HEAD = 1024;

    private TextFiles() {
    }

    /**
     * Refuses, with one line naming it, a {@code file} that is missing, not a regular file, or empty: what every
     * reader of a whole file (an XML file, an SQLite memory) says before it opens it.
     */
    public static void requireNonEmpty(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "file not found");
        }
        try {
            if (java.nio.file.Files.size(file) == 0) {
                throw TmshException.inFile(file, 0, "file is empty; nothing was changed");
            }
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Opens text that is not XML: {@code encoding} is what the user named ({@code --encoding}), null for
     * UTF-8 (or what a byte order mark says).
     */
    public static StrictDecoder reader(Path file, InputStream in, String encoding) throws IOException {
        Charset named = encoding == null || encoding.isBlank() ? null : charset(encoding);
        return open(file, in, named, "--encoding " + encoding, false);
    }

    /** Opens an XML document: the byte order mark, else the {@code 00 3C} pattern, else its declaration, else UTF-8. */
    public static StrictDecoder xmlReader(Path file, InputStream in) throws IOException {
        return open(file, in, null, null, true);
    }

    /** All of a text file's bytes decoded by the rule above ({@code encoding} as in {@link #reader}). */
    public static String decode(Path file, byte[] bytes, String encoding) {
        return decode(file, bytes, encoding,
                encoding == null ? "give the file's encoding with --encoding, for example --encoding windows-1252" : null);
    }

    /**
     * A document's text in {@code languageTag} (may be null), decoded as {@link #decode(Path, byte[], String)};
     * when the user named the encoding, text with no real share of letters of the language's script is
     * refused ({@link LanguageScripts}): the mojibake of a wrong {@code --encoding}.
     */
    public static String decodeText(Path file, byte[] bytes, String encoding, String languageTag) {
        String text = decode(file, bytes, encoding);
        if (encoding != null && !encoding.isBlank() && bom(java.util.Arrays.copyOf(bytes, Math.min(3, bytes.length))) == null) {
            LanguageScripts.check(file, text, languageTag, encoding);
        }
        return text;
    }

    /** As {@link #decode(Path, byte[], String)}, with {@code hint} (may be null) after a bad byte's message. */
    public static String decode(Path file, byte[] bytes, String encoding, String hint) {
        try (Reader r = reader(file, new ByteArrayInputStream(bytes), encoding)) {
            StringWriter w = new StringWriter(bytes.length);
            r.transferTo(w);
            return w.toString();
        } catch (StrictDecoder.BadBytes e) {
            throw badBytes(file, e, hint);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + AtomicFiles.message(e), e);
        }
    }

    /** One line for a bad byte: the file, the line, what is wrong, and {@code hint} (may be null). */
    public static TmshException badBytes(Path file, StrictDecoder.BadBytes e, String hint) {
        return TmshException.inFile(file, e.line(), e.what() + (hint == null || e.nul() ? "" : "; " + hint), e);
    }

    /** The charset {@code name} names, or one line saying it is unknown. */
    public static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new TmshException("unknown encoding '" + name + "' (for example UTF-8, windows-1252, ISO-8859-1, UTF-16)");
        }
    }

    private static StrictDecoder open(Path file, InputStream raw, Charset named, String namedBy, boolean xml) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, 1 << 16);
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        Charset bom = bom(head);
        if (xml && bom == null) {
            Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    named = Charset.forName(m.group(1));
                } catch (RuntimeException e) {
                    throw TmshException.inFile(file, 1, "unknown encoding '" + m.group(1) + "' in the XML declaration");
                }
            }
        } else if (xml) {
            Matcher m = DECLARED.matcher(new String(head, bom).replaceFirst("^\uFEFF", ""));
            if (m.find()) {
                named = Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
                namedBy = "the XML declaration (encoding=\"" + m.group(1) + "\")";
                if (named == null) {
                    throw TmshException.inFile(file, 1, "unknown encoding '" + m.group(1) + "' in the XML declaration");
                }
            }
        }
        Charset cs;
        if (bom != null) {
            if (named != null && !compatible(bom, named)) {
                throw TmshException.inFile(file, 1, "the byte order mark says " + bom.name() + " but " + namedBy
                        + " says " + named.name() + "; one of them is wrong");
            }
            if (bom != StandardCharsets.UTF_8 && asciiPairs(head)) {
                throw TmshException.inFile(file, 1, "a " + bom.name() + " byte order mark over bytes that are not "
                        + bom.name() + " (UTF-8 or ASCII text behind a wrong mark?)");
            }
            in.skipNBytes(bom == StandardCharsets.UTF_8 ? 3 : 2);
            cs = bom;
        } else if (xml && head.length >= 2 && head[0] == 0 && head[1] == '<') {
            cs = StandardCharsets.UTF_16BE;
        } else if (xml && head.length >= 2 && head[0] == '<' && head[1] == 0) {
            cs = StandardCharsets.UTF_16LE;
        } else {
            cs = named == null ? StandardCharsets.UTF_8 : named;
        }
        return new StrictDecoder(in, cs);
    }

    /** The encoding a byte order mark at the start of {@code head} names, or null. */
    public static Charset bom(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean compatible(Charset bom, Charset named) {
        return bom.equals(named) || (bom != StandardCharsets.UTF_8 && named.equals(StandardCharsets.UTF_16));
    }

    /**
     * True when nearly all 16-bit units after the mark are two printable ASCII bytes: real UTF-16 text
     * has a zero byte in each Latin letter and a byte above 0x7E in most others.
     */
    private static boolean asciiPairs(byte[] head) {
        int units = 0;
        int ascii = 0;
        for (int i = 2; i + 1 < head.length; i += 2) {
            units++;
            if (printable(head[i]) && printable(head[i + 1])) {
                ascii++;
            }
        }
        return units >= 4 && ascii * 10 >= units * 9;
    }

    private static boolean printable(byte b) {
        return b == '\t' || b == '\n' || b == '\r' || (b >= 0x20 && b <= 0x7E);
    }
}
