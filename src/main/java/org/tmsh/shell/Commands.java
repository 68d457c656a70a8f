package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import org.tmsh.TmshApplication;
import org.tmsh.align.Aligner;
import org.tmsh.align.DocumentAligner;
import org.tmsh.jobs.AlignJob;
import org.tmsh.jobs.ConcordanceJob;
import org.tmsh.jobs.Glossaries;
import org.tmsh.jobs.QaJob;
import org.tmsh.memory.TmLibrary;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.GlossaryStore;

/**
 * Every tmsh command, wired by hand: the one place that says which commands exist and what each
 * is given. The interactive shell registers them in Spring Shell's registry; a one-shot run builds
 * them without Spring at all (see {@link OneShot}). Costly services (the aligner's SRX rules and
 * name data) are built when a command first needs them, not at start.
 */
public final class Commands {

    private Commands() {
    }

    /** A supplier that builds its value once, on first use. */
    static <T> Supplier<T> once(Supplier<T> make) {
        return org.tmsh.common.Lazy.of(make);
    }

    /** The commands over {@code library}; {@code registry} is where help looks them up. */
    public static List<Command> all(TmLibrary library, Supplier<CommandRegistry> registry) {
        LastAlignment last = new LastAlignment();
        Supplier<DocumentAligner> aligner = once(() -> new DocumentAligner(SrxSegmenter.withDefaultRules(),
                Aligner.standard(), TmshApplication.VERSION));
        AlignJob align = new AlignJob(aligner, library);
        Supplier<SrxSegmenter> srx = once(SrxSegmenter::withDefaultRules);
        TermListCommand list = new TermListCommand();
        List<Command> commands = new ArrayList<>(List.of(
                new AlignCommand(align, last),
                new ReviewCommand(last, align),
                new QaCommand(new QaJob(library, Glossaries.underHome())),
                new TermAddCommand(), new TermDiscoverCommand(), new TermExportCommand(), new TermImportCommand(), list,
                new TermLookupCommand(), new TermMatchCommand(), new TermShowCommand(list), new TermVariantsCommand(),
                new TermDeleteCommand(), new TermEditCommand(), new TermMergeCommand(), new TermSplitCommand(),
                new GlossaryRenameCommand(), new GlossaryDeleteCommand(),
                new TmConcordanceCommand(new ConcordanceJob(library, GlossaryStore.underHome())),
                new TmCheckCommand(library), new TmReindexCommand(library), new TmOptimizeCommand(library), new TmCreateCommand(library), new TmConnectCommand(library),
                new TmDeleteCommand(library), new TmExportCommand(library), new TmImportCommand(library),
                new TmListCommand(library), new TmSearchCommand(library), new TmStatsCommand(library),
                new TmShowCommand(library), new TmEditCommand(library), new TmReplaceCommand(library),
                new TmDuplicatesCommand(library), new TmDedupCommand(library), new TmSettingsCommand(library),
                new AnalyzeCommand(library, srx), new PretranslateCommand(library, srx), new MergeCommand(library, srx),
                new HelpCommand(registry), new ExitCommand(), new HistoryCommand(), new ScriptCommand(registry),
                new ClearCommand(), new VersionCommand()));
        return commands;
    }
}
