package org.tmsh.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tmsh.jobs.TmSettingsJob;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmSettings;

/** {@code tm settings NAME}: shows or sets the defaults every command applies to a TM. */
public class TmSettingsCommand extends TmshCommand {

    private final TmSettingsJob job;

    public TmSettingsCommand(TmLibrary library) {
        super("tm settings", "Show or set a TM's defaults: filters, penalties, import policy", "Translation memory",
                "tm settings NAME [--filter F]... [--penalty P]... [--on-conflict add|overwrite|keep-newest|keep-both] [--clear] [--json]",
                "tm settings news --penalty origin=aligned:5 --filter client=ACME",
                List.of(MemoryOptions.filter(), MemoryOptions.penalty(),
                        OptionSpec.optional("on-conflict", OptionSpec.Kind.TEXT, null,
                                "what an import does with a source already in the TM with another target:"
                                        + " add, overwrite, keep-newest, keep-both"),
                        OptionSpec.flag("clear", "remove the stored defaults (before setting any given)"),
                        OptionSpec.flag("json", "print the settings as JSON")));
        this.job = new TmSettingsJob(library);
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the TM's name");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        TmSettingsJob.Outcome o = job.run(new TmSettingsJob.Request(inv.arguments().get(0), inv.all("filter"),
                inv.all("penalty"), inv.get("on-conflict"), inv.flag("clear")));
        TmSettings s = o.settings();
        if (out.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tm", o.tm());
            m.put("filters", s.filters());
            m.put("penalties", s.penalties());
            m.put("onConflict", s.onConflictOrDefault());
            m.put("changed", o.changed());
            out.json(m);
            return;
        }
        out.line((o.changed() ? "stored: " : "") + "defaults of TM '" + o.tm() + "' (every command applies them unless given its own)");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"filter", s.filters().isEmpty() ? "-" : String.join("  AND  ", s.filters())});
        rows.add(new String[] {"penalty", s.penalties().isEmpty() ? "-" : String.join(", ", s.penalties())});
        rows.add(new String[] {"on-conflict", s.onConflictOrDefault() + (s.onConflict() == null ? " (not set)" : "")});
        out.table(rows);
    }
}
