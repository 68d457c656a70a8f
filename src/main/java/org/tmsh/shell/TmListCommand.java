package org.tmsh.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmStats;
import org.tmsh.memory.TranslationMemory;

/** {@code tm list}: the translation memories under {@code $TMSH_HOME/tm}. */
@Component
public class TmListCommand extends TmshCommand {

    private final TmLibrary library;

    public TmListCommand(TmLibrary library) {
        super("tm list", "List the translation memories", "Translation memory", "tm list [--json]", "tm list",
                List.of(OptionSpec.flag("json", "print the list as a JSON array")));
        this.library = library;
    }

    @Override
    protected void run(Invocation inv, Output out) {
        record Row(TmStats stats, String backend, String location, String error) {
        }
        List<Row> all = new ArrayList<>();
        for (String name : library.list()) {
            // one damaged or unreachable TM is listed with its reason; the others still are
            TranslationMemory tm = null;
            try {
                tm = library.open(name);
                all.add(new Row(tm.stats(), tm.backend(), tm.location(), null));
            } catch (IOException | RuntimeException e) {
                all.add(new Row(new TmStats(name, 0, Map.of(), null, 0, 0, null, null),
                        tm == null ? "?" : tm.backend(), tm == null ? library.root().resolve(name).toString() : tm.location(),
                        e.getMessage()));
            }
        }
        if (out.json()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Row r : all) {
                Map<String, Object> m = TmStatsCommand.json(r.stats());
                m.put("backend", r.backend());
                m.put("location", r.location());
                if (r.error() != null) {
                    m.put("error", r.error());
                }
                list.add(m);
            }
            out.json(list);
            return;
        }
        if (all.isEmpty()) {
            out.line("no translation memories yet in " + library.root() + "; start one with 'tm import FILE.tmx'");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TM", "units", "languages", "updated", "backend", "where"});
        for (Row r : all) {
            TmStats s = r.stats();
            rows.add(new String[] {s.name(), r.error() != null ? "-" : String.format("%,d", s.units()),
                    r.error() != null ? "unreadable: " + r.error() : String.join(" ", s.languages().keySet()),
                    s.updated() == null ? "-" : s.updated(), r.backend(), r.location()});
        }
        out.table(rows);
    }
}
