package org.tmsh.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentSegments;
import org.tmsh.document.InlineText;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.formats.xliff.XliffReader;
import org.tmsh.memory.ImportReport;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/**
 * {@code merge}: the translated document in its original format, from an XLIFF made by
 * {@link PretranslateJob} (and filled in any XLIFF editor).
 *
 * <p>The original is found through the XLIFF's {@code skl/external-file} (relative to the XLIFF's
 * folder) and must have the checksum recorded there: a missing or changed original is an error,
 * as is a sentence of the original that the XLIFF lacks. Each sentence takes its unit's target
 * (inline codes restored from the original by id), or keeps its source when the target is empty;
 * the document is written through the Okapi filter's writer over the original's skeleton.
 * With a memory, the translated units (state {@code translated}, {@code signed-off}, {@code final};
 * 2.0 {@code translated}, {@code reviewed}, {@code final}) are added to it.
 */
public final class MergeJob {

    /** States that count as translated. */
    public static final Set<String> DONE = Set.of("translated", "signed-off", "final", "reviewed");

    /** What was written. */
    public record Result(Path out, int segments, int translated, int keptSource, ImportReport added, boolean noPairs) {
    }

    private final SrxSegmenter segmenter;

    public MergeJob(SrxSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Merges {@code xliff} into {@code out}; {@code tm} may be null. */
    public Result run(Path xliff, Path out, TranslationMemory tm, String toolVersion) {
        return runOpening(xliff, out, tm == null ? null : () -> tm, toolVersion);
    }

    /**
     * As above, with the memory opened (or created) only when there are translated pairs to add: a
     * merge without any leaves the memory as it was and creates none ({@link Result#added} is then
     * null, and {@link Result#noPairs} true).
     */
    public Result runOpening(Path xliff, Path out, java.util.function.Supplier<TranslationMemory> tm, String toolVersion) {
        XliffReader.Content c = XliffReader.read(xliff);
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
        Map<String, XliffReader.Entry> byId = new HashMap<>();
        for (XliffReader.Entry e : c.entries()) {
            byId.put(e.id(), e);
        }
        int[] counts = new int[3];
        Set<String> missing = new HashSet<>();
        List<TmxUnit> pairs = new ArrayList<>();
        String now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).format(TmxWriter.TMX_DATE);
        Path temp;
        try {
            temp = AtomicFiles.tempSibling(out.toAbsolutePath());
        } catch (java.io.IOException e) {
            throw TmshException.inFile(out, 0, "cannot write: " + e.getMessage(), e);
        }
        boolean furniture = DocumentSegments.furnitureKeys(byId.keySet()); // pretranslate --furniture
        DocumentSegments.write(original, h.srcLang(), h.tgtLang(), segmenter, furniture, item -> {
            counts[0]++;
            XliffReader.Entry e = byId.get(item.key());
            if (e == null) {
                missing.add(item.key());
                return null;
            }
            if (e.target() == null) {
                counts[2]++;
                return null;
            }
            counts[1]++;
            if (e.state() != null && DONE.contains(e.state())) {
                pairs.add(TmxUnit.pair(original.getFileName() + "#" + item.key(), h.srcLang(), item.text(), h.tgtLang(),
                        e.target(), Map.of("x-document", original.getFileName().toString()), now));
            }
            return InlineText.fragment(e.target(), item.content());
        }, temp);
        try {
            if (!missing.isEmpty()) {
                Files.deleteIfExists(temp);
            } else {
                AtomicFiles.commit(temp, out.toAbsolutePath());
            }
        } catch (java.io.IOException e) {
            throw TmshException.inFile(out, 0, "cannot write: " + e.getMessage(), e);
        }
        if (!missing.isEmpty()) {
            throw TmshException.inFile(xliff, 0, missing.size() + " sentence(s) of " + original
                    + " are not in the XLIFF (first: " + missing.stream().sorted().findFirst().orElseThrow()
                    + "); was it made from this document with the same segmentation rules?");
        }
        ImportReport added = tm == null || pairs.isEmpty() ? null : tm.get().add(pairs, h.srcLang(), xliff.toString());
        return new Result(out, counts[0], counts[1], counts[2], added, tm != null && pairs.isEmpty());
    }
}
