package org.tmsh.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;

/**
 * Makes the significant white space inside a sentence of a plain-text document (a tab, a run of two
 * or more spaces) a standalone inline code, so that it reaches the translator as a tag and comes
 * back where the translator puts it.
 *
 * <p>tmsh shows a sentence with its white space made one space ({@link InlineText}): that is what
 * a memory keys on and what a CAT tool should see. Between sentences the original's white space is
 * written back as it was; inside a sentence it used to be lost on translation: a line of
 * tab-separated columns ("Land⇥Hauptstadt⇥Einwohner") came back as one space between the words.
 * As a placeholder code (type {@code x-space}, its data the white space itself), the filter's writer
 * writes it back, and a merge refuses a target that lost it as it refuses any lost code.
 *
 * <p>Plain text and Word: in HTML white space is not significant (a browser shows one space). In Word
 * a tab is already a code ({@code <w:tab/>}), and a run of spaces is significant (Word shows every
 * space); Okapi's Word writer writes a code's data as XML, so in a Word target the codes are turned
 * back into their spaces as text before the writer sees them ({@link #asText}). White space at a
 * sentence's edges is left alone: it belongs to the gap between sentences.
 */
final class SpacingCodes {

    /** The code type of a protected white-space run. */
    static final String TYPE = "x-space";

    private static final Pattern SIGNIFICANT = Pattern.compile("[ \\t]*\\t[ \\t]*| {2,}");

    private SpacingCodes() {
    }

    /**
     * {@code f} with each of its {@code x-space} codes made the text it stands for (its data), the
     * other codes kept: for writers that write a code's data as markup (Word's).
     */
    static TextFragment asText(TextFragment f) {
        List<Code> codes = f.getCodes();
        if (codes.stream().noneMatch(c -> TYPE.equals(c.getType()))) {
            return f;
        }
        String coded = f.getCodedText();
        List<Code> kept = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c) && i + 1 < coded.length()) {
                Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
                if (TYPE.equals(code.getType()) && code.getTagType() == TextFragment.TagType.PLACEHOLDER) {
                    text.append(code.getData());
                } else {
                    text.append(c).append(TextFragment.toChar(kept.size()));
                    kept.add(code);
                }
            } else {
                text.append(c);
            }
        }
        return new TextFragment(text.toString(), kept);
    }

    /** Each segment of {@code tc} with its inner tabs and runs of spaces as placeholder codes. */
    static void protect(TextContainer tc) {
        int next = 0;
        for (Segment seg : tc.getSegments()) {
            for (Code c : seg.getContent().getCodes()) {
                next = Math.max(next, c.getId());
            }
        }
        for (Segment seg : tc.getSegments()) {
            TextFragment f = seg.getContent();
            String coded = f.getCodedText();
            int lead = 0;
            while (lead < coded.length() && Character.isWhitespace(coded.charAt(lead))) {
                lead++;
            }
            int trail = coded.length();
            while (trail > lead && Character.isWhitespace(coded.charAt(trail - 1))) {
                trail--;
            }
            Matcher m = SIGNIFICANT.matcher(coded).region(lead, trail);
            if (!m.find()) {
                continue;
            }
            // the coded text's markers point into the code list by index: the old codes keep theirs
            List<Code> codes = new ArrayList<>(f.getCodes());
            StringBuilder text = new StringBuilder();
            int at = 0;
            do {
                Code space = new Code(TextFragment.TagType.PLACEHOLDER, TYPE, m.group());
                space.setId(++next);
                text.append(coded, at, m.start()).append((char) TextFragment.MARKER_ISOLATED)
                        .append(TextFragment.toChar(codes.size()));
                codes.add(space);
                at = m.end();
            } while (m.find());
            text.append(coded, at, coded.length());
            seg.setContent(new TextFragment(text.toString(), codes));
        }
    }
}
