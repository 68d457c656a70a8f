package org.tmsh.shell;

import java.util.List;



/** {@code term show ID|SPELLING}: one concept in full (what {@code term list ID} shows). */
public class TermShowCommand extends TmshCommand {

    private final TermListCommand list;

    public TermShowCommand(TermListCommand list) {
        super("term show", "Show one concept in full: every spelling with language, script, status, system, where seen",
                "Terminology", "term show ID|SPELLING [--glossary NAME] [--json]", "term show Lawrow --glossary seeds",
                List.of(OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: every glossary)"),
                        OptionSpec.flag("json", "print the concept as JSON")));
        this.list = list;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the concept id or a spelling");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        list.run(inv, out);
    }

    /** Tab offers a spelling from the glossaries. */
    @Override
    protected OptionSpec.Kind argumentKind() {
        return OptionSpec.Kind.TERM;
    }
}
