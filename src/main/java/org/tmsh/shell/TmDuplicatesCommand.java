package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;

import org.tmsh.jobs.DuplicatesJob;
import org.tmsh.memory.TmLibrary;

/** {@code tm duplicates NAME}: the sources that have several translations in a TM, for the reviewer. */
public class TmDuplicatesCommand extends TmshCommand {

    private final DuplicatesJob job;

    public TmDuplicatesCommand(TmLibrary library) {
        super("tm duplicates", "List the sources that have more than one translation (same source text and context)",
                "Translation memory", "tm duplicates NAME [--source-lang L] [--target-lang L] [--json]",
                "tm duplicates news",
                List.of(OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, null, "source language (default: the TM's)"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, null,
                                "target language (default: the TM's other language)"),
                        OptionSpec.flag("json", "print the sources and their translations as JSON")));
        this.job = new DuplicatesJob(library);
    }

    /** Goes over every unit of the TM: the launcher keeps the optimising compiler ({@link TmshCommand#overWholeMemory}). */
    @Override
    public boolean overWholeMemory() {
        return true;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the name of the TM");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        DuplicatesJob.Outcome o = job.find(inv.arguments().get(0), inv.get("source-lang"), inv.get("target-lang"));
        if (out.json()) {
            out.json(o);
            return;
        }
        if (o.groups().isEmpty()) {
            out.line("TM '" + o.tm() + "': no " + o.sourceLang() + " source has more than one " + o.targetLang()
                    + " translation (" + Output.count(o.units(), "unit") + ")");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", o.sourceLang() + " source", o.targetLang() + " translation", "changed", "by", "used"});
        for (DuplicatesJob.Group g : o.groups()) {
            boolean first = true;
            for (DuplicatesJob.Entry e : g.targets()) {
                String source = first ? g.source() + (g.contextPre() != null || g.contextPost() != null ? " (in context)" : "") : "";
                rows.add(new String[] {e.id(), source, e.target(), e.changed() != null ? e.changed() : e.created() == null ? "" : e.created(),
                        e.changeId() == null ? "" : e.changeId(), e.usageCount() == null ? "" : e.usageCount().toString()});
                first = false;
            }
        }
        out.table(rows);
        out.line("TM '" + o.tm() + "': " + Output.count(o.groups().size(), "source") + " with more than one translation ("
                + Output.count(o.extra(), "extra unit") + "); 'tm dedup " + o.tm() + " --keep newest' keeps one of each");
    }
}
