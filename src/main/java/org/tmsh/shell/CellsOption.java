package org.tmsh.shell;

import org.tmsh.formats.FormulaCells;

/**
 * The {@code --cells safe|raw} option of every command that writes CSV or tab-separated text
 * ({@code qa --csv}, {@code analyze --csv}, {@code tm export}, {@code term export}): how a cell that a spreadsheet
 * would run as a formula is written ({@link FormulaCells}). A report meant for a spreadsheet defaults to
 * {@code safe}; a file meant for a CAT tool's import defaults to {@code raw}, and its command says how many such
 * cells it wrote.
 */
final class CellsOption {

    static final String NAME = "cells";

    private CellsOption() {
    }

    static OptionSpec spec(FormulaCells.Mode fallback, String file) {
        return OptionSpec.optional(NAME, OptionSpec.Kind.TEXT, null, "how " + file + " writes a cell starting with =, +,"
                + " -, @ (a formula to a spreadsheet): safe with a leading ', raw as it is (default: "
                + fallback.name().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    /** The cells of this call: the mode given, else {@code fallback}; a bad value is refused with one line. */
    static FormulaCells of(Invocation inv, FormulaCells.Mode fallback) {
        return new FormulaCells(FormulaCells.Mode.of(inv.get(NAME), fallback));
    }
}
