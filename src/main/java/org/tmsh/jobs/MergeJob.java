package org.tmsh.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentSegments;
import org.tmsh.document.InlineText;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.formats.xliff.XliffReader;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.UnitLabels;
import org.tmsh.memory.UnitMeta;
import org.tmsh.formats.tmx.TmxProps;
import org.tmsh.segment.SrxSegmenter;

/**
 * {@code merge}: the translated document in its original format, from an XLIFF made by
 * {@link PretranslateJob} (and filled in any XLIFF editor).
 *
 * <p>The original is found through the XLIFF's {@code skl/external-file} (relative to the XLIFF's
 * folder) and must have the checksum recorded there: a missing or changed original is an error.
 * Before anything is written, {@link MergeCheck} refuses an XLIFF whose units are not the original's
 * sentences in order (a unit lacking, added, moved, or swapped with another) or whose targets do not
 * carry their source's codes.
 *
 * <p>Each sentence takes its unit's target only when a person confirmed it ({@link Accept}): by
 * default a target in a final state (1.2 {@code translated}, {@code signed-off}, {@code final}, or
 * {@code approved="yes"}; 2.0 {@code translated}, {@code reviewed}, {@code final}; a target without
 * a state, as CAT tools write it), so a fuzzy match pre-filled for review never reaches the client
 * unseen. The other sentences keep their source; the result names them. Inline codes are restored
 * from the original by id, and the document is written through the Okapi filter's writer over the
 * original's skeleton (white space between and around sentences the original's own:
 * {@link DocumentSegments#write}). With a memory, the translated units (state {@code translated},
 * {@code signed-off}, {@code final}; 2.0 {@code translated}, {@code reviewed}, {@code final}) are
 * added to it.
 */
public final class MergeJob {

    /** States that count as translated. */
    public static final Set<String> DONE = Set.of("translated", "signed-off", "final", "reviewed");

    /** Unreviewed states {@link Accept#NEEDS_REVIEW} takes too (1.2 {@code needs-review-*}, 2.0 {@code initial}). */
    public static final Set<String> REVIEW = Set.of("needs-review-translation", "needs-review-l10n",
            "needs-review-adaptation", "initial");

    /** Which targets merge writes. */
    public enum Accept {
        /** Confirmed targets only: a final state, {@code approved="yes"}, or no state. */
        FINAL,
        /** Also targets waiting for review ({@link #REVIEW}). */
        NEEDS_REVIEW,
        /** Every non-empty target, whatever its state ({@code new}, {@code needs-translation} ...). */
        ANY;

        /** The option's value: {@code final}, {@code needs-review} or {@code any}. */
        public static Accept parse(String value) {
            for (Accept a : values()) {
                if (a.option().equals(value)) {
                    return a;
                }
            }
            throw new TmshException("merge: --accept must be final, needs-review or any (got '" + value + "')");
        }

        /** The value as the option spells it. */
        public String option() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        boolean takes(XliffReader.Entry e) {
            if (e.approved() || e.state() == null || DONE.contains(e.state())) {
                return true;
            }
            return this == ANY || this == NEEDS_REVIEW && REVIEW.contains(e.state());
        }
    }

    /**
     * What was written: segments, those translated and those kept in the source language, the
     * units added to the memory (null without one), the number of units in each state
     * ({@link #stateLabel}), and the
     * segments left in the source language, in document order; {@code cautions}, one line
     * each, where a pass mending what Okapi's writer dropped could not pair the merged document with the
     * original there and left it as written ({@link DocumentSegments#write}).
     */
    public record Result(Path out, int segments, int translated, int keptSource, ImportReport added,
                         Map<String, Integer> states, List<Kept> inSource, boolean noPairs, List<String> cautions) {
    }

    /**
     * A segment left in the source language, as a translator finds it: its number in the document (1 for the
     * first segment, the number a CAT tool shows), its text as the reader sees it, and its unit's id in the XLIFF.
     */
    public record Kept(int number, String id, String source) {
    }

    /**
     * How the summary counts a unit: {@code empty} without a target, its state, {@code no state},
     * or {@code approved} when 1.2's {@code approved="yes"} is what makes a target without a final
     * state final (an approved {@code translated} target counts as {@code translated}).
     */
    static String stateLabel(XliffReader.Entry e) {
        if (e.target() == null) {
            return "empty";
        }
        if (e.approved() && (e.state() == null || !DONE.contains(e.state()))) {
            return "approved";
        }
        return e.state() == null ? "no state" : e.state();
    }

    private final SrxSegmenter segmenter;

    public MergeJob(SrxSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /**
     * The original document {@code xliff} names (its {@code skl/external-file}, relative to the XLIFF's
     * folder), for the guard to declare before the merge; null when it names none.
     */
    public static Path original(Path xliff) {
        String skeleton = XliffReader.read(xliff).header().skeleton();
        return skeleton == null ? null : xliff.toAbsolutePath().getParent().resolve(skeleton).normalize();
    }

    /** Merges {@code xliff} into {@code out}, confirmed targets only; {@code tm} may be null. */
    public Result run(Path xliff, Path out, TranslationMemory tm, String toolVersion) {
        return run(xliff, out, tm, toolVersion, Accept.FINAL);
    }

    /** Merges {@code xliff} into {@code out}, the targets {@code accept} takes; {@code tm} may be null. */
    public Result run(Path xliff, Path out, TranslationMemory tm, String toolVersion, Accept accept) {
        return runOpening(xliff, out, tm == null ? null : () -> tm, toolVersion, accept);
    }

    /**
     * As above, with the memory opened (or created) only when there are translated pairs to add: a
     * merge without any leaves the memory as it was and creates none ({@link Result#added} is then
     * null, and {@link Result#noPairs} true).
     */
    public Result runOpening(Path xliff, Path out, java.util.function.Supplier<TranslationMemory> tm, String toolVersion,
                             Accept accept) {
        return runOpening(xliff, out, tm, toolVersion, accept, UnitLabels.NONE);
    }

    /**
     * As above; each pair added to the memory is marked {@code x-origin translated}, names its document,
     * carries {@code labels} (client, project, domain) and its neighbours' source texts
     * ({@code x-context-pre}/{@code x-context-post}, "" at the document's edges), so that pre-translating
     * the same paragraph again finds it as a context match.
     */
    public Result runOpening(Path xliff, Path out, java.util.function.Supplier<TranslationMemory> tm, String toolVersion,
                             Accept accept, UnitLabels labels) {
        // a 2.0 unit is one sentence, whatever segments and ignorables a translator's tool made of it
        XliffReader.Content c = XliffReader.readUnits(xliff);
        XliffReader.Header h = c.header();
        if (h.skeleton() == null || h.crc() == null) {
            throw TmshException.inFile(xliff, 0, "no original named in <skl><external-file href=... crc=...>: "
                    + "merge needs an XLIFF written by tmsh pretranslate");
        }
        if (h.srcLang() == null || h.tgtLang() == null) {
            throw TmshException.inFile(xliff, 0, "source-language and target-language are required");
        }
        Path parent = xliff.toAbsolutePath().getParent();
        Path original = parent.resolve(h.skeleton()).normalize();
        if (!Files.isRegularFile(original)) {
            throw TmshException.inFile(xliff, 0, "original document " + original + " not found (the XLIFF names '"
                    + h.skeleton() + "', relative to its folder)");
        }
        if (!PretranslateJob.sha256(original).equals(h.crc())) {
            throw TmshException.inFile(xliff, 0, "original document " + original
                    + " has changed since it was pre-translated (checksum differs); pre-translate it again");
        }
        // an XLIFF of pretranslate --furniture: every key names a unit of the page's furniture reading
        boolean furniture = DocumentSegments.furnitureKeys(c.entries().stream().map(XliffReader.Entry::id).toList());
        // One pass over the original (Okapi's filter is most of a merge's time): the document is written to a
        // temporary file while its sentences are gathered; the checks then run as they would before writing
        // (sentences first, then codes, first problem first), and a refusal leaves only the temporary file,
        // which is deleted. A target is written only when its unit's source is the sentence it lands on and
        // its codes are its source's, so a refused XLIFF never reaches the writer with a wrong target.
        Map<String, XliffReader.Entry> byId = new HashMap<>();
        Map<String, Integer> states = new TreeMap<>();
        TmshException badCodes = null;
        Set<String> withBadCodes = new HashSet<>();
        for (XliffReader.Entry e : c.entries()) {
            byId.putIfAbsent(e.id(), e);
            states.merge(stateLabel(e), 1, Integer::sum);
            if (e.target() != null && accept.takes(e)) {
                try {
                    MergeCheck.sameCodes(xliff, e);
                } catch (TmshException bad) {
                    badCodes = badCodes == null ? bad : badCodes;
                    withBadCodes.add(e.id());
                }
            }
        }
        List<DocumentSegments.Item> items = new ArrayList<>();
        int[] counts = new int[3];
        List<Kept> inSource = new ArrayList<>();
        List<TmxUnit> pairs = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Integer> pairAt = new ArrayList<>();
        List<String> cautions = new ArrayList<>();
        String now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).format(TmxWriter.TMX_DATE);
        Path temp;
        try {
            temp = AtomicFiles.tempSibling(out.toAbsolutePath());
        } catch (java.io.IOException e) {
            throw TmshException.inFile(out, 0, "cannot write: " + AtomicFiles.message(e), e);
        }
        try {
            DocumentSegments.write(original, h.srcLang(), h.tgtLang(), segmenter, furniture, item -> {
                items.add(item);
                counts[0]++;
                sources.add(InlineText.marked(item.content()));
                XliffReader.Entry e = byId.get(item.key());
                if (e == null || e.target() == null || !accept.takes(e) || withBadCodes.contains(e.id())
                        || !MergeCheck.sameSource(e, item)) {
                    counts[2]++;
                    inSource.add(new Kept(counts[0], item.key(), item.plain()));
                    return null;
                }
                counts[1]++;
                if (e.state() != null && DONE.contains(e.state())) {
                    // the source with the document's code ids, which the target's ids refer to (codes keep their identity)
                    pairAt.add(sources.size() - 1);
                    pairs.add(TmxUnit.pair(original.getFileName() + "#" + item.key(), h.srcLang(),
                            InlineText.marked(item.content()), h.tgtLang(),
                            e.target(), Map.of("x-document", original.getFileName().toString()), now));
                }
                return InlineText.fragment(e.target(), item.content());
            }, temp, cautions::add);
            if (items.isEmpty()) {
                throw TmshException.inFile(original, 0, "no text found in the document");
            }
            MergeCheck.sameSentences(xliff, original, items, c.entries());
            if (badCodes != null) {
                throw badCodes;
            }
            AtomicFiles.commit(temp, out.toAbsolutePath());
            if (!furniture) {
                int left = DocumentSegments.furnitureLeftOut(original, h.srcLang(), segmenter, items.size());
                if (left > 0) {
                    cautions.add(out + ": " + PretranslateJob.furnitureNotice(left)
                            + " (pretranslate --furniture takes them in)");
                }
            }
        } catch (java.io.IOException e) {
            throw TmshException.inFile(out, 0, "cannot write: " + AtomicFiles.message(e), e);
        } catch (java.io.UncheckedIOException e) {
            throw TmshException.inFile(out, 0, "cannot write: " + AtomicFiles.message(e.getCause())
                    + "; nothing was written", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (java.io.IOException e) {
                // the temporary file is only left behind
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            int k = pairAt.get(i);
            Map<String, String> props = new java.util.LinkedHashMap<>();
            props.put(UnitMeta.ORIGIN, UnitMeta.TRANSLATED);
            props.putAll(labels.props());
            props.put(UnitMeta.CONTEXT_PRE, k == 0 ? "" : sources.get(k - 1));
            props.put(UnitMeta.CONTEXT_POST, k + 1 >= sources.size() ? "" : sources.get(k + 1));
            pairs.set(i, TmxProps.set(pairs.get(i), props));
        }
        ImportReport added = tm == null || pairs.isEmpty() ? null : tm.get().add(pairs, h.srcLang(), xliff.toString());
        return new Result(out, counts[0], counts[1], counts[2], added, states, inSource, tm != null && pairs.isEmpty(),
                List.copyOf(cautions));
    }
}
