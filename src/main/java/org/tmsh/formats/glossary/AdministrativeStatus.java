package org.tmsh.formats.glossary;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.tmsh.common.RuleFiles;
import org.tmsh.terms.Term;

/**
 * A TBX {@code administrativeStatus} (or {@code normativeAuthorization}) value as a term status, from
 * the data file {@code /tmsh/terms/administrative-status.txt}: every value of the TBX-Basic and TBX
 * 2008 picklists has one; any other value is kept as a note on the term, with the status admitted.
 */
public final class AdministrativeStatus {

    /** The data file. */
    public static final String DATA = "/tmsh/terms/administrative-status.txt";

    /** The data file of the term-note types that give a status. */
    public static final String TYPES = "/tmsh/terms/term-note-types.txt";

    private static final Map<String, Term.Status> TABLE = load();
    /** Type (lower case) to null for a status value, or to the status a yes flag gives. */
    private static final Map<String, java.util.Optional<Term.Status>> NOTE_TYPES = loadTypes();

    /** A value read: the status, and the note the term keeps (null when the value maps to a status). */
    public record Read(Term.Status status, String note) {
    }

    private AdministrativeStatus() {
    }

    public static Read of(String value) {
        Term.Status s = TABLE.get(value.strip().toLowerCase(Locale.ROOT));
        return s != null ? new Read(s, null) : new Read(Term.Status.ADMITTED, "administrativeStatus: " + value.strip());
    }

    /**
     * A term note of {@code type} (a TBX {@code termNote}) applied to a term whose status is {@code now}:
     * the status it gives and the note the term keeps, or null when the type is not one that gives a
     * status ({@link #TYPES}). A status value is read by {@link #of}; a yes/no flag gives its status on yes
     * and leaves {@code now} on no. A deprecated term stays deprecated.
     */
    public static Read ofNote(String type, String value, Term.Status now) {
        java.util.Optional<Term.Status> t = type == null ? null : NOTE_TYPES.get(type.strip().toLowerCase(Locale.ROOT));
        if (t == null) {
            return null;
        }
        Read r;
        if (t.isEmpty()) {
            r = of(value);
        } else {
            String v = value.strip().toLowerCase(Locale.ROOT);
            r = new Read(v.equals("yes") || v.equals("true") || v.equals("1") ? t.get() : now, null);
        }
        return now == Term.Status.DEPRECATED ? new Read(Term.Status.DEPRECATED, r.note()) : r;
    }

    private static Map<String, java.util.Optional<Term.Status>> loadTypes() {
        Map<String, java.util.Optional<Term.Status>> m = new HashMap<>();
        for (RuleFiles.Row r : RuleFiles.read(TYPES)) {
            String type = r.get(0).strip().toLowerCase(Locale.ROOT);
            m.put(type, r.get(1).strip().equals("flag")
                    ? java.util.Optional.of(Term.Status.valueOf(r.get(2).strip().toUpperCase(Locale.ROOT)))
                    : java.util.Optional.empty());
        }
        return m;
    }

    private static Map<String, Term.Status> load() {
        Map<String, Term.Status> m = new HashMap<>();
        for (RuleFiles.Row r : RuleFiles.read(DATA)) {
            m.put(r.get(0).strip().toLowerCase(Locale.ROOT), Term.Status.valueOf(r.get(1).strip().toUpperCase(Locale.ROOT)));
        }
        return m;
    }
}
