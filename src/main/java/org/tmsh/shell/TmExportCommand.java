package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import org.tmsh.TmshApplication;
import org.tmsh.jobs.TmRead;
import org.tmsh.common.TmshException;
import org.tmsh.jobs.BilingualImportJob;
import org.tmsh.jobs.XliffExportJob;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/** {@code tm export FILE.tmx}: writes a translation memory as TMX 1.4. */
@Component
public class TmExportCommand extends TmshCommand {

    private final TmLibrary library;

    public TmExportCommand(TmLibrary library) {
        super("tm export", "Write a translation memory to a TMX 1.4 file, every unit as it was imported",
                "Translation memory", "tm export FILE.tmx|FILE.xlf [--tm NAME] [--format tmx|xliff] [--json]",
                "tm export /tmp/news.tmx --tm news",
                List.of(OptionSpec.optional("tm", OptionSpec.Kind.TM, TmLibrary.DEFAULT, "translation memory"),
                        OptionSpec.optional("format", OptionSpec.Kind.TEXT, null, "tmx or xliff (default: by the file's extension)"),
                        OptionSpec.flag("json", "print the summary as JSON")));
        this.library = library;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the TMX file to write");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        TranslationMemory tm = library.open(TmLibrary.checkName(inv.get("tm")));
        Path file = inv.argumentPath();
        String format = inv.get("format") != null ? inv.get("format")
                : BilingualImportJob.handles(file) ? "xliff" : "tmx";
        long n = switch (format) {
            case "tmx" -> TmRead.of(tm, () -> tm.export(file, TmshApplication.VERSION, new ProgressBar("exporting")));
            case "xliff" -> {
                String[] langs = TmRead.of(tm, () -> tm.resolveLanguages(null, null));
                yield new XliffExportJob().run(tm, file, langs[0], langs[1], TmshApplication.VERSION,
                        new ProgressBar("exporting")).written();
            }
            default -> throw new TmshException(getName() + ": --format must be tmx or xliff (got '" + format + "')");
        };
        if (out.json()) {
            out.json(new Exported(tm.name(), file.toString(), n));
            return;
        }
        out.line(String.format("%,d units of TM '%s' written to %s", n, tm.name(), file));
    }

    /** What was exported, as {@code --json} prints it. */
    record Exported(String tm, String file, long units) {
    }
}
