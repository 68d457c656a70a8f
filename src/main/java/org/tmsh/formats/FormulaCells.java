package org.tmsh.formats;

import java.util.Locale;

import org.tmsh.common.TmshException;

/**
 * What a cell of a CSV or tab-separated file tmsh writes becomes when a spreadsheet would take it for a
 * formula: a text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * (OWASP's list for CSV injection: Excel and LibreOffice Calc run {@code =HYPERLINK(...)}, {@code @SUM(...)},
 * {@code +cmd|...} when they open the file).
 *
 * <p>{@link Mode#SAFE} writes such a cell with a leading apostrophe ({@code '=1+1}), which a spreadsheet shows as
 * text; {@link Mode#RAW} writes it as it is, for a CAT tool's import (memoQ, OmegaT, tmsh itself), where the
 * apostrophe would become part of the text. Either way the cells are counted, so a command says how many there
 * were. Every CSV and TSV writer of tmsh ({@link Csv#cell}, the TM's pairs, the glossary's CSV and OmegaT file,
 * {@code qa --csv}, {@code analyze --csv}) goes through one instance of this class.
 *
 * <p>NOTE: quoting alone does not help (a spreadsheet runs {@code "=1+1"} too), and a cell is also never split by
 * a line break or separator of its own ({@link Csv#cell} quotes it; a tab-separated cell has them replaced), so the
 * text after a break cannot start a formula either.
 */
public final class FormulaCells {

    /** The two ways to write a formula-like cell; the option {@code --cells safe|raw}. */
    public enum Mode {
        /** With a leading apostrophe: a spreadsheet shows the text and runs nothing. */
        SAFE,
        /** As it is: what a CAT tool's import needs. */
        RAW;

        /** {@code safe} or {@code raw} (any case); anything else is refused naming the option. */
        public static Mode of(String name, Mode fallback) {
            if (name == null) {
                return fallback;
            }
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TmshException("option --cells: '" + name + "' is not a choice; give safe (a leading ' before a"
                        + " cell a spreadsheet would run as a formula) or raw (the text as it is)");
            }
        }
    }

    private final Mode mode;
    private long found;

    public FormulaCells(Mode mode) {
        this.mode = mode;
    }

    /** True when a spreadsheet would read {@code text} as a formula (or a command). */
    public static boolean formulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** {@code text} as this mode writes it; a formula-like cell is counted. */
    public String text(String text) {
        if (!formulaLike(text)) {
            return text;
        }
        found++;
        return mode == Mode.SAFE ? "'" + text : text;
    }

    public Mode mode() {
        return mode;
    }

    /** How many formula-like cells went through {@link #text}. */
    public long found() {
        return found;
    }

    /**
     * The line a command prints after writing {@code file}, or null when no cell was formula-like: what was done,
     * and the option that does the other.
     */
    public String note(Object file) {
        if (found == 0) {
            return null;
        }
        String cells = String.format("%,d cell%s", found, found == 1 ? "" : "s");
        return mode == Mode.SAFE
                ? file + ": " + cells + " starting with =, +, -, @ (or a tab) written with a leading ' so that a"
                        + " spreadsheet shows text and runs no formula (--cells raw writes them as they are)"
                : file + ": " + cells + " starting with =, +, -, @ (or a tab) written as they are, for a CAT tool; a"
                        + " spreadsheet would run them as formulas (--cells safe writes them with a leading ')";
    }
}
