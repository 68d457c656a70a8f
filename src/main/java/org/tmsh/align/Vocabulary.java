package org.tmsh.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.tmsh.common.Progress;
import org.tmsh.common.Words;

import org.tmsh.segment.Segments;

/**
 * Where the aligner's word pairs come from, in order of trust: a glossary's spellings of one
 * concept in the two languages ({@code terms}), a dictionary file (or, when none is given and
 * {@code installed}, the dictionaries installed for the language pair), a translation memory's
 * units ({@code memory}, word pairs learned from them), and whether to learn more from a first pass
 * over the documents.
 *
 * <p>NOTE: a {@link Lexicon}'s pairs carry no weight, so trust decides how a source's pairs are
 * taken, not how much they tell: glossary and dictionary entries are taken as they are; a memory's
 * pairs must co-occur in its units ({@link CooccurrenceLearner}: at least {@code learnMinCount}
 * units, Dice at least {@code learnMinDice}), as the self-learned pairs must in the first pass's
 * confident links. All are read only for the words of the documents to align.
 *
 * @param dictionary a dictionary file ({@link Dictionaries} formats), or null
 * @param installed  when no file is given, use the dictionaries installed for the pair
 * @param learn      learn word pairs from a first pass; null: learn only when no dictionary is found
 * @param terms      glossary spellings, each pair an entry (a phrase of up to three words a side)
 * @param memory     translation-memory units to learn word pairs from
 * @param compounds  pair the documents' compounds that no dictionary lists through their parts
 *                   ({@link CompoundSplitter}, {@link CompoundPairs})
 */
public record Vocabulary(Path dictionary, boolean installed, Boolean learn, PairSource terms, PairSource memory,
                         boolean compounds) {

    /** Neither dictionary nor learning: the aligner as it was before it knew words. */
    public static final Vocabulary NONE = new Vocabulary(null, false, false);

    /** The installed dictionaries; learning when there are none. */
    public static final Vocabulary STANDARD = new Vocabulary(null, true, null);

    public Vocabulary {
        terms = terms == null ? PairSource.NONE : terms;
        memory = memory == null ? PairSource.NONE : memory;
    }

    /** Without compound splitting (on Text+Berg it gained nothing: see docs/benchmarks.md, "Compounds"). */
    public Vocabulary(Path dictionary, boolean installed, Boolean learn, PairSource terms, PairSource memory) {
        this(dictionary, installed, learn, terms, memory, false);
    }

    /** Without glossary, memory or compound splitting. */
    public Vocabulary(Path dictionary, boolean installed, Boolean learn) {
        this(dictionary, installed, learn, PairSource.NONE, PairSource.NONE);
    }

    /** This vocabulary with a glossary's spellings as its most trusted pairs. */
    public Vocabulary withTerms(PairSource terms) {
        return new Vocabulary(dictionary, installed, learn, terms, memory, compounds);
    }

    /** This vocabulary also learning from a translation memory's units. */
    public Vocabulary withMemory(PairSource memory) {
        return new Vocabulary(dictionary, installed, learn, terms, memory, compounds);
    }

    /** This vocabulary pairing compounds through their parts, or not. */
    public Vocabulary withCompounds(boolean compounds) {
        return new Vocabulary(dictionary, installed, learn, terms, memory, compounds);
    }

    /** The word pairs of each source for documents in {@code sl}/{@code tl}, and each dictionary file's count. */
    record Sources(Lexicon terms, Lexicon dictionary, Lexicon memory, List<VocabularyUse.DictionaryPairs> files) {
        /** Glossary and dictionary as they are; the memory's learned pairs only where those know neither word. */
        Lexicon all() {
            return terms.with(dictionary).withGapsFilledBy(memory);
        }

        VocabularyUse use() {
            return new VocabularyUse(terms.size(), files, memory.size(), 0);
        }
    }

    /** The lexicon for documents in {@code sl}/{@code tl}, read only for their words. */
    public Lexicon lexicon(String sl, String tl, Collection<Segments> sources, Collection<Segments> targets) {
        return sources(sl, tl, sources, targets, AlignerSettings.defaults()).all();
    }

    /**
     * {@code base} with this vocabulary's lexicon for the documents and learning as asked (by
     * default: when no dictionary is found, whatever the glossary and the memory give). The
     * lexicon is made while the aligner's first pass runs.
     */
    public Aligner aligner(Aligner base, String sl, String tl, Collection<Segments> sources,
                           Collection<Segments> targets) {
        if (dictionary == null && !installed && terms == PairSource.NONE && memory == PairSource.NONE) {
            return base.withLexicon(Lexicon.EMPTY).withLearning(learn == null || learn);
        }
        return base.withVocabulary(() -> {
            Sources s = sources(sl, tl, sources, targets, base.settings());
            boolean l = learn != null ? learn : s.dictionary().isEmpty();
            return new Aligner.Loaded(s.all(), l, s.use());
        });
    }

    /**
     * Reads the dictionaries this vocabulary uses for {@code sl} to {@code tl} into the cache now,
     * if the cache does not hold them yet, reporting to {@code progress} (nothing at all when it
     * does, or when no dictionary is used): the one slow step of a first alignment, shown and
     * cancellable instead of hidden in the first pass.
     */
    public void warm(String sl, String tl, Progress progress) {
        if (dictionary == null && !installed) {
            return;
        }
        List<Dictionaries.Installed> read = dictionary != null
                ? List.of(new Dictionaries.Installed(dictionary, Dictionaries.detect(dictionary), false))
                : Dictionaries.installedFiles(sl, tl);
        new Dictionaries(WordForms.of(sl), WordForms.of(tl), f -> true, f -> true).cachedIn(DictionaryCache.inHome())
                .warm(read, progress);
    }

    Sources sources(String sl, String tl, Collection<Segments> sources, Collection<Segments> targets,
                    AlignerSettings settings) {
        boolean dict = dictionary != null || installed;
        if (!dict && terms == PairSource.NONE && memory == PairSource.NONE) {
            return new Sources(Lexicon.EMPTY, Lexicon.EMPTY, Lexicon.EMPTY, List.of());
        }
        WordForms sf = WordForms.of(sl);
        WordForms tf = WordForms.of(tl);
        Set<String> sv = words(sources, sf);
        Set<String> tv = words(targets, tf);
        Dictionaries d = new Dictionaries(sf, tf, sv, tv).cachedIn(DictionaryCache.inHome());
        Lexicon.Builder g = Lexicon.builder();
        terms.forEach(sl, tl, (s, t) -> d.pairPhrase(s, t, g::add));
        Lexicon fromDict = Lexicon.EMPTY;
        List<VocabularyUse.DictionaryPairs> files = new ArrayList<>();
        List<Dictionaries.Installed> read = !dict ? List.of() : dictionary != null
                ? List.of(new Dictionaries.Installed(dictionary, Dictionaries.detect(dictionary), false))
                : Dictionaries.installedFiles(sl, tl);
        List<DictionaryCache.Table> tables = new ArrayList<>();
        for (Dictionaries.Installed file : read) {
            DictionaryCache.Table table = d.table(file.path(), file.format(), file.reversed());
            Lexicon one = d.lexicon(table);
            tables.add(table);
            files.add(new VocabularyUse.DictionaryPairs(file.path().toString(), one.size()));
            fromDict = fromDict.with(one);
        }
        if (compounds && !tables.isEmpty()) {
            CompoundSplitter ss = CompoundSplitter.of(sl, sf);
            CompoundSplitter ts = CompoundSplitter.of(tl, tf);
            fromDict = fromDict.with(CompoundPairs.ofSource(tables, candidates(sources, sf, ss), ss, tv))
                    .with(CompoundPairs.ofTarget(tables, candidates(targets, tf, ts), ts, sv));
        }
        CooccurrenceLearner learner = new CooccurrenceLearner(settings.learnMinCount(), settings.learnMinDice());
        memory.forEach(sl, tl, (s, t) -> learner.count(known(sf.forms(s), sv), known(tf.forms(t), tv)));
        return new Sources(g.build(), fromDict, learner.lexicon(), files);
    }

    /** The forms of three letters or more that the documents hold. */
    private static Set<String> known(Collection<String> forms, Set<String> vocabulary) {
        Set<String> out = new HashSet<>();
        for (String f : forms) {
            if (f.length() >= 3 && vocabulary.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The documents' words that {@code splitter} may split, as written, in order, each with its form. */
    private static Map<String, String> candidates(Collection<Segments> docs, WordForms forms,
                                                  CompoundSplitter splitter) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!splitter.splits()) {
            return out;
        }
        for (Segments s : docs) {
            for (String t : s.texts()) {
                for (Words.Word w : Words.parts(t)) {
                    if (w.kind() == Words.Kind.WORD && splitter.candidate(w.text())) {
                        out.computeIfAbsent(w.text(), forms::form);
                    }
                }
            }
        }
        return out;
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
