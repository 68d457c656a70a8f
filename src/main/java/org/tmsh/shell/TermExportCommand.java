package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;


import org.tmsh.common.TmshException;
import org.tmsh.terms.Glossary;
import org.tmsh.jobs.Glossaries;
import org.tmsh.formats.glossary.GlossaryWriter;

/**
 * {@code term export FILE}: writes a glossary as TBX-Basic 2008 (the default of {@code .tbx}: what
 * CAT tools import), TBX-Basic v3, OmegaT's glossary or CSV with language columns.
 */
public class TermExportCommand extends TmshCommand {

    public TermExportCommand() {
        super("term export", "Export a glossary: TBX-Basic 2008 (.tbx, for CAT tools), TBX v3, OmegaT's .utf8, CSV",
                "Terminology", "term export FILE [--format tbx|tbx3|omegat|csv] [--source-lang de] [--target-lang en]"
                        + " [--glossary NAME] [--json]", "term export /tmp/names.utf8 --source-lang de --target-lang en",
                List.of(OptionSpec.optional("format", OptionSpec.Kind.TEXT, null, "tbx (TBX-Basic 2008), tbx3, omegat or csv (default: by extension)"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, "de", "source language of two-column formats, first column of CSV"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, "en", "target language of two-column formats, second column of CSV"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: the only one)"),
                        CellsOption.spec(org.tmsh.formats.FormulaCells.Mode.RAW, "a CSV or OmegaT file"),
                        OptionSpec.flag("json", "print the summary as JSON")));
    }

    @Override
    protected List<Path> outputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    /** The format --format names (or the name's extension implies): its file names are the only ones taken. */
    @Override
    protected org.tmsh.jobs.FileGuard.Format outputFormat(Invocation inv, String option) {
        org.tmsh.jobs.FileGuard.Format f = switch (format(inv)) {
            case OMEGAT -> org.tmsh.jobs.FileGuard.Format.OMEGAT_GLOSSARY;
            case CSV -> org.tmsh.jobs.FileGuard.Format.CSV;
            default -> org.tmsh.jobs.FileGuard.Format.TBX;
        };
        return inv.get("format") == null ? f : f.orUnclaimed();
    }

    /** --format, else the format the file's extension implies. */
    private GlossaryWriter.Format format(Invocation inv) {
        if (inv.get("format") == null) {
            return GlossaryWriter.byExtension(inv.argumentPath());
        }
        GlossaryWriter.Format format = GlossaryWriter.Format.named(inv.get("format"));
        if (format == null) {
            throw new TmshException(getName() + ": unknown format '" + inv.get("format") + "' ("
                    + String.join(", ", GlossaryWriter.Format.NAMES.keySet()) + ")");
        }
        return format;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the file to write");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        Path file = inv.argumentPath();
        GlossaryWriter.Format format = format(inv);
        Glossaries glossaries = Glossaries.underHome();
        Glossary g = glossaries.store().load(glossaries.single(inv.get("glossary"), getName()));
        org.tmsh.formats.FormulaCells cells = CellsOption.of(inv, org.tmsh.formats.FormulaCells.Mode.RAW);
        GlossaryWriter.write(g, file, format, inv.get("source-lang"), inv.get("target-lang"), cells);
        if (cells.note(file) != null) {
            out.notice(cells.note(file));
        }
        if (out.json()) {
            out.json(new Exported(g.name(), file.toString(), format.name().toLowerCase(Locale.ROOT), g.concepts().size(),
                    cells.found()));
            return;
        }
        out.line("glossary '" + g.name() + "' (" + Output.count(g.concepts().size(), "concept") + ") written to " + file
                + " as " + inWords(format));
    }

    /** The format as a translator knows it ("an OmegaT glossary", not the option's "omegat"). */
    static String inWords(GlossaryWriter.Format format) {
        return switch (format) {
            case TBX2008 -> "TBX-Basic 2008 (for memoQ, MultiTerm, most CAT tools)";
            case TBX3 -> "TBX v3";
            case OMEGAT -> "an OmegaT glossary (for the project's glossary/ folder)";
            case CSV -> "CSV";
        };
    }

    /** What was exported, as {@code --json} prints it. */
    record Exported(String glossary, String file, String format, int concepts, long formulaCells) {
    }
}
