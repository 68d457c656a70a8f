package org.tmsh.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sf.okapi.common.resource.TextFragment;

import org.tmsh.common.Progress;
import org.tmsh.common.TmshException;
import org.tmsh.document.DocumentReader;
import org.tmsh.document.DocumentSegments;
import org.tmsh.document.InlineText;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.formats.xliff.XliffFileWriter;
import org.tmsh.formats.xliff.XliffUnit;
import org.tmsh.match.CodePlacement;
import org.tmsh.memory.Match;
import org.tmsh.memory.SearchOptions;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;
import org.tmsh.terms.Glossary;
import org.tmsh.terms.TermLookup;

/**
 * {@code pretranslate}: a document as XLIFF 1.2, one {@code trans-unit} a sentence, with the memory's
 * best matches as {@code alt-trans}, the target filled from the best match at or above the fill
 * threshold, the glossary's names as notes, and beside it the leveraged TMX (every match offered).
 *
 * <p>A filled target is marked as CAT tools read it: {@code state="translated"
 * state-qualifier="exact-match"} for a 100% match, {@code state="needs-review-translation"
 * state-qualifier="fuzzy-match"} below. Okapi's leveraging step never sets these (Okapi issue 221),
 * which is one reason tmsh writes the file itself. Inline codes of the source are kept with their ids.
 *
 * <p>A fuzzy match that {@link org.tmsh.match.MatchRepair} repairs (only numbers, or glossary names,
 * differ) fills the target whatever {@code --fill}, marked {@code state="needs-review-translation"
 * state-qualifier="leveraged-tm"}, with a first {@code alt-trans} of origin {@code tmsh-repair:tm:NAME}
 * (the original match's quality) and a note {@code from="tmsh-repair"} saying what was substituted.
 *
 * <p>A fuzzy match whose numbers or dates differ by value from the sentence's ({@link
 * org.tmsh.numbers.ValueDiff}: "3. November" against "1. November", "1.500" against "1.200") and which
 * was not repaired never fills the target, whatever {@code --fill}: it stays an {@code alt-trans},
 * with a note {@code from="tmsh-numbers"} naming each difference.
 *
 * <p>Every target made from a match carries the sentence's inline codes where their words went
 * ({@link CodePlacement}); a filled target with a code placed by guess is marked
 * {@code needs-review-translation} with a note {@code from="tmsh-codes"} naming it.
 */
public final class PretranslateJob {

    /**
     * What to do. {@code glossary} may be null. With {@code copySource}, a target left empty holds a copy
     * of the source in state {@code needs-translation} (as Okapi's Rainbow prepares XLIFF for OmegaT,
     * whose XLIFF filter translates targets). With {@code furniture}, an HTML page's navigation and
     * footers (a DOCX's page headers and footers) are units too, and {@code merge} translates them.
     */
    public record Request(Path document, Path out, String srcLang, String tgtLang, int fill, int max,
                          Glossary glossary, String toolVersion, String xliffVersion, boolean copySource,
                          boolean furniture, SearchOptions options) {

        /** Every unit of the memory, without penalties. */
        public Request(Path document, Path out, String srcLang, String tgtLang, int fill, int max,
                       Glossary glossary, String toolVersion, String xliffVersion, boolean copySource,
                       boolean furniture) {
            this(document, out, srcLang, tgtLang, fill, max, glossary, toolVersion, xliffVersion, copySource, furniture,
                    SearchOptions.NONE);
        }

        /** Without copies of the source in empty targets, without page furniture. */
        public Request(Path document, Path out, String srcLang, String tgtLang, int fill, int max, Glossary glossary,
                       String toolVersion, String xliffVersion) {
            this(document, out, srcLang, tgtLang, fill, max, glossary, toolVersion, xliffVersion, false, false);
        }

        /** XLIFF 1.2. */
        public Request(Path document, Path out, String srcLang, String tgtLang, int fill, int max, Glossary glossary,
                       String toolVersion) {
            this(document, out, srcLang, tgtLang, fill, max, glossary, toolVersion, "1.2");
        }
    }

    /**
     * What was written: segments per band, targets filled, units in the leveraged TMX, and how many of the
     * filled targets were context matches, written as confirmed ({@link #CONTEXT_STATE}).
     */
    public record Result(Path xliff, Path tmx, int segments, int filled, int names, long tmxUnits,
                         Map<String, Integer> bands, int contextFilled) {
    }

    /**
     * The state of a target filled from a context match (an exact match stored between the same
     * neighbours): confirmed, {@code final} (XLIFF 1.2 with {@code approved="yes"}; 2.0 {@code final}),
     * which a merge takes as done.
     */
    public static final String CONTEXT_STATE = "final";

    /** The state qualifier of a context match (1.2 allows {@code x-} values; 2.0 writes {@code subState="tmsh:..."}). */
    public static final String CONTEXT_QUALIFIER = "x-context-match";

    /**
     * Where a job's matches go besides the XLIFF and its TMX (an OmegaT project's memories and
     * glossary): texts as the memory holds them, with {@link org.tmsh.common.Markers} for codes.
     */
    public interface MatchSink {

        /** Takes nothing. */
        MatchSink NONE = new MatchSink() { };

        /** A 100% match for the segment {@code source} (the document's text): confirmed, fit to be inserted. */
        default void exact(String source, String target) {
        }

        /** A match to offer for review, never to insert unseen: repaired ({@code source} is the document's), or fuzzy. */
        default void offered(String source, String target, int quality) {
        }

        /** A glossary concept named in the document. */
        default void name(org.tmsh.terms.Concept concept) {
        }
    }

    /** The state of a target that holds a copy of its source ({@code --copy-source}): still to translate. */
    public static final String COPIED_SOURCE_STATE = "needs-translation";

    /** Origin prefix of a repaired match: {@code tmsh-repair:tm:NAME}. */
    public static final String REPAIR_ORIGIN = "tmsh-repair:";

    /** Author of the note on a target whose inline codes were placed by guess. */
    public static final String CODES_NOTE = "tmsh-codes";

    /** Author of the note on a match left unfilled because its numbers or dates differ. */
    public static final String NUMBERS_NOTE = "tmsh-numbers";

    /** Origin written on alt-trans from a memory: {@code tm:NAME}. */
    public static String origin(TranslationMemory tm) {
        return "tm:" + tm.name();
    }

    private final SrxSegmenter segmenter;

    public PretranslateJob(SrxSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The leveraged TMX written beside {@code xliff}: same name, {@code .tmx}. */
    public static Path tmxBeside(Path xliff) {
        String name = xliff.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return xliff.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".tmx");
    }

    /** What pretranslate and merge say of the page furniture a document's reading left out. */
    static String furnitureNotice(int left) {
        return left + (left == 1 ? " segment" : " segments") + " of page furniture (HTML navigation, cookie notices and"
                + " footers; DOCX page headers and footers) " + (left == 1 ? "is" : "are")
                + " not in the bilingual file and stay in the source language";
    }

    public Result run(Request r, TranslationMemory tm, Progress progress) {
        return run(r, tm, progress, MatchSink.NONE);
    }

    /** As {@link #run(Request, TranslationMemory, Progress)}, each match also handed to {@code sink}. */
    public Result run(Request r, TranslationMemory tm, Progress progress, MatchSink sink) {
        if (r.fill() < MatchBand.LOWEST || r.fill() > 100) {
            throw new TmshException("pretranslate: --fill must be " + MatchBand.LOWEST + " to 100");
        }
        if (!r.xliffVersion().equals("1.2") && !r.xliffVersion().equals("2.0")) {
            throw new TmshException("pretranslate: --xliff must be 1.2 or 2.0 (got '" + r.xliffVersion() + "')");
        }
        if (r.max() < 1) {
            throw new TmshException("pretranslate: --max must be at least 1");
        }
        Leverage leverage = new Leverage(tm, r.srcLang(), r.tgtLang(), segmenter, r.max(), r.glossary(), Leverage.THREADS,
                r.options());
        List<DocumentSegments.Item> items = r.furniture() ? DocumentSegments.read(r.document(), r.srcLang(), segmenter, true)
                : leverage.segments(r.document());
        DocumentReader.cautions(r.document()).forEach(progress::notice);
        if (!r.furniture()) {
            int left = DocumentSegments.furnitureLeftOut(r.document(), r.srcLang(), segmenter, items.size());
            if (left > 0) {
                progress.notice(r.document() + ": " + furnitureNotice(left) + "; --furniture takes them in");
            }
        }
        TermLookup names = r.glossary() == null ? null : new TermLookup(r.glossary());
        Path absOut = r.out().toAbsolutePath();
        XliffFileWriter.Header header = new XliffFileWriter.Header(original(r.document(), absOut), datatype(r.document()),
                r.srcLang(), r.tgtLang(), sha256(r.document()), r.toolVersion());
        Path tmxPath = tmxBeside(absOut);
        Written w = new Written(r, tm, names, progress, items.size(), sink, leverage.codes());
        XliffFileWriter xliff = XliffFileWriter.of(r.xliffVersion(), absOut, header);
        TmxWriter tmx = new TmxWriter(tmxPath, r.srcLang(), r.tgtLang(), r.toolVersion(), TmxWriter.datatype(List.of(r.document())));
        try {
            leverage.each(items, l -> w.unit(l, xliff, tmx));
            xliff.close();
            tmx.close();
        } catch (RuntimeException e) {
            xliff.abort();
            tmx.abort();
            if (e instanceof java.io.UncheckedIOException io) {
                throw TmshException.inFile(r.out(), 0, "cannot write: " + org.tmsh.common.AtomicFiles.message(io.getCause())
                        + "; nothing was written", io);
            }
            throw e;
        }
        Map<String, Integer> labelled = new LinkedHashMap<>();
        for (MatchBand b : MatchBand.values()) {
            labelled.put(b.label(), w.bands.getOrDefault(b, 0));
        }
        return new Result(absOut, tmxPath, items.size(), w.filled, w.nameNotes, w.inTmx.size(), labelled, w.contextFilled);
    }

    /** What the units written so far add up to; one unit at a time, in document order. */
    private static final class Written {
        private final Request r;
        private final TranslationMemory tm;
        private final TermLookup names;
        private final Progress progress;
        private final int total;
        private final MatchSink sink;
        final EnumMap<MatchBand, Integer> bands = new EnumMap<>(MatchBand.class);
        int contextFilled;
        final Set<String> inTmx = new HashSet<>();
        int filled;
        int nameNotes;
        private int done;
        private final CodePlacement codes;

        Written(Request r, TranslationMemory tm, TermLookup names, Progress progress, int total, MatchSink sink,
                CodePlacement codes) {
            this.sink = sink;
            this.codes = codes;
            this.r = r;
            this.tm = tm;
            this.names = names;
            this.progress = progress;
            this.total = total;
        }

        void unit(Leverage.Looked l, XliffFileWriter xliff, TmxWriter tmx) {
            DocumentSegments.Item item = l.item();
            bands.merge(l.band(), 1, Integer::sum);
            List<XliffUnit.Alt> alts = new ArrayList<>();
            List<XliffUnit.Note> notes = new ArrayList<>();
            List<List<String>> guessed = new ArrayList<>();
            if (l.repaired().isPresent()) {
                Match m = l.matches().get(0);
                CodePlacement.Placed p = codes.place(item.text(), m.source(), l.repaired().get().target(), r.srcLang(),
                        r.tgtLang());
                guessed.add(p.guessed());
                alts.add(new XliffUnit.Alt(m.score(), REPAIR_ORIGIN + origin(tm), item.content(),
                        InlineText.fromMemory(p.target(), item.content(), true)));
                notes.add(new XliffUnit.Note("tmsh-repair", "repaired from a " + m.score() + "% match: "
                        + String.join(", ", l.repaired().get().substitutions().stream().map(Object::toString).toList())));
                sink.offered(item.text(), l.repaired().get().target(), m.score());
            }
            if (l.best() >= 100) {
                sink.exact(item.text(), l.matches().get(0).target());
            }
            for (Match m : l.matches()) {
                CodePlacement.Placed p = codes.place(item.text(), m.source(), m.target(), r.srcLang(), r.tgtLang());
                guessed.add(p.guessed());
                alts.add(new XliffUnit.Alt(m.score(), origin(tm), InlineText.fromMemory(m.source(), item.content(), false),
                        InlineText.fromMemory(p.target(), item.content(), true)));
                if (m.score() < 100) {
                    sink.offered(m.source(), m.target(), m.score());
                }
                if (inTmx.add(m.source() + "\u0000" + m.target())) {
                    tmx.unit(m.tuid() == null ? "tmsh-" + inTmx.size() : m.tuid(), m.source(), m.target(),
                            Map.of("x-origin", origin(tm)));
                }
            }
            TextFragment target = null;
            String state = null;
            String qualifier = null;
            if (l.repaired().isPresent()) {
                target = alts.get(0).target();
                state = "needs-review-translation";
                qualifier = "leveraged-tm";
                filled++;
            } else if (!l.valueDifferences().isEmpty()) {
                notes.add(new XliffUnit.Note(NUMBERS_NOTE, "not filled: the " + l.best() + "% match differs from the sentence"
                        + " in numbers or dates: " + String.join("; ", l.valueDifferences().stream()
                        .map(d -> d.describe("the sentence", "the match")).toList())));
            } else if (l.best() >= r.fill()) {
                target = alts.get(0).target();
                boolean context = l.matches().get(0).context() && l.best() > 100;
                state = context ? CONTEXT_STATE : l.best() >= 100 ? "translated" : "needs-review-translation";
                qualifier = context ? CONTEXT_QUALIFIER : l.best() >= 100 ? "exact-match" : "fuzzy-match";
                filled++;
                if (context) {
                    contextFilled++;
                }
            }
            if (target != null && !guessed.get(0).isEmpty()) {
                if (CONTEXT_STATE.equals(state)) {
                    contextFilled--; // codes placed by guess: not confirmed after all
                }
                state = "needs-review-translation";
                notes.add(new XliffUnit.Note(CODES_NOTE, "inline codes placed by guess, check them: "
                        + String.join("; ", guessed.get(0))));
            }
            if (target == null && r.copySource()) {
                target = item.content().clone();
                state = COPIED_SOURCE_STATE;
            }
            List<XliffUnit.Name> found = new ArrayList<>();
            if (names != null) {
                for (TermLookup.Hit h : names.find(item.plain(), r.tgtLang())) {
                    found.add(new XliffUnit.Name(h.text(), h.preferredOther() == null ? null : h.preferredOther().form(),
                            h.concept().id()));
                    sink.name(h.concept());
                    nameNotes++;
                }
            }
            xliff.write(new XliffUnit(item.key(), item.content(), target, state, qualifier, notes, found, alts),
                    r.srcLang(), r.tgtLang());
            progress.update(++done, total);
        }
    }

    /** The original as the XLIFF names it: relative to the XLIFF's folder when possible. */
    static String original(Path document, Path xliff) {
        Path doc = document.toAbsolutePath().normalize();
        Path dir = xliff.toAbsolutePath().normalize().getParent();
        try {
            return dir.relativize(doc).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return doc.toString();
        }
    }

    static String datatype(Path document) {
        return switch (DocumentReader.extension(document)) {
            case "html", "htm", "xhtml" -> "html";
            case "docx" -> "x-docx";
            case "xlf", "xliff" -> "xml";
            default -> "plaintext";
        };
    }

    /** SHA-256 of a file's bytes, in hex. */
    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
