package org.tmsh.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.IResource;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ISegments;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;

import org.tmsh.common.TmshException;
import org.tmsh.segment.SrxSegmenter;

/**
 * A document's translatable sentences with their inline codes, read through Okapi's filter for its
 * format, and the same document written back with translations through that filter's writer and
 * the document's own skeleton (the parts of the file that are not text).
 *
 * <p>Each translatable text unit is split into sentences by tmsh's SRX rules; a segment's key is
 * {@code unitId_segmentIndex}, stable for an unchanged document, so a bilingual file can carry it
 * and {@link #write} can find each translation again.
 *
 * <p>NOTE: the keys depend on the filter's unit ids and on the SRX rules: a document changed after
 * extraction, or different rules, give other keys; callers check the original's checksum first.
 */
public final class DocumentSegments {

    /**
     * One sentence: its key, its unit's id, its content with codes, and its marked text
     * ({@link InlineText}) numbered as a memory numbers it ({@link org.tmsh.common.Markers#canonical}),
     * so that the same sentence in the memory is an exact match; memory texts go back onto the
     * content with {@link InlineText#fromMemory}.
     */
    public record Item(String key, String unitId, int index, TextFragment content, String text) {

        /** The words a reader sees, without inline-code markers. */
        public String plain() {
            return InlineText.plain(text);
        }
    }

    private DocumentSegments() {
    }

    /**
     * Prefix of every key of a document read with its page furniture ({@code pretranslate --furniture}):
     * the filter numbers its units otherwise then, and {@link #furnitureKeys} tells a merge so.
     */
    public static final String FURNITURE_KEY = "page";

    /** The sentences of {@code file} in {@code lang}, in document order; empty segments are left out. */
    public static List<Item> read(Path file, String lang, SrxSegmenter segmenter) {
        return read(file, lang, segmenter, false);
    }

    /**
     * As {@link #read(Path, String, SrxSegmenter)}; with {@code furniture}, an HTML page's navigation and
     * footers and a DOCX's page headers and footers are read too, and every key starts with
     * {@link #FURNITURE_KEY}.
     */
    public static List<Item> read(Path file, String lang, SrxSegmenter segmenter, boolean furniture) {
        String prefix = furniture ? FURNITURE_KEY : "";
        InputLimits limits = InputLimits.current();
        List<Item> items = new ArrayList<>();
        int[] paragraph = {0};
        try (DocumentReader.Source src = DocumentReader.open(file, lang, null, null, furniture)) {
            read(file, src, lang, segmenter, prefix, limits, items, paragraph);
        }
        if (items.isEmpty()) {
            throw TmshException.inFile(file, 0, "no text found in the document");
        }
        return items;
    }

    /**
     * How many of {@code file}'s sentences are page furniture, which a reading without it ({@link #read(Path,
     * String, SrxSegmenter)}) leaves out: 0 for a format that has none. The page is read a second time, with its
     * furniture; a translator told nothing would hand a client a page whose navigation, cookie notice and footer
     * are still in the source language while the summary says every segment was translated.
     */
    public static int furnitureLeftOut(Path file, String lang, SrxSegmenter segmenter, int without) {
        if (!DocumentReader.hasFurniture(file)) {
            return 0;
        }
        try {
            return Math.max(0, read(file, lang, segmenter, true).size() - without);
        } catch (TmshException e) {
            return 0; // the count is advice; the reading that matters has been done without furniture
        }
    }

    private static void read(Path file, DocumentReader.Source src, String lang, SrxSegmenter segmenter, String prefix,
                             InputLimits limits, List<Item> items, int[] paragraph) {
        run(file, src, event -> {
            ITextUnit tu = event.getTextUnit();
            // before segmenting: a paragraph over the limits is refused, not cut into sentences first
            limits.checkParagraph(file, ++paragraph[0], tu.getSource().getUnSegmentedContentCopy().getText());
            TextContainer tc = segmented(file, tu, lang, segmenter);
            int index = 0;
            for (Segment seg : tc.getSegments()) {
                TextFragment content = src.zeroWidth() ? ZeroWidthSpaces.shown(seg.getContent()) : seg.getContent();
                String text = org.tmsh.common.Markers.canonical(InlineText.marked(content));
                if (!isEmpty(text, src.zeroWidth())) {
                    items.add(new Item(prefix + tu.getId() + "_" + index, tu.getId(), index, content, text));
                }
                index++;
            }
        });
    }

    /**
     * Writes {@code file} in {@code targetLang} to {@code out}: each segment gets the fragment
     * {@code translation} gives for its item (codes taken from the source), or keeps its source when
     * it gives null. {@code translation} is given every item {@link #read} gives, in the same order,
     * with the same keys and texts, so a caller can check the document's sentences in the same pass.
     */
    public static void write(Path file, String lang, String targetLang, SrxSegmenter segmenter,
                             Function<Item, TextFragment> translation, Path out) {
        write(file, lang, targetLang, segmenter, false, translation, out);
    }

    /** What a caution says when the merged page's tags cannot be paired with the original's. */
    static final String UNPAIRED_TAGS = "the merged page's tags could not be paired with the original's from here on;"
            + " white space in attributes and beside left-out elements after this point is as Okapi's writer wrote it";

    /** What a caution says when a note's mark in the merged document has no mark of the original to take its formatting from. */
    static final String UNPAIRED_MARK = "a note's mark has no mark of the original to pair with; its formatting is as"
            + " Okapi's writer wrote it";

    /** Whether {@code keys} (a bilingual file's unit ids) are those of a document read with its furniture. */
    public static boolean furnitureKeys(java.util.Collection<String> keys) {
        return !keys.isEmpty() && keys.stream().allMatch(k -> k.startsWith(FURNITURE_KEY));
    }

    /** As {@link #write(Path, String, String, SrxSegmenter, Function, Path)}, reading as {@link #read} with {@code furniture}. */
    public static void write(Path file, String lang, String targetLang, SrxSegmenter segmenter, boolean furniture,
                             Function<Item, TextFragment> translation, Path out) {
        write(file, lang, targetLang, segmenter, furniture, translation, out, caution -> { });
    }

    /**
     * As {@link #write(Path, String, String, SrxSegmenter, boolean, Function, Path)}; {@code cautions} is
     * told, one line each naming the document and the place, where a pass that puts back what Okapi's
     * writer dropped could not pair the written document with the original and left that part as written.
     */
    public static void write(Path file, String lang, String targetLang, SrxSegmenter segmenter, boolean furniture,
                             Function<Item, TextFragment> translation, Path out, java.util.function.Consumer<String> cautions) {
        try (DocumentReader.Source src = DocumentReader.open(file, lang, targetLang, null, furniture)) {
            write(file, src, lang, targetLang, segmenter, furniture, translation, out, cautions);
        }
        if (DocumentReader.extension(file).equals("docx")) {
            WordParts.requireWellFormed(file, out);
            WordOrder.requireInOrder(file, out);
        }
    }

    private static void write(Path file, DocumentReader.Source src, String lang, String targetLang, SrxSegmenter segmenter,
                              boolean furniture, Function<Item, TextFragment> translation, Path out,
                              java.util.function.Consumer<String> cautions) {
        String prefix = furniture ? FURNITURE_KEY : "";
        LocaleId target = LocaleId.fromBCP47(targetLang);
        IFilterWriter[] writer = new IFilterWriter[1];
        boolean docx = DocumentReader.extension(file).equals("docx");
        InputLimits limits = InputLimits.current();
        int[] paragraph = {0};
        RecordingStream[] sink = {null};
        try {
            run(file, src, null, filter -> {
                writer[0] = filter.createFilterWriter();
                writer[0].setOptions(target, "UTF-8");
                if (writer[0] instanceof net.sf.okapi.common.filterwriter.GenericFilterWriter) {
                    // Okapi's generic writer drops an error of its last flush on close (a full disk, a file size
                    // limit): given a stream, tmsh sees the error and refuses the truncated document
                    sink[0] = RecordingStream.open(out);
                    writer[0].setOutput(sink[0]);
                } else {
                    writer[0].setOutput(out.toString());
                }
            }, event -> {
                if (event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    ITextUnit tu = event.getTextUnit();
                    // as read does: a caller may take the items it is given for the document's sentences
                    limits.checkParagraph(file, ++paragraph[0], tu.getSource().getUnSegmentedContentCopy().getText());
                    TextContainer tc = segmented(file, tu, lang, segmenter);
                    TextContainer tt = tu.createTarget(target, true, IResource.COPY_ALL);
                    ISegments targets = tt.getSegments();
                    int index = 0;
                    for (Segment seg : tc.getSegments()) {
                        TextFragment content = src.zeroWidth() ? ZeroWidthSpaces.shown(seg.getContent()) : seg.getContent();
                        String text = org.tmsh.common.Markers.canonical(InlineText.marked(content));
                        TextFragment t = isEmpty(text, src.zeroWidth()) ? null
                                : translation.apply(new Item(prefix + tu.getId() + "_" + index, tu.getId(), index, content, text));
                        if (t != null && src.zeroWidth()) {
                            t = ZeroWidthSpaces.hidden(t);
                        }
                        if (t != null && !sameAsSource(t, seg.getContent())) {
                            targets.get(seg.getId()).setContent(withOuterSpace(t, seg.getContent()));
                        }
                        index++;
                    }
                    if (docx) {
                        // Okapi's Word writer cannot write a code of its own making: runs of spaces go back as text
                        for (Segment seg : targets) {
                            seg.setContent(SpacingCodes.asText(seg.getContent()));
                        }
                    }
                    // some writers (Okapi's OpenXML one) write the segments only, not the text between them;
                    // the joined segment keeps the id of the source's first, which the skeleton writer looks up
                    tt.joinAll();
                    if (tt.getSegments().count() == 1 && tc.getSegments().count() > 0) {
                        tt.getSegments().get(0).setId(tc.getSegments().get(0).getId());
                    }
                }
                writer[0].handleEvent(event);
            });
            writer[0].close();
        } catch (RuntimeException e) {
            if (sink[0] != null) {
                sink[0].closeQuietly();
                sink[0].rethrow();
            }
            throw e;
        }
        if (sink[0] != null) {
            sink[0].closeQuietly();
            sink[0].rethrow();
        }
        dropAddedBom(file, out);
        if (src.zeroWidth()) {
            showZeroWidthSpaces(out);
        }
        if (List.of("html", "htm", "xhtml").contains(DocumentReader.extension(file)) && src.raw().getInputCharSequence() != null) {
            restoreAttributeSpace(src.raw().getInputCharSequence().toString(), src.zeroWidth(), out,
                    line -> cautions.accept(file.getFileName() + ": line " + line + ": " + UNPAIRED_TAGS));
        }
        if (docx) {
            WordMarks.restore(src.raw().getInputURI(), out,
                    where -> cautions.accept(file.getFileName() + ": " + where + ": " + UNPAIRED_MARK));
        }
    }

    /**
     * Whether a translation is the source as tmsh shows it (white space collapsed, codes by id): then
     * the source itself is written, tabs, runs of spaces and non-breaking spaces as they were.
     */
    private static boolean sameAsSource(TextFragment t, TextFragment source) {
        return InlineText.marked(t).equals(InlineText.marked(source));
    }

    /**
     * {@code t} with the white space that starts and ends {@code source} (a segmenter that leaves it
     * inside the segment) around it, so that a translation sits between its neighbours as the source did.
     */
    private static TextFragment withOuterSpace(TextFragment t, TextFragment source) {
        String coded = source.getCodedText();
        int lead = 0;
        while (lead < coded.length() && isSpace(coded.charAt(lead))) {
            lead++;
        }
        int trail = coded.length();
        while (trail > lead && isSpace(coded.charAt(trail - 1))) {
            trail--;
        }
        String own = t.getCodedText();
        if (lead == 0 && trail == coded.length() || own.isEmpty()) {
            return t;
        }
        TextFragment out = t.clone();
        if (trail < coded.length() && !isSpace(own.charAt(own.length() - 1))) {
            out.append(coded.substring(trail));
        }
        if (lead > 0 && !isSpace(own.charAt(0))) {
            out.insert(0, coded.substring(0, lead));
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Whether a sentence has no text to translate: nothing but markers (and, in a page whose zero-width
     * spaces were kept, {@link ZeroWidthSpaces}, nothing but those either: Okapi's filter dropped them before).
     */
    private static boolean isEmpty(String marked, boolean zeroWidth) {
        String plain = InlineText.plain(marked);
        return (zeroWidth ? plain.replace("\u200B", "") : plain).isEmpty();
    }

    /** The written page with {@link ZeroWidthSpaces}' stand-in as the zero-width space again (the writer wrote UTF-8). */
    private static void showZeroWidthSpaces(Path out) {
        try {
            String page = java.nio.file.Files.readString(out, java.nio.charset.StandardCharsets.UTF_8);
            java.nio.file.Files.writeString(out, ZeroWidthSpaces.shown(page), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw TmshException.inFile(out, 0, "cannot write: " + org.tmsh.common.AtomicFiles.message(e), e);
        }
    }

    /** The merged page with the original's white space where Okapi dropped it ({@link HtmlWhiteSpace}); rewritten only when it differs. */
    private static void restoreAttributeSpace(String original, boolean zeroWidth, Path out, java.util.function.IntConsumer unpaired) {
        try {
            String page = java.nio.file.Files.readString(out, java.nio.charset.StandardCharsets.UTF_8);
            String mended = HtmlWhiteSpace.restore(zeroWidth ? ZeroWidthSpaces.shown(original) : original, page,
                    DocumentReader.furnitureElements(), unpaired);
            if (!mended.equals(page)) {
                java.nio.file.Files.writeString(out, mended, java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (java.io.IOException e) {
            throw TmshException.inFile(out, 0, "cannot write: " + org.tmsh.common.AtomicFiles.message(e), e);
        }
    }

    /** Okapi's HTML writer starts UTF-8 output with a byte-order mark; keep the original's choice. */
    private static void dropAddedBom(Path original, Path out) {
        try {
            byte[] head = new byte[3];
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(original)) {
                if (in.readNBytes(head, 0, 3) == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
                    return;
                }
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(out);
            if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                    && !DocumentReader.extension(original).equals("docx")) {
                java.nio.file.Files.write(out, java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
            }
        } catch (java.io.IOException e) {
            throw TmshException.inFile(out, 0, "cannot write: " + org.tmsh.common.AtomicFiles.message(e), e);
        }
    }

    private static TextContainer segmented(Path file, ITextUnit tu, String lang, SrxSegmenter segmenter) {
        TextContainer tc = tu.getSource();
        if (!tc.hasBeenSegmented()) {
            segmenter.segment(tc, lang);
            if (List.of("", "txt", "text", "docx").contains(DocumentReader.extension(file))) {
                SpacingCodes.protect(tc);
            }
        }
        return tc;
    }

    private static void run(Path file, DocumentReader.Source src, java.util.function.Consumer<Event> onTranslatable) {
        run(file, src, onTranslatable, f -> { }, e -> { });
    }

    private static void run(Path file, DocumentReader.Source src, java.util.function.Consumer<Event> onTranslatable,
                            java.util.function.Consumer<IFilter> onOpen, java.util.function.Consumer<Event> onEvery) {
        try (IFilter filter = src.filters().get(); RawDocument doc = src.raw()) {
            filter.open(doc);
            onOpen.accept(filter);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (onTranslatable != null && event.isTextUnit() && event.getTextUnit().isTranslatable()) {
                    onTranslatable.accept(event);
                }
                onEvery.accept(event);
            }
        } catch (TmshException e) {
            throw e;
        } catch (RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int nl = msg.indexOf('\n');
            throw TmshException.inFile(file, 0, "cannot read document: " + (nl < 0 ? msg : msg.substring(0, nl)), e);
        }
    }

    /**
     * The file a writer writes, remembering the first error the file system gave: Okapi's generic writer
     * does not pass on an error of its last flush, so without this a document cut short by a full disk
     * was committed as if whole.
     */
    static final class RecordingStream extends java.io.FilterOutputStream {
        private java.io.IOException failure;

        private RecordingStream(java.io.OutputStream out) {
            super(out);
        }

        static RecordingStream open(Path file) {
            try {
                return new RecordingStream(java.nio.file.Files.newOutputStream(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            try {
                out.write(b, off, len);
            } catch (java.io.IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            try {
                out.flush();
            } catch (java.io.IOException e) {
                throw record(e);
            }
        }

        @Override
        public void close() throws java.io.IOException {
            try {
                out.close();
            } catch (java.io.IOException e) {
                throw record(e);
            }
        }

        private java.io.IOException record(java.io.IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        void closeQuietly() {
            try {
                close();
            } catch (java.io.IOException e) {
                // recorded
            }
        }

        /** The first error the file system gave, as an unchecked one; nothing if there was none. */
        void rethrow() {
            if (failure != null) {
                throw new java.io.UncheckedIOException(failure);
            }
        }
    }
}
