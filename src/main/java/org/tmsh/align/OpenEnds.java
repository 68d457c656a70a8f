package org.tmsh.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Which segments end open (a colon, a comma, no punctuation at all), as listed in the data file
 * {@code tmsh/aligning/open-ends.txt}: the sentence goes on in the next segment, so a merge with
 * it is likely where the other language did not cut.
 */
public final class OpenEnds {

    public static final String PATTERNS = "/tmsh/aligning/open-ends.txt";

    private record Entry(String lang, Pattern pattern) {
    }

    private static final OpenEnds DEFAULT = new OpenEnds(PATTERNS);

    private final List<Entry> entries = new ArrayList<>();

    OpenEnds(String resource) {
        for (RuleFiles.Row row : RuleFiles.read(resource, 2)) {
            try {
                entries.add(new Entry(row.get(0).trim(), Pattern.compile(row.get(1))));
            } catch (PatternSyntaxException e) {
                throw new TmshException(resource + ": line " + row.line() + ": bad pattern: " + e.getDescription());
            }
        }
    }

    public static OpenEnds standard() {
        return DEFAULT;
    }

    /** Does this segment, in language {@code lang}, end open? */
    public boolean isOpen(String segment, String lang) {
        for (Entry e : entries) {
            if ((e.lang.equals("*") || e.lang.equals(lang)) && e.pattern.matcher(segment).find()) {
                return true;
            }
        }
        return false;
    }

    /** A flag for every segment. */
    public boolean[] flags(List<String> segments, String lang) {
        boolean[] out = new boolean[segments.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = isOpen(segments.get(i), lang);
        }
        return out;
    }
}
