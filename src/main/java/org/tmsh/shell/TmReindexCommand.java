package org.tmsh.shell;

import java.util.List;
import java.util.Locale;

import org.tmsh.jobs.TmReindexJob;
import org.tmsh.memory.TmLibrary;

/**
 * {@code tm reindex NAME [--check]}: brings the index copies of every unit's metadata up to date from
 * the units themselves (units imported before metadata was indexed, or before tmsh read their tool's
 * fields); {@code --check} says whether that is needed and changes nothing.
 */
public class TmReindexCommand extends TmshCommand {

    private final TmReindexJob job;

    public TmReindexCommand(TmLibrary library) {
        super("tm reindex", "Index every unit's metadata again from the unit itself (for filters)", "Translation memory",
                "tm reindex NAME [--check] [--json]", "tm reindex news",
                List.of(OptionSpec.flag("check", "only say whether the TM needs it; change nothing"),
                        OptionSpec.flag("json", "print the result as JSON")));
        this.job = new TmReindexJob(library);
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
        String name = inv.arguments().get(0);
        TmReindexJob.Result r = inv.flag("check") ? job.check(name) : job.run(name, out.progress("re-indexing"));
        if (out.json()) {
            out.json(r);
            return;
        }
        if (inv.flag("check")) {
            out.line(r.outdated()
                    ? String.format(Locale.ROOT, "TM '%s': its metadata index is not up to date (%s without metadata copies;"
                            + " or made before tmsh read other tools' fields as it does now): run 'tm reindex %s'", r.tm(),
                            Output.count(r.unitsWithoutMeta(), "unit"), r.tm())
                    : String.format(Locale.ROOT, "TM '%s': its metadata index is up to date", r.tm()));
            return;
        }
        out.line(String.format(Locale.ROOT, "TM '%s': %s re-indexed (%s had no metadata copies); filters now see every"
                + " unit's metadata", r.tm(), Output.count(r.reindexed(), "unit"), String.format(Locale.ROOT, "%,d", r.unitsWithoutMeta())));
    }

    /** Tab offers the TM. */
    @Override
    protected OptionSpec.Kind argumentKind() {
        return OptionSpec.Kind.TM;
    }
}
