package org.tmsh.numbers;

import java.util.List;
import java.util.Locale;

import org.tmsh.common.RuleFiles;

/**
 * The rows of this package's data files that apply to one language: those of its tag, of its
 * primary language, and of {@code *} (every language), in file order.
 */
final class DataFiles {

    static final String DATE_FORMS = "/tmsh/numbers/date-forms.txt";
    static final String MONTHS = "/tmsh/numbers/months.txt";
    static final String CONVENTIONS = "/tmsh/numbers/conventions.txt";

    private DataFiles() {
    }

    /** The rows of {@code resource} (first column a language) that apply to {@code tag}. */
    static List<RuleFiles.Row> rows(String resource, int columns, String tag) {
        String primary = Locale.forLanguageTag(tag).getLanguage();
        return RuleFiles.read(resource, columns).stream().filter(r -> {
            String lang = r.get(0);
            return lang.equals("*") || lang.equalsIgnoreCase(tag) || lang.equalsIgnoreCase(primary);
        }).toList();
    }
}
