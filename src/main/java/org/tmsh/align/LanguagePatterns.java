package org.tmsh.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Patterns of a rule file of lines "language, pattern" ({@code *}: every language), read case-insensitively:
 * the boilerplate lines ({@link Boilerplate}) and the furniture phrases ({@link FurnitureWords}) are such files.
 * A bad pattern is refused naming the file and its line.
 */
final class LanguagePatterns {

    private record Entry(String lang, Pattern pattern) {
    }

    private final List<Entry> entries = new ArrayList<>();

    LanguagePatterns(String resource) {
        for (RuleFiles.Row row : RuleFiles.read(resource, 2)) {
            try {
                entries.add(new Entry(row.get(0).trim(),
                        Pattern.compile(row.get(1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            } catch (PatternSyntaxException e) {
                throw new TmshException(resource + ": line " + row.line() + ": bad pattern: " + e.getDescription());
            }
        }
    }

    /** Whether a pattern of {@code lang} (or of every language) matches {@code s} whole ({@code whole}) or is found in it. */
    boolean any(String s, String lang, boolean whole) {
        for (Entry e : entries) {
            if ((e.lang.equals("*") || e.lang.equals(lang)) && (whole ? e.pattern.matcher(s).matches() : e.pattern.matcher(s).find())) {
                return true;
            }
        }
        return false;
    }
}
