package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.tmsh.terms.Glossary;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.terms.GlossaryStore;

/** {@code term import FILE}: brings a TBX glossary (v3 or 2008, told apart by content) in. */
@Component
public class TermImportCommand extends TmshCommand {

    public TermImportCommand() {
        super("term import", "Import a glossary (format by content: TBX-Basic v3, TBX 2008, OmegaT's tab-separated, CSV)",
                "Terminology", "term import FILE [--glossary NAME] [--source-lang de] [--target-lang en] [--encoding CHARSET] [--json]",
                "term import glossaries/seeds.tbx",
                List.of(OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: the file's name)"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, "de", "source language of an OmegaT glossary"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, "en", "target language of an OmegaT glossary"),
                        OptionSpec.optional("encoding", OptionSpec.Kind.TEXT, null,
                                "encoding of a CSV or OmegaT glossary (default UTF-8; TBX declares its own)"),
                        OptionSpec.flag("json", "print the summary as JSON")));
    }

    @Override
    protected List<Path> inputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the TBX file");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        Path file = inv.argumentPath();
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = inv.get("glossary") == null ? base : inv.get("glossary");
        GlossaryStore store = GlossaryStore.underHome();
        store.file(name);
        Glossary g = GlossaryReader.readAny(file, name, inv.get("source-lang"), inv.get("target-lang"), inv.get("encoding"));
        store.save(g);
        int terms = g.concepts().stream().mapToInt(c -> c.terms().size()).sum();
        if (out.json()) {
            out.json(Map.of("glossary", name, "concepts", g.concepts().size(), "terms", terms));
            return;
        }
        out.line(file + ": " + g.concepts().size() + " concepts, " + terms + " spellings, now glossary '" + name + "'");
    }
}
