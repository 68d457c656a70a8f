package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tmsh.jobs.TmRead;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmStats;
import org.tmsh.memory.TranslationMemory;

/** {@code tm list}: the translation memories under {@code $TMSH_HOME/tm}, each with its backend and where it lives. */
public class TmListCommand extends TmshCommand {

    private final TmLibrary library;

    /** One TM in the list; {@code error} says why a damaged or unreachable one could not be read (null otherwise). */
    public record Listed(String name, long units, Map<String, Long> languages, String sourceLang, long bytesOnDisk,
                         int segments, String created, String updated, String backend, String location, String error) {

        static Listed of(TmStats s, TranslationMemory tm) {
            return new Listed(s.name(), s.units(), s.languages(), s.sourceLang(), s.bytesOnDisk(), s.segments(),
                    s.created(), s.updated(), tm.backend(), tm.location(), null);
        }
    }

    public TmListCommand(TmLibrary library) {
        super("tm list", "List the translation memories", "Translation memory", "tm list [--json]", "tm list",
                List.of(OptionSpec.flag("json", "print the list as a JSON array")));
        this.library = library;
    }

    @Override
    protected void run(Invocation inv, Output out) {
        List<Listed> all = new ArrayList<>();
        for (String name : library.list()) {
            // one damaged or unreachable TM is listed with its reason; the others still are
            TranslationMemory tm = null;
            try {
                tm = library.open(name);
                TranslationMemory t = tm;
                all.add(Listed.of(TmRead.of(t, t::stats), t));
            } catch (RuntimeException e) {
                all.add(new Listed(name, 0, Map.of(), null, 0, 0, null, null, tm == null ? "?" : tm.backend(),
                        tm == null ? library.root().resolve(name).toString() : tm.location(), e.getMessage()));
            }
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
        rows.add(new String[] {"TM", "units", "languages", "updated", "backend", "where"});
        for (Listed s : all) {
            rows.add(new String[] {s.name(), s.error() != null ? "-" : String.format("%,d", s.units()),
                    s.error() != null ? "unreadable: " + s.error() : String.join(" ", s.languages().keySet()),
                    TmStatsCommand.readableDate(s.updated()), s.backend(), s.location()});
        }
        out.table(rows);
    }
}
