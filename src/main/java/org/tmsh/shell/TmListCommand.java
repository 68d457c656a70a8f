package org.tmsh.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmStats;

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
        List<TmStats> all = new ArrayList<>();
        try {
            for (String name : library.list()) {
                all.add(library.open(name).stats());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.json()) {
            List<Map<String, Object>> list = new ArrayList<>();
            all.forEach(s -> list.add(TmStatsCommand.json(s)));
            out.json(list);
            return;
        }
        if (all.isEmpty()) {
            out.line("no translation memories yet in " + library.root() + "; start one with 'tm import FILE.tmx'");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TM", "units", "languages", "updated"});
        for (TmStats s : all) {
            rows.add(new String[] {s.name(), String.format("%,d", s.units()),
                    String.join(" ", s.languages().keySet()), s.updated() == null ? "-" : s.updated()});
        }
        out.table(rows);
    }
}
