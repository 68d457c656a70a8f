package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;


import org.tmsh.terms.Glossary;
import org.tmsh.terms.TermLookup;

/** {@code term lookup TEXT}: the glossary's names in a text, with the preferred form for the other language. */
public class TermLookupCommand extends TmshCommand {

    public TermLookupCommand() {
        super("term lookup", "Find the glossary's names in a text: position, concept, status, preferred form in --lang",
                "Terminology", "term lookup TEXT [--lang en] [--glossary NAME] [--json]",
                "term lookup \"Lawrow traf Choe Son-hui in Pjöngjang.\" --glossary seeds",
                List.of(OptionSpec.optional("lang", OptionSpec.Kind.LANGUAGE, "en", "language of the preferred forms shown"),
                        OptionSpec.optional("glossary", OptionSpec.Kind.GLOSSARY, null, "glossary name (default: every glossary)"),
                        OptionSpec.flag("json", "print the hits as a JSON array")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the text");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        TermListCommand.showReadable(inv, out, g -> show(inv, out, g));
    }

    private void show(Invocation inv, Output out, Glossary g) {
        List<TermLookup.Hit> hits = TermLookup.lookup(g, inv.text(), inv.get("lang"));
        if (out.json()) {
            out.json(hits.stream().map(HitView::of).toList());
            return;
        }
        if (hits.isEmpty()) {
            out.line("no name of glossary '" + g.name() + "' in the text");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"at", "found", "concept", "status", inv.get("lang") + " (preferred)"});
        for (TermLookup.Hit h : hits) {
            String found = h.how() == TermLookup.How.SPELLING ? h.text() : h.text() + " (" + (h.how() == TermLookup.How.FAMILY_NAME
                    ? "family name of " + h.term().form() : h.form()) + ")";
            rows.add(new String[] {h.start() + "-" + h.end(), found, h.concept().id(), h.term().status().label(),
                    h.preferredOther() == null ? "-" : h.preferredOther().form()});
        }
        out.table(rows);
    }

    /**
     * A hit as {@code --json} prints it: where, the text's form and the glossary's, how it was found
     * (spelling, inflected, family name), the concept, the term's status and the preferred spelling
     * of the other language.
     */
    record HitView(int start, int end, String text, String form, String how, String concept, String lang, String status,
                   String preferred) {
        static HitView of(TermLookup.Hit h) {
            return new HitView(h.start(), h.end(), h.text(), h.form(), h.how().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '), h.concept().id(), h.term().lang(), h.term().status().label(),
                    h.preferredOther() == null ? null : h.preferredOther().form());
        }
    }
}
