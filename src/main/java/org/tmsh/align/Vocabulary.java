package org.tmsh.align;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.tmsh.segment.Segments;

/**
 * Where the aligner's word pairs come from, in order of trust: a dictionary file (or, when none
 * is given and {@code installed}, the dictionaries installed for the language pair), and whether
 * to learn more from a first pass over the documents.
 *
 * @param dictionary a dictionary file ({@link Dictionaries} formats), or null
 * @param installed  when no file is given, use the dictionaries installed for the pair
 * @param learn      learn word pairs from a first pass; null: learn only when no dictionary is found
 */
public record Vocabulary(Path dictionary, boolean installed, Boolean learn) {

    /** Neither dictionary nor learning: the aligner as it was before it knew words. */
    public static final Vocabulary NONE = new Vocabulary(null, false, false);

    /** The installed dictionaries; learning when there are none. */
    public static final Vocabulary STANDARD = new Vocabulary(null, true, null);

    /** The lexicon for documents in {@code sl}/{@code tl}, read only for their words. */
    public Lexicon lexicon(String sl, String tl, Collection<Segments> sources, Collection<Segments> targets) {
        if (dictionary == null && !installed) {
            return Lexicon.EMPTY;
        }
        WordForms sf = WordForms.of(sl);
        WordForms tf = WordForms.of(tl);
        Set<String> sv = words(sources, sf);
        Set<String> tv = words(targets, tf);
        Dictionaries d = new Dictionaries(sf, tf, sv::contains, tv::contains);
        return dictionary != null ? d.read(dictionary) : d.installed(sl, tl);
    }

    /** The aligner for this vocabulary: {@code base} with {@code lexicon} and learning as asked. */
    public Aligner configure(Aligner base, Lexicon lexicon) {
        boolean l = learn != null ? learn : lexicon.isEmpty();
        return base.withLexicon(lexicon).withLearning(l);
    }

    private static Set<String> words(Collection<Segments> docs, WordForms forms) {
        Set<String> out = new HashSet<>();
        for (Segments s : docs) {
            for (String t : s.texts()) {
                out.addAll(forms.forms(t));
            }
        }
        return out;
    }
}
