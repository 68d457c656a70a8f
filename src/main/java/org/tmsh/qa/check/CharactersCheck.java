package org.tmsh.qa.check;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.TargetCheck;

/**
 * Damaged characters in the target that the source does not have: text that went through the wrong
 * encoding on the way ("GrÃ¶ÃŸe" for "Größe", "â€™" for "’": UTF-8 read as Windows-1252 or Latin-1, found by
 * turning a run of such characters back into bytes and reading them as UTF-8, which yields the text
 * meant), the replacement character U+FFFD (what a decoder writes for bytes it could not read: "Gr��e"),
 * and control characters other than tab and line breaks. A file in a wrong encoding as a whole is refused
 * by the readers; these are the damages a valid UTF-8 file still carries, which CAT tools' QA lists as
 * "corrupted characters". Hand-written: the JDK's charsets do the decoding; no library looks for
 * double-encoded runs inside text.
 */
public final class CharactersCheck extends TargetCheck {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    public CharactersCheck() {
        super("characters", Finding.Severity.ERROR);
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String tgt = s.target();
        if (!suspect(tgt)) {
            return;
        }
        String src = s.source() == null ? "" : s.source();
        int bad = tgt.indexOf('\uFFFD');
        if (bad >= 0 && src.indexOf('\uFFFD') < 0) {
            out.accept(Finding.of(id(), severity(), s, null, around(tgt, bad, bad + 1),
                    "the replacement character U+FFFD in the target: a character was lost in a wrong encoding", null));
            return;
        }
        for (int i = 0; i < tgt.length(); i++) {
            char c = tgt.charAt(i);
            if (control(c) && src.indexOf(c) < 0) {
                out.accept(Finding.of(id(), severity(), s, null, around(tgt, i, i + 1), String.format(java.util.Locale.ROOT,
                        "the control character U+%04X in the target", (int) c), null));
                return;
            }
        }
        Mojibake m = mojibake(tgt);
        if (m != null && !src.contains(m.written())) {
            out.accept(Finding.of(id(), severity(), s, null, m.written(), "'" + m.written() + "' is '" + m.meant()
                    + "' read in a wrong encoding (UTF-8 read as Windows-1252)", fixed(tgt)));
        }
    }

    /** A quick look: any character outside ASCII and Latin-1 letters that damage writes? */
    private static boolean suspect(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0xC2 && c <= 0xF4 || c == '\uFFFD' || control(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean control(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    /** One double-encoded run: what the target writes and what it meant. */
    record Mojibake(String written, String meant) {
    }

    /**
     * The first run of characters whose Windows-1252 bytes form a UTF-8 sequence of two to four bytes that
     * decodes to a character outside ASCII ("Ã¶" → "ö", "â€ž" → "„"), else null.
     */
    static Mojibake mojibake(String t) {
        for (int i = 0; i < t.length(); i++) {
            int lead = byteOf(t.charAt(i));
            int follow = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            if (follow == 0 || i + follow >= t.length()) {
                continue;
            }
            byte[] bytes = new byte[follow + 1];
            bytes[0] = (byte) lead;
            boolean ok = true;
            for (int k = 1; k <= follow && ok; k++) {
                int b = byteOf(t.charAt(i + k));
                ok = b >= 0x80 && b <= 0xBF;
                bytes[k] = (byte) b;
            }
            if (!ok) {
                continue;
            }
            String meant = strictUtf8(bytes);
            if (meant != null && plausible(meant.codePointAt(0))) {
                return new Mojibake(t.substring(i, i + follow + 1), meant);
            }
        }
        return null;
    }

    /**
     * A character that text in a Latin, Greek or Cyrillic script plausibly meant: letters with accents,
     * Greek and Cyrillic, general punctuation (quotes, dashes), currency and letter-like symbols ("™").
     * Rarer scripts are left out, so that a German "ß" before a closing quote ("Straße“", whose bytes
     * happen to be UTF-8 for an N'Ko letter) is not taken for damage.
     */
    private static boolean plausible(int cp) {
        return cp >= 0xA0 && cp < 0x500 || cp >= 0x2000 && cp < 0x2200;
    }

    /** The target with every double-encoded run read back, as a suggestion. */
    private static String fixed(String t) {
        StringBuilder sb = new StringBuilder();
        String rest = t;
        for (Mojibake m = mojibake(rest); m != null; m = mojibake(rest)) {
            int at = rest.indexOf(m.written());
            sb.append(rest, 0, at).append(m.meant());
            rest = rest.substring(at + m.written().length());
        }
        return sb.append(rest).toString();
    }

    /** The Windows-1252 byte of a character (Latin-1 for the five bytes Windows-1252 leaves undefined), else -1. */
    private static int byteOf(char c) {
        if (c < 0x100 && (c < 0x80 || c > 0x9F)) {
            return c;
        }
        if (c >= 0x80 && c <= 0x9F) {
            return c; // read as Latin-1: the C1 control itself
        }
        CharsetEncoder enc = CP1252.newEncoder();
        try {
            ByteBuffer b = enc.encode(CharBuffer.wrap(new char[] {c}));
            return b.remaining() == 1 ? b.get() & 0xFF : -1;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String around(String t, int from, int to) {
        return t.substring(Math.max(0, from - 8), Math.min(t.length(), to + 8));
    }
}
