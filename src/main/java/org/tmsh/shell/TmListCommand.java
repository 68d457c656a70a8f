package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;


import org.tmsh.jobs.TmRead;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmStats;
import org.tmsh.memory.TranslationMemory;

/** {@code tm list}: the translation memories under {@code $TMSH_HOME/tm}. */
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
        for (String name : library.list()) {
            TranslationMemory tm = library.open(name);
            all.add(TmRead.of(tm, tm::stats));
        }
        if (out.json()) {
            out.json(all);
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
                    String.join(" ", s.languages().keySet()), TmStatsCommand.readableDate(s.updated())});
        }
        out.table(rows);
    }
}
