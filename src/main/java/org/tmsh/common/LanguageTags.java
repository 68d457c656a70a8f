package org.tmsh.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * Language tags as a memory keeps them (as written, in BCP 47's canonical case) and how a language
 * asked for finds them (RFC 4647 filtering): {@code de} finds {@code de}, {@code de-DE} and
 * {@code de-AT}; {@code en-GB} finds {@code en-GB} (and {@code en-GB-...}) only, falling back to the
 * tags that are a prefix of it ({@code en}) when none is there. Matching ignores case, as BCP 47 does.
 */
public final class LanguageTags {

    private LanguageTags() {
    }

    /**
     * The tag as a memory stores it: the same tag with BCP 47's case conventions ({@code en-us} and
     * {@code EN-US} give {@code en-US}; {@code en_US}, which old tools write, gives {@code en-US}); a tag
     * that is not well-formed is kept as written.
     */
    public static String tag(String asWritten) {
        String t = asWritten.strip();
        try {
            String canonical = new Locale.Builder().setLanguageTag(t.replace('_', '-')).build().toLanguageTag();
            return canonical.equals("und") ? t : canonical;
        } catch (IllformedLocaleException e) {
            return t;
        }
    }

    /** True when {@code tag} lies in the language range {@code range} (RFC 4647 basic filtering, any case). */
    public static boolean inRange(String tag, String range) {
        String t = tag(tag).toLowerCase(Locale.ROOT);
        String r = tag(range).toLowerCase(Locale.ROOT);
        return r.equals("*") || t.equals(r) || t.startsWith(r + "-");
    }

    /**
     * The tags among {@code tags} that {@code range} asks for: those in the range, in the order given;
     * if none, the longest tags that are a prefix of the range (RFC 4647 lookup: {@code de-CH} asked of a
     * memory holding only {@code de}).
     */
    public static List<String> matching(String range, Collection<String> tags) {
        List<String> out = new ArrayList<>();
        for (String t : tags) {
            if (inRange(t, range)) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            String r = tag(range);
            for (int dash = r.lastIndexOf('-'); dash > 0 && out.isEmpty(); dash = r.lastIndexOf('-', dash - 1)) {
                String prefix = r.substring(0, dash);
                for (String t : tags) {
                    if (tag(t).equalsIgnoreCase(prefix)) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }
}
