package org.tmsh.formats.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
        try (InputStream in = AdministrativeStatus.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException(DATA + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.strip().split("\t");
                m.put(c[0].toLowerCase(Locale.ROOT), Term.Status.valueOf(c[1].toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DATA, e);
        }
        return m;
    }
}
