package org.tmsh.shell;

import java.util.ArrayList;
import java.util.List;

import org.tmsh.jobs.Glossaries;
import org.tmsh.jobs.NameVariantsJob;
import org.tmsh.names.Romanizer;

/**
 * {@code term variants NAME}: the spellings of a name grouped by reading ("Ukrainian, national 2010",
 * "Russian, BGN/PCGN"), its own language's first; a Latin spelling is taken to its original through the
 * glossaries or the exonyms.
 */
public class TermVariantsCommand extends TmshCommand {

    public TermVariantsCommand() {
        super("term variants", "Spellings of a name by reading (source language and system), its own language first;"
                        + " a Latin spelling through the glossaries or exonyms",
                "Terminology", "term variants NAME [--json]", "term variants 최선희",
                List.of(OptionSpec.flag("json", "print the variants as a JSON array")));
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the name");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        NameVariantsJob.Outcome o = new NameVariantsJob(Glossaries.underHome()).run(inv.text());
        if (out.json()) {
            List<VariantView> all = new ArrayList<>();
            for (NameVariantsJob.Original orig : o.originals()) {
                for (Romanizer.Variant v : orig.readings().variants()) {
                    all.add(new VariantView(orig.form(), orig.via(), orig.readings().language().lang(), v.reading(), v.lang(),
                            v.system(), v.form()));
                }
            }
            out.json(all);
            if (o.remark() != null) {
                out.notice(o.remark());
            }
            return;
        }
        if (o.originals().isEmpty()) {
            out.line(o.remark());
            return;
        }
        for (NameVariantsJob.Original orig : o.originals()) {
            Romanizer.Readings r = orig.readings();
            String lang = r.language().lang() == null ? "language open: " + r.language().why()
                    : org.tmsh.names.NameLanguage.name(r.language().lang()) + ": " + r.language().why();
            out.line(orig.form() + (orig.via().equals("as given") ? "" : " (" + orig.via() + ")") + ", " + lang);
            if (r.variants().isEmpty()) {
                out.line("  no romanization known for its script");
                continue;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"reading", "for", "spelling"});
            String last = null;
            for (Romanizer.Variant v : r.variants()) {
                rows.add(new String[] {v.reading().equals(last) ? "" : v.reading(), v.lang().equals("*") ? "any" : v.lang(),
                        v.form()});
                last = v.reading();
            }
            out.table(rows);
        }
    }

    /**
     * A spelling as {@code --json} prints it: the original it reads, how that was found, the original's language
     * (null: open), the reading, the language it is for ("*": any), the system and the spelling.
     */
    record VariantView(String original, String via, String language, String reading, String lang, String system,
                       String form) {
    }
}
