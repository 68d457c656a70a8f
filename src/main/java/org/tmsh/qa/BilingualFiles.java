package org.tmsh.qa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.tmsh.common.TmshException;
import org.tmsh.formats.bilingual.PoReader;
import org.tmsh.formats.bilingual.TtxReader;
import org.tmsh.formats.bilingual.TxmlReader;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.xliff.XliffReader;
import org.tmsh.formats.xliff.XliffSizeLimits;

/**
 * The bilingual files a reviewer receives, as {@link QaSegment}s: XLIFF 1.2 (with Okapi's
 * {@code seg-source} and SDLXLIFF read unit by unit) and 2.0 through {@link XliffReader}, TMX through
 * {@link TmxReader}, PO through {@link PoReader}, Trados 2007's TTX through {@link TtxReader} (text left
 * outside its segments is a segment without a target) and Wordfast Pro's TXML through {@link TxmlReader}. A file is known by its extension, or by its first
 * element when the extension says nothing.
 *
 * <p>Languages: the ones given (options), else the file's, else de and en.
 */
public final class BilingualFiles {

    /** What a file holds. */
    public enum Kind { XLIFF, TMX, PO, TTX, TXML, SDLTM, DOCUMENT }

    private BilingualFiles() {
    }

    /** What {@code file} is: by extension, else by a look at its start. */
    public static Kind kind(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlf") || n.endsWith(".xliff") || n.endsWith(".sdlxliff") || n.endsWith(".mqxliff")
                || n.endsWith(".mxliff")) {
            return Kind.XLIFF;
        }
        if (n.endsWith(".ttx")) {
            return Kind.TTX;
        }
        if (n.endsWith(".txml")) {
            return Kind.TXML;
        }
        if (n.endsWith(".tmx")) {
            return Kind.TMX;
        }
        if (n.endsWith(".sdltm")) {
            return Kind.SDLTM;
        }
        if (n.endsWith(".po") || n.endsWith(".pot")) {
            return Kind.PO;
        }
        if (n.endsWith(".xml")) {
            String head = head(file);
            if (head.contains("<xliff")) {
                return Kind.XLIFF;
            }
            if (head.contains("<tmx")) {
                return Kind.TMX;
            }
        }
        return Kind.DOCUMENT;
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(2048), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a bilingual file's segments; returns how many. */
    public static long read(Path file, String srcLang, String tgtLang, Consumer<QaSegment> out) {
        String name = file.toString();
        switch (kind(file)) {
            case XLIFF -> {
                XliffReader.Content c = XliffReader.read(file, true);
                Map<String, Integer> limits = XliffSizeLimits.of(file);
                String s = first(srcLang, c.header().srcLang());
                String t = first(tgtLang, c.header().tgtLang());
                for (XliffReader.Entry e : c.entries()) {
                    out.accept(segment(name, e, s, t, limits.getOrDefault(e.id(), 0)));
                }
                return c.entries().size();
            }
            case SDLTM -> {
                // row by row: a memory of millions of units is never held whole
                long[] n = {0};
                org.tmsh.formats.bilingual.SdltmReader.stream(file, (e, s, t) -> {
                    n[0]++;
                    out.accept(segment(name, e, first(srcLang, s), first(tgtLang, t), 0));
                });
                return n[0];
            }
            case TTX, TXML -> {
                XliffReader.Content c = kind(file) == Kind.TTX ? TtxReader.read(file, true) : TxmlReader.read(file, true);
                String s = first(srcLang, c.header().srcLang());
                String t = first(tgtLang, c.header().tgtLang());
                for (XliffReader.Entry e : c.entries()) {
                    out.accept(segment(name, e, s, t, 0));
                }
                return c.entries().size();
            }
            case PO -> {
                XliffReader.Content c = PoReader.read(file);
                String s = first(srcLang, c.header().srcLang() == null ? "en" : c.header().srcLang());
                String t = first(tgtLang, c.header().tgtLang());
                for (XliffReader.Entry e : c.entries()) {
                    out.accept(segment(name, e, s, t, 0));
                }
                return c.entries().size();
            }
            case TMX -> {
                long n = 0;
                try (TmxReader r = TmxReader.open(file)) {
                    String header = r.sourceLang();
                    for (TmxUnit u = r.next(); u != null; u = r.next()) {
                        n++;
                        out.accept(segment(name, String.valueOf(n), u, srcLang, tgtLang, header));
                    }
                }
                return n;
            }
            default -> throw TmshException.inFile(file, 0, "not a bilingual file (XLIFF, TMX, PO, TTX, TXML or SDLTM)");
        }
    }

    /** A segment of a bilingual file, with what the file says of its state ({@link ReturnedStates}). */
    private static QaSegment segment(String file, XliffReader.Entry e, String srcLang, String tgtLang, int maxWidth) {
        return new QaSegment(file, e.id(), e.line(), e.source(), e.target(), srcLang, tgtLang, maxWidth,
                ReturnedStates.status(e), ReturnedStates.label(e), Pretranslation.of(e));
    }

    /**
     * A unit of a TMX file or a memory as a segment: the source variant is {@code srcLang}'s (else the
     * header's, else the first), the target {@code tgtLang}'s (else the first other one).
     */
    public static QaSegment segment(String file, String number, TmxUnit u, String srcLang, String tgtLang, String headerLang) {
        List<TmxUnit.Variant> vs = u.variants();
        TmxUnit.Variant src = null;
        String want = srcLang != null ? srcLang : headerLang != null && !headerLang.equals("*all*") ? headerLang : null;
        for (TmxUnit.Variant v : vs) {
            if (want == null ? src == null : v.primary().equals(TmxUnit.Variant.primary(want)) && src == null) {
                src = v;
            }
        }
        TmxUnit.Variant tgt = null;
        for (TmxUnit.Variant v : vs) {
            if (src != null && v != src && !v.primary().equals(src.primary())
                    && (tgtLang == null || v.primary().equals(TmxUnit.Variant.primary(tgtLang))) && tgt == null) {
                tgt = v;
            }
        }
        String id = u.tuid() == null ? number : u.tuid();
        return new QaSegment(file, id, 0, src == null ? "" : src.text(), tgt == null ? null : tgt.text(),
                src == null ? first(srcLang, "de") : src.lang(), tgt == null ? first(tgtLang, "en") : tgt.lang(), 0);
    }

    private static String first(String a, String b) {
        return a != null ? a : b != null ? b : "und";
    }
}
