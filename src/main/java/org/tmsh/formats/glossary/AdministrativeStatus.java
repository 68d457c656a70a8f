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

    private static final Map<String, Term.Status> TABLE = load();

    /** A value read: the status, and the note the term keeps (null when the value maps to a status). */
    public record Read(Term.Status status, String note) {
    }

    private AdministrativeStatus() {
    }

    public static Read of(String value) {
        Term.Status s = TABLE.get(value.strip().toLowerCase(Locale.ROOT));
        return s != null ? new Read(s, null) : new Read(Term.Status.ADMITTED, "administrativeStatus: " + value.strip());
    }

    private static Map<String, Term.Status> load() {
        Map<String, Term.Status> m = new HashMap<>();
        for (RuleFiles.Row r : RuleFiles.read(DATA)) {
            m.put(r.get(0).strip().toLowerCase(Locale.ROOT), Term.Status.valueOf(r.get(1).strip().toUpperCase(Locale.ROOT)));
        }
        return m;
    }
}
