package org.tmsh.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns of text that must pass through translation unchanged: printf and numbered placeholders,
 * URLs, e-mail addresses, hashtags (two characters at least, not before a slash: "#N/A" is a spreadsheet
 * error value) and @handles. A printf placeholder is not followed by a lower-case letter ("100%ige"). The checks share them so that a number inside a URL
 * or a placeholder is never taken for a number of the sentence.
 */
public final class Tokens {

    /** printf ({@code %s %1$d %.2f}), numbered ({@code {0}}), named ({@code %PRODUCTNAME}, {@code $(ARG1)}, {@code ${name}}) placeholders. */
    public static final Pattern PLACEHOLDER = Pattern.compile(
            "%(?:\\d+\\$)?[-+#0]*(?:\\d+|\\*)?(?:\\.\\d+)?(?:hh|h|ll|l|L|z|j|t)?[sdiufFeEgGxXocpn@](?!\\p{Ll})"
                    + "|%\\d+(?![\\d.,])|%[A-Z][A-Z_]{2,}%?|\\{\\d+(?:,[^{}]*)?\\}|\\$\\([A-Za-z0-9_]+\\)|\\$\\{[A-Za-z0-9_.]+\\}");
    public static final Pattern URL = Pattern.compile("(?:(?:https?|ftp)://|www\\.)[^\\s<>\"“”„«»⟨]+[^\\s<>\"“”„«»⟨.,;:!?)\\]'’]");
    public static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,}");
    public static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}&/#])#\\p{L}[\\p{L}\\p{N}_]+(?![/\\p{L}\\p{N}_])");
    public static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}.@/])@[A-Za-z_][A-Za-z0-9_]{1,}");

    private Tokens() {
    }

    /** Every match of {@code p} in {@code text}, in order. */
    public static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The text with placeholders, URLs and e-mail addresses blanked out (replaced by a space each). */
    public static String withoutFixed(String text) {
        String t = text;
        if (t.indexOf('%') >= 0 || t.indexOf('{') >= 0 || t.indexOf('$') >= 0) {
            t = PLACEHOLDER.matcher(t).replaceAll(" ");
        }
        if (t.indexOf("://") >= 0 || t.indexOf("www.") >= 0) {
            t = URL.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('@') >= 0) {
            t = EMAIL.matcher(t).replaceAll(" ");
        }
        return t;
    }
}
