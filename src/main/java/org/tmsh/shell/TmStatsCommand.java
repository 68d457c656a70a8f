package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;


import org.tmsh.jobs.TmRead;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmStats;
import org.tmsh.memory.TranslationMemory;

/** {@code tm stats}: size and languages of a translation memory. */
public class TmStatsCommand extends TmshCommand {

    private final TmLibrary library;

    public TmStatsCommand(TmLibrary library) {
        super("tm stats", "Units, languages and size of a translation memory", "Translation memory",
                "tm stats [--tm NAME] [--json]", "tm stats --tm news",
                List.of(OptionSpec.optional("tm", OptionSpec.Kind.TM, TmLibrary.DEFAULT, "translation memory"),
                        OptionSpec.flag("json", "print the figures as JSON")));
        this.library = library;
    }

    @Override
    protected void run(Invocation inv, Output out) {
        TranslationMemory tm = library.open(TmLibrary.checkName(inv.get("tm")));
        TmStats s = TmRead.of(tm, tm::stats);
        if (out.json()) {
            out.json(s);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TM", s.name()});
        rows.add(new String[] {"units", String.format("%,d", s.units())});
        rows.add(new String[] {"languages", s.languages().entrySet().stream()
                .map(e -> e.getKey() + " " + String.format("%,d", e.getValue())).collect(Collectors.joining(", "))});
        rows.add(new String[] {"source language", s.sourceLang() == null ? "-" : s.sourceLang()});
        rows.add(new String[] {"on disk", onDisk(tm.backend(), tm.location(), s.bytesOnDisk())});
        rows.add(new String[] {"created", readableDate(s.created())});
        rows.add(new String[] {"updated", readableDate(s.updated())});
        if (s.units() > 0 && TmRead.of(tm, tm::metaOutdated)) {
            long without = TmRead.of(tm, tm::unindexedMeta);
            rows.add(new String[] {"metadata index", (without > 0 ? Output.count(without, "unit") + " without metadata copies"
                    : "made before tmsh read other tools' fields as it does now") + ": 'tm reindex " + s.name() + "'"});
        }
        out.table(rows);
    }

    /**
     * The size on disk as a person reads it ("84 KB", "1,234.5 MB"); for a TM kept by a Solr server, which
     * tmsh cannot measure from here (the collection's files are on the server's disks, shared with other
     * TMs), where it is kept instead of a size of 0.
     */
    static String onDisk(String backend, String location, long bytes) {
        if (!backend.equals("lucene")) {
            return "kept by the " + (backend.equals("solr") ? "Solr" : backend) + " server (" + location + ")";
        }
        return bytes < 1_000_000 ? String.format(java.util.Locale.ROOT, "%,d KB", (bytes + 999) / 1000)
                : String.format(java.util.Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }

    private static final java.time.format.DateTimeFormatter READABLE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /** A TMX date ({@code 20261201T115437Z}) as "2026-12-01 11:54 UTC"; "-" if none, as is if not a TMX date. */
    static String readableDate(String tmxDate) {
        if (tmxDate == null) {
            return "-";
        }
        try {
            return READABLE.format(org.tmsh.formats.tmx.TmxWriter.TMX_DATE.parse(tmxDate));
        } catch (java.time.format.DateTimeParseException e) {
            return tmxDate;
        }
    }
}
