package org.tmsh.memory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.tmsh.common.LanguageTags;
import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;

/**
 * One translation memory, wherever it lives: an embedded Lucene index on this machine
 * ({@link org.tmsh.memory.lucene.LuceneMemory}) or a SolrCloud collection shared by a team
 * ({@link org.tmsh.memory.solr.SolrMemory}). Commands hold this interface, never an implementation;
 * {@link TmLibrary} opens the right one from the TM's registration.
 *
 * <p>Every implementation keeps the same promises, checked by one contract test: an import adds
 * a unit whose texts are already in the TM at most once (the duplicate key of {@link UnitKeys}),
 * fuzzy scores are tmsh's own {@link org.tmsh.match.FuzzyScorer} percentages, and a failed import
 * changes nothing it had not already made durable (the embedded TM: nothing at all; Solr: whole
 * batches only, which a re-run completes without duplicates).
 */
public interface TranslationMemory extends Closeable {

    String name();

    /** "lucene" or "solr". */
    String backend();

    /** Where the units live: a folder, or a Solr URL and collection. */
    String location();

    /** Streams a TMX file into the TM. */
    default ImportReport importTmx(Path file, Progress progress) {
        return importFile(file, null, null, progress);
    }

    /**
     * Streams TMX, or tab-separated bilingual text ({@code .tsv}, {@code .tsv.gz}: source and target
     * in {@code srcLang} and {@code tgtLang}), into the TM.
     */
    default ImportReport importFile(Path file, String srcLang, String tgtLang, Progress progress) {
        return importFile(file, srcLang, tgtLang, progress, Map.of());
    }

    /**
     * {@link #importFile(Path, String, String, Progress)}, setting {@code props} in every unit's
     * {@code <tu>} ({@link org.tmsh.formats.tmx.TmxProps}: {@code x-client}, {@code x-project} ... given
     * on the command line); none: the units as read.
     */
    ImportReport importFile(Path file, String srcLang, String tgtLang, Progress progress, Map<String, String> props);

    /** Adds units made by tmsh (aligned pairs). */
    ImportReport add(List<TmxUnit> units, String srcLang, String origin);

    /** The TM's source language (from its first import), or null. */
    String sourceLang() throws IOException;

    /**
     * Language tags as the units carry them ({@code es}, {@code es-AR} and {@code es-BO} apart) with
     * their unit counts, most frequent first.
     */
    Map<String, Long> languages() throws IOException;

    /** How many units the TM holds. */
    long size() throws IOException;

    /**
     * Fuzzy matches of {@code text} in {@code srcLang}, with their {@code tgtLang} text, best first,
     * scored by {@link org.tmsh.match.FuzzyScorer}; at most {@code max}, none below {@code min}.
     */
    default List<Match> search(String text, String srcLang, String tgtLang, int min, int max) throws IOException {
        return search(text, srcLang, tgtLang, min, max, SearchOptions.NONE);
    }

    /**
     * {@link #search(String, String, String, int, int)} among the units that pass {@code options}' filter
     * (applied by the index, before scoring), with its penalties and context: the results are best
     * first by the shown score ({@link Match#score}), none below {@code min}.
     */
    List<Match> search(String text, String srcLang, String tgtLang, int min, int max, SearchOptions options)
            throws IOException;

    /**
     * Units whose text in any language (or in {@code lang}, if given) contains the words of
     * {@code text} in this order, ignoring case and accents, in the order of import (see {@link Concordance}).
     */
    default List<ConcordanceHit> concordance(String text, String lang, String otherLang, int max) throws IOException {
        return concordance(text, lang, otherLang, max, UnitFilter.ALL);
    }

    /** {@link #concordance(String, String, String, int)} among the units that pass {@code filter}. */
    List<ConcordanceHit> concordance(String text, String lang, String otherLang, int max, UnitFilter filter)
            throws IOException;

    /**
     * Calls {@code action} with every unit, in the order of import: its tuid, its texts (one variant
     * per language, tagged with the primary subtag) and its {@code <tu>} as imported.
     */
    void forEachUnit(Consumer<TmxUnit> action) throws IOException;

    /** {@link #forEachUnit(Consumer)} with progress; returns the number of units. */
    default long forEachUnit(Consumer<TmxUnit> action, Progress progress) throws IOException {
        long total = size();
        long[] n = {0};
        forEachUnit(u -> {
            action.accept(u);
            if (++n[0] % 1000 == 0) {
                progress.update(n[0], Math.max(total, n[0]));
            }
        });
        progress.update(n[0], n[0]);
        return n[0];
    }

    TmStats stats() throws IOException;

    /** The unit of this id ({@link UnitRecord}), or null if the TM has none. */
    UnitRecord unit(String id) throws IOException;

    /** Calls {@code action} with every unit and its id, in the order of import. */
    void forEachRecord(Consumer<UnitRecord> action) throws IOException;

    /**
     * Makes the changes {@code plan} decides (edits, deletions), all or nothing, under the lock an
     * import takes; returns them. With {@code dryRun} the plan sees the units as they are and nothing
     * is changed. The embedded TM commits them at once (one commit); a Solr TM sends the new
     * versions first and the deletions after, so a failure in between leaves both versions of a unit,
     * never neither, and the same command run again completes it.
     */
    List<UnitChange> change(UnitPlan plan, boolean dryRun);

    /**
     * Checks the TM's storage (every checksum and structure; {@code tm check}). Only an embedded TM is
     * checked here: a server checks its own.
     */
    default TmHealth check() throws IOException {
        throw new TmshException("tm check: TM '" + name() + "' is stored by a server (" + location()
                + "), which checks its own index; tm check reads embedded TMs only");
    }

    /**
     * The one line for a read of this TM that failed (I/O, or a runtime failure of the store's
     * library): names the TM, where it lives and what to do. {@link org.tmsh.jobs.TmRead} uses it.
     */
    default TmshException readFailure(Exception e) {
        return new TmshException("TM '" + name() + "' (" + location() + "): cannot read: " + e.getMessage(), e);
    }

    /**
     * Prepares the store for the look-ups to come, in the background: called once when an interactive shell opens
     * the TM ({@link TmLibrary#interactive}), never by a one-shot command. Returns at once; nothing waits for it. A
     * store with nothing to prepare (a server's) does nothing.
     */
    default void warm() {
    }

    /** Units the last {@link #forEachUnit} could not read (a damaged store) and left out; 0 normally. */
    default long unreadable() {
        return 0;
    }

    /**
     * Asks that the next import of this handle apply {@code plan} in the same commit as its units (an
     * import's conflict policy: {@code plan} gets the highest id before the import, so the units above it
     * are the import's). False when the store cannot; the caller then applies it as a change of its own
     * after the import. (Solr, without a transaction over several documents, applies it after the units
     * under the import's lock and records it first, so that a kill in between is finished by the next import.)
     */
    default boolean planWithImport(java.util.function.LongFunction<UnitPlan> plan) {
        return false;
    }

    /** As {@link #planWithImport(java.util.function.LongFunction)}; {@code what} names the plan in messages ("--on-conflict overwrite"). */
    default boolean planWithImport(String what, java.util.function.LongFunction<UnitPlan> plan) {
        return planWithImport(plan);
    }

    /**
     * How many units the index holds no metadata copies for ({@link MetaIndex}: units indexed before
     * metadata was indexed), so that a filter treats them as having none; 0 when every unit has them.
     */
    default long unindexedMeta() throws IOException {
        return 0;
    }

    /**
     * True when the units' metadata copies were made with another version of the field mapping
     * ({@link MetaIndex#VERSION}, {@link UnitFields}) than this tmsh's, or the TM does not say which:
     * {@link #reindex} brings them up to date.
     */
    default boolean metaOutdated() throws IOException {
        return unindexedMeta() > 0;
    }

    /**
     * Makes every unit's metadata copies again from its stored {@code <tu>} (what a filter reads), under
     * the lock an import takes; the units, their ids and their order stay as they are. Returns the
     * number of units. Embedded: one commit, all or nothing. Solr: each unit's document is replaced
     * whole (never missing), and a run that stops is completed by running it again.
     */
    default long reindex(Progress progress) {
        throw new TmshException("TM '" + name() + "' (" + backend() + ") cannot be re-indexed");
    }

    /**
     * Merges the TM's index down to at most {@code segments} segments (fewer segments, fewer term look-ups a query),
     * under the lock an import takes, all or nothing; the units, their ids and every look-up's answer stay as they
     * are. Embedded only: a Solr collection's merges are the cluster's own (its merge policy, and Solr's optimize
     * request, which rewrites every shard of a collection that other TMs may share).
     */
    default TmOptimized optimize(int segments, Progress progress) {
        throw new TmshException("TM '" + name() + "' (" + backend() + "): tm optimize merges an embedded TM's index;"
                + " a team memory's segments are merged by Solr itself");
    }

    /** Removes the TM's units and storage (the caller has asked the translator where that matters). */
    void drop() throws IOException;

    /** Language counts, most frequent first (for {@link #languages}). */
    static Map<String, Long> mostFrequentFirst(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> list = new java.util.ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        list.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * The source and target language to use: the given ones (BCP 47 ranges: {@code de} stands for every
     * {@code de-...} tag of the TM), else the TM's source and its most frequent other tag.
     */
    default String[] resolveLanguages(String src, String tgt) throws IOException {
        Map<String, Long> langs = languages();
        if (langs.isEmpty()) {
            throw new TmshException("TM '" + name() + "' is empty; add units with 'tm import FILE.tmx --tm " + name() + "'");
        }
        String s = src;
        if (s == null) {
            String declared = sourceLang();
            s = declared != null && !LanguageTags.matching(declared, langs.keySet()).isEmpty() ? declared
                    : langs.keySet().iterator().next();
        }
        List<String> sourceTags = LanguageTags.matching(s, langs.keySet());
        String t = tgt;
        if (t == null) {
            for (String l : langs.keySet()) {
                if (!sourceTags.contains(l)) {
                    t = l;
                    break;
                }
            }
        }
        for (String l : new String[] {s, t}) {
            if (l == null || LanguageTags.matching(l, langs.keySet()).isEmpty()) {
                throw new TmshException("TM '" + name() + "' has no units in " + (l == null ? "a second language" : "'" + l + "'")
                        + " (it has " + String.join(", ", langs.keySet()) + ")");
            }
        }
        return new String[] {s, t};
    }

    /**
     * Writes every unit, as it was imported and in the order of import, to a TMX 1.4 file;
     * returns the number written. The file appears whole or not at all.
     */
    default long export(Path out, String version, Progress progress) throws IOException {
        return export(out, version, progress, u -> true);
    }

    /** As {@link #export(Path, String, Progress)}, only the units {@code which} accepts. */
    default long export(Path out, String version, Progress progress, java.util.function.Predicate<TmxUnit> which)
            throws IOException {
        String src = sourceLang();
        TmxWriter w = new TmxWriter(out, src == null ? "*all*" : src, null, version);
        try {
            long[] n = {0};
            forEachUnit(u -> {
                if (which.test(u)) {
                    w.write(new TmxUnit(null, List.of(), u.xml()));
                    n[0]++;
                }
            }, progress);
            w.close();
            return n[0];
        } catch (IOException | RuntimeException e) {
            w.abort();
            throw e;
        }
    }
}
