package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;


import org.tmsh.names.Romanizer;

/** {@code term variants NAME}: the spellings of a name per language and system. */
public class TermVariantsCommand extends TmshCommand {

    public TermVariantsCommand() {
        super("term variants", "Spellings of a name per language and romanization system (and exonyms)",
                "Terminology", "term variants NAME [--json]", "term variants 최선희",
                List.of(OptionSpec.flag("json", "print the variants as a JSON array")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the name");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        String name = inv.text();
        Romanizer romanizer = Romanizer.standard();
        List<Romanizer.Variant> variants = new ArrayList<>(romanizer.variants(name));
        if (variants.isEmpty()) {
            for (String original : romanizer.originalsOf(name)) {
                variants.add(new Romanizer.Variant(Romanizer.script(original), "original", original));
                variants.addAll(romanizer.variants(original));
            }
        }
        if (out.json()) {
            out.json(variants);
            return;
        }
        if (variants.isEmpty()) {
            out.line("no variants known for '" + name + "' (give it in its original script, e.g. Лавров or 최선희)");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"lang", "system", "spelling"});
        for (Romanizer.Variant v : variants) {
            rows.add(new String[] {v.lang(), v.system(), v.form()});
        }
        out.table(rows);
    }

    /** Tab offers a spelling from the glossaries. */
    @Override
    protected OptionSpec.Kind argumentKind() {
        return OptionSpec.Kind.TERM;
    }
}
