package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;


import org.tmsh.terms.Glossary;
import org.tmsh.formats.glossary.GlossaryReader;
import org.tmsh.terms.GlossaryStore;

/** {@code term import FILE}: brings a glossary in (TBX v3 or 2008, OmegaT, CSV), merged into the glossary of that name. */
public class TermImportCommand extends TmshCommand {

    public TermImportCommand() {
        super("term import", "Import a glossary (format by extension: .tbx TBX-Basic v3 or 2008, .utf8/.txt/.tab OmegaT, .csv CSV, .xlsx Excel)",
                "Terminology", "term import FILE [--glossary NAME] [--source-lang de] [--target-lang en] [--encoding CHARSET] [--replace] [--json]",
                "term import glossaries/seeds.tbx",
                List.of(OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: the file's name)"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, null,
                                "source language of an OmegaT glossary (default de) or of a two-column CSV without a header"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, null,
                                "target language of an OmegaT glossary (default en) or of a two-column CSV without a header"),
                        OptionSpec.optional("encoding", OptionSpec.Kind.TEXT, null,
                                "encoding of a CSV or OmegaT glossary (default UTF-8; TBX declares its own)"),
                        OptionSpec.flag("replace", "replace the glossary instead of merging into it"),
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
        String src = inv.get("source-lang");
        String tgt = inv.get("target-lang");
        GlossaryReader.Read read = GlossaryReader.readReporting(file, name, src == null ? "de" : src, tgt == null ? "en" : tgt,
                inv.get("encoding"), src != null && tgt != null);
        Glossary g = read.glossary();
        GlossaryStore.Imported r = store.importInto(name, g, file, inv.flag("replace"));
        if (out.json()) {
            out.json(new Imported(name, r.replaced() ? "replaced" : r.existed() ? "merged" : "created", r.conceptsAdded(),
                    r.conceptsMerged(), r.termsAdded(), r.concepts(), r.terms(), read.skipped().size()));
            return;
        }
        String how = r.replaced() ? "replaced" : r.existed() ? "merged into" : "new";
        out.line(file + ": " + Output.count(r.conceptsAdded(), "concept") + " added, "
                + (r.conceptsMerged() == 0 ? "" : r.conceptsMerged() + " merged into concepts that share a spelling, ")
                + Output.count(r.termsAdded(), "spelling") + " added; now glossary '"
                + name + "' (" + how + "): " + r.concepts() + " concepts, " + r.terms() + " spellings"
                + (read.skipped().isEmpty() ? "" : "; " + read.skipped().size() + " lines skipped"));
        for (var s : read.skipped().subList(0, Math.min(10, read.skipped().size()))) {
            out.line("  skipped: line " + s.line() + ": " + s.reason());
        }
    }

    /** What was imported, as {@code --json} prints it. */
    record Imported(String glossary, String action, int conceptsAdded, int conceptsMerged, int termsAdded,
                    int concepts, int terms, int skipped) {
    }
}
