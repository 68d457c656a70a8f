package org.tmsh.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tmsh's tab-separated data files (rules, patterns, examples) from the classpath.
 *
 * <p>Blank lines and lines starting with {@code #} are skipped; every other line is split at tabs
 * and must have the expected number of columns, or the file and line are named in the error.
 */
public final class RuleFiles {

    /** One data line: its 1-based line number and its columns. */
    public record Row(int line, List<String> columns) {
        public String get(int i) {
            return columns.get(i);
        }
    }

    private RuleFiles() {
    }

    /**
     * The data lines of {@code resource} whatever their number of columns: for files whose first column
     * says what kind of line it is, and the reader checks each kind's columns.
     */
    public static List<Row> read(String resource) {
        return read(resource, -1);
    }

    /** The data lines of {@code resource}, each with exactly {@code columns} columns (-1: any number). */
    public static List<Row> read(String resource, int columns) {
        InputStream in = RuleFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new TmshException(resource + ": data file missing from the tmsh jar");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> cols = List.of(line.split("\t", -1));
                if (columns >= 0 && cols.size() != columns) {
                    throw new TmshException(resource + ": line " + n + ": expected " + columns
                            + " tab-separated columns, found " + cols.size());
                }
                rows.add(new Row(n, cols));
            }
        } catch (IOException e) {
            throw new TmshException(resource + ": cannot read: " + e.getMessage(), e);
        }
        return rows;
    }
}
