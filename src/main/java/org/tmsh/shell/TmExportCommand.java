package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;


import org.tmsh.TmshApplication;
import org.tmsh.jobs.TmExportJob;
import org.tmsh.memory.TmLibrary;

/** {@code tm export FILE.tmx}: writes a translation memory as TMX 1.4. */
public class TmExportCommand extends TmshCommand {

    private final TmExportJob job;

    public TmExportCommand(TmLibrary library) {
        super("tm export", "Write a translation memory to a file: TMX 1.4 (every unit as it was imported), XLIFF 1.2,"
                        + " TSV or CSV pairs; all units or those --filter selects",
                "Translation memory",
                "tm export FILE.tmx|FILE.xlf|FILE.tsv|FILE.csv [--tm NAME] [--format tmx|xliff|tsv|csv] [--filter EXPR] [--json]",
                "tm export /tmp/news.tmx --tm news",
                List.of(OptionSpec.optional("tm", OptionSpec.Kind.TM, TmLibrary.DEFAULT, "translation memory"),
                        OptionSpec.optional("format", OptionSpec.Kind.TEXT, null,
                                "tmx, xliff, tsv or csv (default: by the file's extension)"),
                        FilterOption.spec("only the units that pass"),
                        CellsOption.spec(org.tmsh.formats.FormulaCells.Mode.RAW, "a TSV or CSV file"),
                        OptionSpec.flag("json", "print the summary as JSON")));
        this.job = new TmExportJob(library, TmshApplication.VERSION);
    }

    /** Goes over every unit of the TM: the launcher keeps the optimising compiler ({@link TmshCommand#overWholeMemory}). */
    @Override
    public boolean overWholeMemory() {
        return true;
    }

    @Override
    protected List<Path> outputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    /** TMX or XLIFF, as --format or the name says (a name no format claims is refused by the job, with the formats). */
    @Override
    protected org.tmsh.jobs.FileGuard.Format outputFormat(Invocation inv, String option) {
        try {
            TmExportJob.Format f = TmExportJob.Format.of(inv.argumentPath(), inv.get("format"));
            org.tmsh.jobs.FileGuard.Format g = org.tmsh.jobs.FileGuard.Format.closed(f.name(), f.extensions().toArray(new String[0]));
            return inv.get("format") == null ? g : g.orUnclaimed();
        } catch (org.tmsh.common.TmshException e) {
            return org.tmsh.jobs.FileGuard.Format.TMX;
        }
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the file to write");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        org.tmsh.formats.FormulaCells cells = CellsOption.of(inv, org.tmsh.formats.FormulaCells.Mode.RAW);
        TmExportJob.Outcome o = job.run(inv.get("tm"), inv.argumentPath(), inv.get("format"), FilterOption.of(inv),
                cells, out.progress("exporting"));
        if (cells.note(o.file()) != null) {
            out.notice(cells.note(o.file()));
        }
        if (out.json()) {
            out.json(o);
            return;
        }
        out.line(String.format("%,d units of TM '%s' written to %s (%s)", o.units(), o.tm(), o.file(), o.format()));
        if (o.unreadable() > 0) {
            out.line(String.format("%,d units could not be read (the TM is damaged; 'tm check %s' names the parts) and are"
                    + " not in the file", o.unreadable(), o.tm()));
        }
    }
}
