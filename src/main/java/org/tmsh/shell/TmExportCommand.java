package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import org.tmsh.TmshApplication;
import org.tmsh.jobs.TmRead;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/** {@code tm export FILE.tmx}: writes a translation memory as TMX 1.4. */
@Component
public class TmExportCommand extends TmshCommand {

    private final TmLibrary library;

    public TmExportCommand(TmLibrary library) {
        super("tm export", "Write a translation memory to a TMX 1.4 file, every unit as it was imported",
                "Translation memory", "tm export FILE.tmx [--tm NAME] [--json]", "tm export /tmp/news.tmx --tm news",
                List.of(OptionSpec.optional("tm", OptionSpec.Kind.TM, TmLibrary.DEFAULT, "translation memory"),
                        OptionSpec.flag("json", "print the summary as JSON")));
        this.library = library;
    }

    @Override
    protected List<Path> outputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the TMX file to write");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        TranslationMemory tm = library.open(TmLibrary.checkName(inv.get("tm")));
        Path file = inv.argumentPath();
        long n;
        n = TmRead.of(tm, () -> tm.export(file, TmshApplication.VERSION, new ProgressBar("exporting")));
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
