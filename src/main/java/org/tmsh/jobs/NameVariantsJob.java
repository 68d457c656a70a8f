package org.tmsh.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tmsh.common.TmshException;
import org.tmsh.names.Romanizer;
import org.tmsh.terms.Concept;
import org.tmsh.terms.Term;

/**
 * The spellings of a name per reading ({@code term variants}). A name in another script is read as it
 * is ({@link Romanizer#readings}). A Latin spelling is first taken back to its original: through the
 * glossaries (a concept with that spelling, or with it as a word of a spelling, gives its spellings in
 * other scripts), then through the exonyms (Kiew is Київ); every original found is read.
 *
 * <p>NOTE: a Latin spelling is not read backwards through the romanizations: Duden writes both с and з
 * as s, BGN/PCGN both е and э as e, and word endings (-ий / -ый / -ы as y) collapse too, so most names
 * would read back to several originals; the glossary is the translator's own answer.
 */
public final class NameVariantsJob {

    /** One original form of the name, how it was found, and its readings. */
    public record Original(String form, String via, Romanizer.Readings readings) {
    }

    /** What was found: the originals (empty: none), and a line saying why none were found. */
    public record Outcome(String name, List<Original> originals, String remark) {
    }

    private final Glossaries glossaries;

    public NameVariantsJob(Glossaries glossaries) {
        this.glossaries = glossaries;
    }

    public Outcome run(String name) {
        String n = name.strip();
        Romanizer romanizer = Romanizer.standard();
        if (!Romanizer.script(n).equals("Latn")) {
            return new Outcome(n, List.of(new Original(n, "as given", romanizer.readings(n))), null);
        }
        Map<String, String> originals = new LinkedHashMap<>();
        for (Map.Entry<String, Concept> e : glossaryConcepts(n).entrySet()) {
            for (Term t : e.getValue().terms()) {
                if (!Romanizer.script(t.form()).equals("Latn") && !Romanizer.script(t.form()).equals("Zyyy")) {
                    originals.putIfAbsent(t.form(), "glossary " + e.getKey());
                }
            }
        }
        for (String o : romanizer.originalsOf(n)) {
            originals.putIfAbsent(o, "'" + n + "' is its exonym");
        }
        String remark = null;
        List<Original> out = new ArrayList<>();
        originals.forEach((o, via) -> out.add(new Original(o, via, romanizer.readings(o))));
        if (out.isEmpty()) {
            remark = "no variants known for '" + n + "': no glossary has it with a spelling in another script, and it"
                    + " is no known exonym (give it in its original script, e.g. Лавров or 최선희, or add that to the"
                    + " glossary with 'term add')";
        }
        return new Outcome(n, out, remark);
    }

    /** Concepts of the readable glossaries with spelling {@code n} (whole, else as a word of a spelling), by "glossary:id". */
    private Map<String, Concept> glossaryConcepts(String n) {
        Map<String, Concept> out = new LinkedHashMap<>();
        for (String g : glossaries.store().list()) {
            try {
                for (Concept c : TermAddJob.conceptsWith(glossaries.store().load(g), n)) {
                    out.put(g + ":" + c.id(), c);
                }
            } catch (TmshException unreadable) {
                // a damaged glossary is named by the commands that list glossaries; here it only has no answer
            }
        }
        return out;
    }
}
