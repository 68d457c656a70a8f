package org.tmsh.formats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tmsh.common.Languages;
import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * What a column of a spreadsheet glossary's or memory's header row names: a language ("de", "German",
 * "English (United Kingdom)"), or a role from the data file {@code /tmsh/terms/spreadsheet-columns.txt}
 * (a note, a status, the source or the target), possibly of one language ("English_Def", "German status",
 * "Note (de)"), or nothing tmsh reads ("Entry_ID"). A role word is tried before a language, so that
 * "Status" or "Source" is never read as a language code.
 */
public final class HeaderColumns {

    /** The data file. */
    public static final String DATA = "/tmsh/terms/spreadsheet-columns.txt";

    /** What a column holds. */
    public enum Role { LANGUAGE, NOTE, STATUS, SOURCE, TARGET, NONE }

    /** A column: its role, and the language it names (null: none). */
    public record Column(Role role, String lang) {
    }

    private static final Map<String, Role> WORDS = load();

    private HeaderColumns() {
    }

    /** The column a header cell names. */
    public static Column of(String header) {
        String h = header == null ? "" : header.replace("\uFEFF", "").strip();
        Role r = WORDS.get(key(h));
        if (r != null) {
            return new Column(r, null);
        }
        String lang = language(h);
        if (lang != null) {
            return new Column(Role.LANGUAGE, lang);
        }
        // a role of one language: "English_Def", "German status", "Note (de)", "Status de-AT"
        List<String> tokens = Arrays.stream(h.split("[\\s_()\\[\\]:]+")).filter(t -> !t.isEmpty()).toList();
        for (int k = 1; k < tokens.size(); k++) {
            String head = String.join(" ", tokens.subList(0, k));
            String tail = String.join(" ", tokens.subList(k, tokens.size()));
            Role role = WORDS.get(key(tail));
            String l = role == null ? null : language(head);
            if (l == null) {
                role = WORDS.get(key(head));
                l = role == null ? null : language(tail);
            }
            if (l != null && (role == Role.NOTE || role == Role.STATUS)) {
                return new Column(role, l);
            }
        }
        return new Column(Role.NONE, null);
    }

    private static String language(String h) {
        if (h.isEmpty()) {
            return null;
        }
        try {
            return Languages.ofHeader(h);
        } catch (TmshException e) {
            return null;
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").strip();
    }

    private static Map<String, Role> load() {
        Map<String, Role> m = new HashMap<>();
        for (RuleFiles.Row r : RuleFiles.read(DATA)) {
            m.put(key(r.get(0).strip()), Role.valueOf(r.get(1).strip().toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(m);
    }
}
