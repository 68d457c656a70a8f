package org.tmsh.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmStats;

/** {@code tm stats}: size and languages of a translation memory. */
@Component
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
        TmStats s;
        try {
            s = library.open(TmLibrary.checkName(inv.get("tm"))).stats();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.json()) {
            out.json(json(s));
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TM", s.name()});
        rows.add(new String[] {"units", String.format("%,d", s.units())});
        rows.add(new String[] {"languages", s.languages().entrySet().stream()
                .map(e -> e.getKey() + " " + String.format("%,d", e.getValue())).collect(Collectors.joining(", "))});
        rows.add(new String[] {"source language", s.sourceLang() == null ? "-" : s.sourceLang()});
        rows.add(new String[] {"on disk", String.format("%,.1f MB in %d segment(s)", s.bytesOnDisk() / 1e6, s.segments())});
        rows.add(new String[] {"created", s.created() == null ? "-" : s.created()});
        rows.add(new String[] {"updated", s.updated() == null ? "-" : s.updated()});
        out.table(rows);
    }

    static Map<String, Object> json(TmStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("units", s.units());
        m.put("languages", s.languages());
        m.put("sourceLang", s.sourceLang());
        m.put("bytesOnDisk", s.bytesOnDisk());
        m.put("segments", s.segments());
        m.put("created", s.created());
        m.put("updated", s.updated());
        return m;
    }
}
