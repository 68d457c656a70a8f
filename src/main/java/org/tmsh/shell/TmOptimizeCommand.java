package org.tmsh.shell;

import java.util.List;
import java.util.Locale;

import org.tmsh.jobs.TmOptimizeJob;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmOptimized;

/**
 * {@code tm optimize NAME [--segments N]}: merges an embedded TM's index segments (an import never merges its large
 * ones), so that look-ups in a TM of millions of units look each term up in fewer of them.
 */
public class TmOptimizeCommand extends TmshCommand {

    private final TmOptimizeJob job;

    public TmOptimizeCommand(TmLibrary library) {
        super("tm optimize", "Merge an embedded TM's index into fewer segments (faster look-ups in a large TM)",
                "Translation memory", "tm optimize NAME [--segments N] [--json]", "tm optimize news --segments 10",
                List.of(OptionSpec.optional("segments", OptionSpec.Kind.INTEGER,
                                Integer.toString(TmOptimizeJob.DEFAULT_SEGMENTS), "the most segments left"),
                        OptionSpec.flag("json", "print the result as JSON")));
        this.job = new TmOptimizeJob(library);
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
        TmOptimized r = job.run(inv.arguments().get(0), inv.integer("segments"), out.progress("merging"));
        if (out.json()) {
            out.json(r);
            return;
        }
        if (r.segmentsAfter() == r.segmentsBefore()) {
            out.line(String.format(Locale.ROOT, "TM '%s': %s already; nothing to merge", r.tm(),
                    Output.count(r.segmentsBefore(), "segment")));
            return;
        }
        out.line(String.format(Locale.ROOT, "TM '%s': %s merged into %d (%s, %,d MB; %.1f s)", r.tm(),
                Output.count(r.segmentsBefore(), "segment"), r.segmentsAfter(), Output.count(r.units(), "unit"),
                r.bytesAfter() >> 20, r.seconds()));
    }

    /** Tab offers the TM. */
    @Override
    protected OptionSpec.Kind argumentKind() {
        return OptionSpec.Kind.TM;
    }
}
