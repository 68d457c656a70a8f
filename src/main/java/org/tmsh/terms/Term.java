package org.tmsh.terms;

import java.util.List;
import java.util.Locale;

/**
 * One spelling of a concept's name in one language: its form, its status, the romanization
 * system it follows (empty if none), a note, and the places it was seen (document#unit).
 */
public record Term(String lang, String form, Status status, String system, String note, List<String> seen) {

    /** TBX administrative status. */
    public enum Status {
        PREFERRED("preferredTerm-admn-sts"), ADMITTED("admittedTerm-admn-sts"), DEPRECATED("deprecatedTerm-admn-sts");

        private final String tbx;

        Status(String tbx) {
            this.tbx = tbx;
        }

        public String tbx() {
            return tbx;
        }

        public static Status fromTbx(String value) {
            for (Status s : values()) {
                if (s.tbx.equals(value) || s.name().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            if ("supersededTerm-admn-sts".equals(value)) {
                return DEPRECATED;
            }
            throw new IllegalArgumentException("unknown term status '" + value + "' (preferred, admitted, deprecated)");
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Term {
        lang = lang.strip();
        form = form.strip();
        system = system == null ? "" : system.strip();
        note = note == null ? "" : note.strip();
        seen = seen == null ? List.of() : List.copyOf(seen);
    }
}
