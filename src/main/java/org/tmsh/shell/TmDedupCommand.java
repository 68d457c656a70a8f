package org.tmsh.shell;

import java.util.List;

import org.springframework.shell.core.InputReader;

import org.tmsh.jobs.DuplicatesJob;
import org.tmsh.memory.TmLibrary;

/**
 * {@code tm dedup NAME --keep newest}: keeps one translation of each source that has several and
 * deletes the others, after showing the count and asking (all or none).
 */
public class TmDedupCommand extends AskingCommand {

    private final DuplicatesJob job;

    public TmDedupCommand(TmLibrary library) {
        super("tm dedup", "Keep one translation of each source that has several (tm duplicates lists them); asks first",
                "Translation memory",
                "tm dedup NAME --keep newest|oldest|most-used|last-imported|first-imported [--source-lang L] [--target-lang L]"
                        + " [--dry-run] [--yes] [--json]",
                "tm dedup news --keep newest --dry-run",
                List.of(OptionSpec.required("keep", OptionSpec.Kind.TEXT, "which translation stays: "
                                + String.join("; ", java.util.Arrays.stream(DuplicatesJob.Keep.values())
                                        .map(k -> k.option() + ": " + k.description).toList())),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, null, "source language (default: the TM's)"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, null,
                                "target language (default: the TM's other language)"),
                        AskFirst.dryRun("only show what would be deleted"),
                        AskFirst.YES,
                        OptionSpec.flag("json", "print the units deleted as JSON")));
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
    protected void run(Invocation inv, Output out, InputReader in) {
        String name = inv.arguments().get(0);
        DuplicatesJob.Keep keep = DuplicatesJob.Keep.of(inv.get("keep"));
        AskFirst.changeUnits(this, inv, out, in, new AskFirst.Words("would be deleted", "deleted",
                        "no source has more than one translation",
                        shown -> "delete " + Output.count(shown.changes().size(), "unit") + " of TM '" + shown.tm()
                                + "', keeping the " + keep.option() + " translation of each source?"),
                dry -> job.dedup(name, inv.get("source-lang"), inv.get("target-lang"), keep, dry));
    }
}
