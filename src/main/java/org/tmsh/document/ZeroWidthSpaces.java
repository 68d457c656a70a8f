package org.tmsh.document;

import java.util.regex.Pattern;

import net.sf.okapi.common.resource.TextFragment;

/**
 * Zero-width spaces (U+200B) in an HTML page, kept from Okapi's HTML filter. That filter collapses
 * white space with the class {@code [ \t\r\n\f\u200B]}: a zero-width space became a visible space
 * inside a word ("Daten\u200Bbank" came back "Daten bank") and was dropped where a text starts.
 * A browser shows it as nothing but a place to break a line (HTML's white space is the ASCII one).
 *
 * <p>So the filter is given the page with each zero-width space (as a character or a character
 * reference) written as a stand-in, a Unicode noncharacter that never occurs in text ({@link #STAND_IN},
 * U+FDD0), which the filter keeps; tmsh's sentences, the bilingual file and the merged page have the
 * zero-width space again. A page that holds the stand-in itself is read as before.
 */
final class ZeroWidthSpaces {

    /** What Okapi's filter is given for a zero-width space: a noncharacter, which no page holds as text. */
    static final char STAND_IN = '\uFDD0';

    private static final char ZWSP = '\u200B';
    private static final Pattern REFERENCE = Pattern.compile("&#(?:[xX]0*200[bB]|0*8203);");

    private ZeroWidthSpaces() {
    }

    /** {@code html} with every zero-width space as the stand-in, or null when it has none (or holds the stand-in). */
    static String hidden(String html) {
        if (html.indexOf(STAND_IN) >= 0 || html.indexOf(ZWSP) < 0 && !REFERENCE.matcher(html).find()) {
            return null;
        }
        return REFERENCE.matcher(html.replace(ZWSP, STAND_IN)).replaceAll(String.valueOf(STAND_IN));
    }

    /** {@code s} with the stand-in shown as the zero-width space. */
    static String shown(String s) {
        return s.replace(STAND_IN, ZWSP);
    }

    /** A copy of {@code f} with the stand-in shown as the zero-width space (codes unchanged). */
    static TextFragment shown(TextFragment f) {
        if (f.getCodedText().indexOf(STAND_IN) < 0) {
            return f;
        }
        TextFragment out = f.clone();
        out.setCodedText(shown(f.getCodedText()), true);
        return out;
    }

    /** A copy of {@code f} with each zero-width space as the stand-in, for the filter's writer. */
    static TextFragment hidden(TextFragment f) {
        if (f.getCodedText().indexOf(ZWSP) < 0) {
            return f;
        }
        TextFragment out = f.clone();
        out.setCodedText(f.getCodedText().replace(ZWSP, STAND_IN), true);
        return out;
    }
}
