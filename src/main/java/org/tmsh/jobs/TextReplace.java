package org.tmsh.jobs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.tmsh.common.Markers;
import org.tmsh.common.TmshException;

/**
 * Find and replace in a unit's text ({@code tm replace}): a literal text, or a Java regular
 * expression whose replacement may name its groups ({@code $1}). Only the words between inline
 * codes change: the markers ({@code ⟨1⟩}) are never matched, replaced or moved.
 *
 * <p>NOTE: a match cannot span an inline code (the text on each side of a code is searched on its
 * own), so "bold⟨1⟩word" is not found by "boldword".
 */
public final class TextReplace {

    private final Pattern find;
    private final String with;

    private TextReplace(Pattern find, String with) {
        this.find = find;
        this.with = with;
    }

    /** A literal find ({@code regex} false) or a regular expression; an empty find or a bad expression is refused. */
    public static TextReplace of(String find, String with, boolean regex) {
        if (find == null || find.isEmpty()) {
            throw new TmshException("tm replace: --find is empty");
        }
        if (Markers.MARKER.matcher(find).find() || Markers.MARKER.matcher(with).find()) {
            throw new TmshException("tm replace: --find and --with cannot hold inline codes (⟨1⟩); codes are never replaced");
        }
        try {
            return regex ? new TextReplace(Pattern.compile(find), with)
                    : new TextReplace(Pattern.compile(Pattern.quote(find)), Matcher.quoteReplacement(with));
        } catch (PatternSyntaxException e) {
            throw new TmshException("tm replace: --find: not a regular expression: " + e.getDescription()
                    + " at index " + e.getIndex() + " of '" + find + "'");
        }
    }

    /** The text with every match replaced, or the same string when nothing matched. */
    public String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher code = Markers.MARKER.matcher(text);
        int at = 0;
        boolean changed = false;
        while (true) {
            boolean more = code.find();
            int end = more ? code.start() : text.length();
            String part = text.substring(at, end);
            String replaced;
            try {
                replaced = find.matcher(part).replaceAll(with);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new TmshException("tm replace: --with: " + e.getMessage());
            }
            changed |= !replaced.equals(part);
            out.append(replaced);
            if (!more) {
                break;
            }
            out.append(code.group());
            at = code.end();
        }
        return changed ? out.toString() : text;
    }
}
