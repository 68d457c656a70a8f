package org.tmsh.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.lib.segmentation.SRXDocument;

import org.tmsh.common.TmshException;

/**
 * Splits text into sentences with Okapi's SRX engine and tmsh's own rules ({@code tmsh/segmenting/tmsh.srx}).
 *
 * <p>The rules live in an SRX file a linguist can edit; a different file can be given to
 * {@link #fromFile(Path)}. Segments are trimmed; empty ones are dropped.
 *
 * <p>NOTE: Okapi's segmenter object is not thread-safe, so one is compiled per language and
 * guarded by synchronisation; segmenting is not the bottleneck of any tmsh operation.
 */
public final class SrxSegmenter {

    /** Classpath location of the rules shipped with tmsh. */
    public static final String DEFAULT_RULES = "/tmsh/segmenting/tmsh.srx";

    private final SRXDocument srx;
    private final Map<String, ISegmenter> byLanguage = new ConcurrentHashMap<>();

    private SrxSegmenter(SRXDocument srx) {
        this.srx = srx;
    }

    /** The segmenter with tmsh's shipped rules. */
    public static SrxSegmenter withDefaultRules() {
        try (InputStream in = SrxSegmenter.class.getResourceAsStream(DEFAULT_RULES)) {
            if (in == null) {
                throw new TmshException("segmentation rules " + DEFAULT_RULES + " are missing from the tmsh jar");
            }
            SRXDocument doc = new SRXDocument();
            doc.loadRules(in);
            return new SrxSegmenter(doc);
        } catch (IOException e) {
            throw new TmshException("cannot read segmentation rules " + DEFAULT_RULES + ": " + e.getMessage(), e);
        }
    }

    /** A segmenter with the rules of an SRX file. */
    public static SrxSegmenter fromFile(Path srxFile) {
        if (!Files.isReadable(srxFile)) {
            throw TmshException.inFile(srxFile, 0, "SRX rules file not found or not readable");
        }
        SRXDocument doc = new SRXDocument();
        try {
            doc.loadRules(srxFile.toString());
        } catch (RuntimeException e) {
            throw TmshException.inFile(srxFile, 0, "not a valid SRX file: " + e.getMessage(), e);
        }
        return new SrxSegmenter(doc);
    }

    /** The SRX rules this segmenter applies (to be written out for another tool, not changed). */
    public SRXDocument rules() {
        return srx;
    }

    /**
     * Splits a text container with inline codes into its sentence segments, in place (Okapi's
     * segments, so the whitespace between sentences stays in the container for a writer to restore).
     */
    public void segment(TextContainer container, String languageTag) {
        ISegmenter segmenter = compiled(languageTag);
        synchronized (segmenter) {
            segmenter.computeSegments(container);
            container.getSegments().create(segmenter.getRanges());
        }
    }

    private ISegmenter compiled(String languageTag) {
        return byLanguage.computeIfAbsent(languageTag, tag -> srx.compileLanguageRules(LocaleId.fromBCP47(tag), null));
    }

    /** The sentences of one paragraph of text, in order, trimmed, none empty. */
    public List<String> split(String text, String languageTag) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        ISegmenter segmenter = compiled(languageTag);
        List<Range> ranges;
        synchronized (segmenter) {
            segmenter.computeSegments(text);
            ranges = new ArrayList<>(segmenter.getRanges());
        }
        if (ranges.isEmpty()) {
            out.add(text.strip());
            return out;
        }
        for (Range r : ranges) {
            String s = text.substring(r.start, Math.min(r.end, text.length())).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
