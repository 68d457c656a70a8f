package org.tmsh.formats.bilingual;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.tmsh.common.AtomicFiles;
import org.tmsh.formats.Csv;
import org.tmsh.formats.FormulaCells;

/**
 * Writes a TM's pairs as text a spreadsheet or a script reads, in a form tmsh imports again:
 * tab-separated ({@code id TAB source TAB target} a line, as {@code tm import FILE.tsv} reads it) or
 * CSV (a header of the two language codes, then {@code source,target} a row, RFC 4180 quoting, as
 * {@code tm import FILE.csv} reads it). UTF-8; the file appears whole or not at all.
 *
 * <p>NOTE: a tab-separated line cannot hold a tab or a line break, so inside a text they are written
 * as one space (CSV keeps them, quoted). A text that a spreadsheet would run as a formula is written as the
 * {@link FormulaCells} given says (see {@link Csv#cell}).
 */
public final class PairsWriter implements AutoCloseable {

    /** The two kinds of file. */
    public enum Kind { TSV, CSV }

    private final Path target;
    private final Path temp;
    private final BufferedWriter out;
    private final Kind kind;
    private final FormulaCells cells;
    private boolean closed;

    /** Opens the file; a CSV file starts with its header of language codes. Formula-like cells as they are. */
    public PairsWriter(Path file, Kind kind, String srcLang, String tgtLang) throws IOException {
        this(file, kind, srcLang, tgtLang, new FormulaCells(FormulaCells.Mode.RAW));
    }

    /** As above, formula-like cells written and counted by {@code cells}. */
    public PairsWriter(Path file, Kind kind, String srcLang, String tgtLang, FormulaCells cells) throws IOException {
        this.target = file;
        this.kind = kind;
        this.cells = cells;
        this.temp = AtomicFiles.tempSibling(file);
        this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        if (kind == Kind.CSV) {
            out.write(csv(srcLang) + "," + csv(tgtLang) + "\r\n");
        }
    }

    /** One pair; {@code id} is written in TSV only. */
    public void write(String id, String source, String target) throws IOException {
        if (kind == Kind.TSV) {
            out.write(tsv(id == null ? "" : id) + "\t" + tsv(source) + "\t" + tsv(target) + "\n");
        } else {
            out.write(csv(source) + "," + csv(target) + "\r\n");
        }
    }

    private String tsv(String s) {
        return Csv.tabCell(s, cells);
    }

    private String csv(String s) {
        return Csv.cell(s, cells);
    }

    /** Finishes the file: it replaces {@code file} now. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            AtomicFiles.discard(temp);
            throw e;
        }
        AtomicFiles.commit(temp, target);
    }

    /** Drops what was written: {@code file} stays as it was. */
    public void abort() {
        closed = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // the temporary file goes either way
        }
        AtomicFiles.discard(temp);
    }
}
