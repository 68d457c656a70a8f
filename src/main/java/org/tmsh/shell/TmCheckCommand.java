package org.tmsh.shell;

import java.util.List;
import java.util.Locale;

import org.tmsh.common.TmshException;
import org.tmsh.jobs.TmCheckJob;
import org.tmsh.memory.TmHealth;
import org.tmsh.memory.TmLibrary;

/**
 * {@code tm check NAME}: checks every file of an embedded TM (checksums and structure) and names the
 * damaged parts; exit 0 when the TM is whole, 2 when it is damaged.
 */
public class TmCheckCommand extends TmshCommand {

    private final TmCheckJob job;

    public TmCheckCommand(TmLibrary library) {
        super("tm check", "Check a translation memory's files (checksums, structure) and name what is damaged",
                "Translation memory", "tm check NAME [--json]", "tm check news",
                List.of(OptionSpec.flag("json", "print the result as JSON")));
        this.job = new TmCheckJob(library);
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
        TmHealth h = job.run(inv.arguments().get(0));
        if (out.json()) {
            out.json(h);
        } else if (h.ok()) {
            out.line(String.format(Locale.ROOT, "TM '%s' (%s): whole, %,d units", h.name(), h.location(), h.units()));
        } else {
            for (String p : h.problems()) {
                out.line("damaged: " + p);
            }
        }
        if (!h.ok()) {
            throw new TmshException(String.format(Locale.ROOT, "TM '%s' (%s) is damaged: %,d of %,d units in damaged parts;"
                    + " 'tm export' saves the units that can still be read, 'tm delete %s --yes' removes the TM",
                    h.name(), h.location(), h.unitsInDamagedParts(), h.units(), h.name()));
        }
    }

    /** Tab offers the TM to check. */
    @Override
    protected OptionSpec.Kind argumentKind() {
        return OptionSpec.Kind.TM;
    }
}
