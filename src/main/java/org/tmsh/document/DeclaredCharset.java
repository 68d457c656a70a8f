package org.tmsh.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.TextFiles;

/**
 * The encoding an HTML page declares for itself, in {@code <meta charset="...">}, in
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=...">} or in an XHTML page's XML
 * declaration, within its first kilobytes (where the HTML standard has a browser look for it).
 *
 * <p>A page without {@code --encoding} was read as UTF-8 only, so a page in windows-1252 that says so
 * was refused at its first accented letter. Now its declaration is taken, as a browser takes it, when the
 * page is not UTF-8: a byte-order mark, or bytes that are valid UTF-8 (plain ASCII included), keep UTF-8,
 * so a page whose declaration is wrong but whose bytes are UTF-8 reads as before. Merge reads the original
 * the same way, and Okapi's writer writes the translation in UTF-8 and sets the declaration to it.
 */
public final class DeclaredCharset {

    /** How far into the page a declaration counts (the HTML standard's prescan looks at 1024 bytes). */
    private static final int HEAD = 4096;

    private static final Pattern META = Pattern.compile(
            "(?is)<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([-a-z0-9_:.]+)"
                    + "|<\\?xml\\b[^>]*?\\bencoding\\s*=\\s*[\"']([-a-z0-9_:.]+)");

    private DeclaredCharset() {
    }

    /**
     * The charset {@code page} declares, when it must be read in it: not UTF-8, no byte-order mark, and a
     * declaration of a charset this Java knows; else null (read the page as UTF-8).
     */
    public static String of(byte[] page) {
        if (TextFiles.bom(page) != null) {
            return null;
        }
        if (validUtf8(page)) {
            return null;
        }
        String name = declared(page);
        if (name == null) {
            return null;
        }
        try {
            Charset c = Charset.forName(name);
            return c.equals(StandardCharsets.UTF_8) ? null : c.name();
        } catch (IllegalArgumentException unknown) {
            return null; // an unknown name: UTF-8's own refusal names the bad byte and suggests --encoding
        }
    }

    /** The name in the page's first declaration, lower-cased; null when it has none. */
    static String declared(byte[] page) {
        Matcher m = META.matcher(new String(page, 0, Math.min(page.length, HEAD), StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
