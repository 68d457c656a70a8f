package org.tmsh.formats.xliff;

import java.nio.file.Path;

import net.sf.okapi.common.filterwriter.XLIFFContent;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;

import org.tmsh.common.Xml;

/**
 * Writes XLIFF 1.2 (strict schema) one {@code trans-unit} a segment, streaming.
 *
 * <p>The {@code header} names the original document in {@code skl/external-file} ({@code href}
 * relative to the XLIFF's folder, {@code crc} the SHA-256 of its bytes) so that a merge can find it
 * and tell whether it changed. Inline codes are written by Okapi's {@link XLIFFContent}
 * in its {@code g} mode ({@code g}, {@code x}, {@code bx}, {@code ex}: no native code in the file; a sentence whose
 * pairs of codes cross, which {@code g} cannot nest, has all its codes as {@code bx}/{@code ex}/{@code x} in order), with the ids of the source's codes, in source,
 * target and {@code alt-trans} alike. A target in state {@code translated} (an exact match) also gets
 * {@code approved="yes"} on its unit, which is what translate-toolkit and Okapi's XLIFF filter read
 * as a confirmed translation; so does a target in state {@code final} (a context match).
 *
 * <p>NOTE: written by hand rather than with Okapi's {@code XLIFFWriter}, which puts a segmented
 * unit's sentences into one {@code trans-unit} ({@code seg-source}/{@code mrk}), where CAT tools
 * (OmegaT) and quoting tools expect one unit a sentence, and has no place for the original's checksum.
 */
public final class Xliff12Writer extends XliffFileWriter {

    /** The XLIFF 1.2 namespace. */
    public static final String NS = "urn:oasis:names:tc:xliff:document:1.2";

    /**
     * The target state that tmsh writes only for a confirmed translation (an exact match, a memory's
     * unit), and so with {@code approved="yes"} on its {@code trans-unit}: translate-toolkit (and
     * the tools built on it) take a target without {@code approved} for fuzzy whatever its state.
     */
    static final String APPROVED_STATE = "translated";

    private final XLIFFContent content = new XLIFFContent();

    public Xliff12Writer(Path target, Header h) {
        super(target, head(h));
    }

    private static String head(Header h) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\"");
        Xml.attribute(sb, "xmlns", NS);
        sb.append(">\n  <file");
        Xml.attribute(sb, "original", h.original());
        Xml.attribute(sb, "source-language", h.srcLang());
        Xml.attribute(sb, "target-language", h.tgtLang());
        Xml.attribute(sb, "datatype", h.datatype());
        Xml.attribute(sb, "tool-id", "tmsh");
        sb.append(">\n    <header>\n");
        if (h.sha256() != null) {
            sb.append("      <skl><external-file");
            Xml.attribute(sb, "href", h.original());
            Xml.attribute(sb, "crc", h.sha256());
            sb.append("/></skl>\n");
        }
        sb.append("      <tool tool-id=\"tmsh\" tool-name=\"tmsh\"");
        Xml.attribute(sb, "tool-version", h.toolVersion());
        sb.append("/>\n    </header>\n    <body>\n");
        return sb.toString();
    }

    @Override
    public void write(XliffUnit u, String srcLang, String tgtLang) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("      <trans-unit");
        Xml.attribute(sb, "id", u.id());
        if (u.target() != null && (APPROVED_STATE.equals(u.state()) || "final".equals(u.state()))) {
            Xml.attribute(sb, "approved", "yes");
        }
        sb.append(">\n        <source");
        Xml.attribute(sb, "xml:lang", srcLang);
        sb.append('>').append(inline(u.source())).append("</source>\n");
        if (u.target() != null) {
            sb.append("        <target");
            Xml.attribute(sb, "xml:lang", tgtLang);
            if (u.state() != null) {
                Xml.attribute(sb, "state", u.state());
            }
            if (u.stateQualifier() != null) {
                Xml.attribute(sb, "state-qualifier", u.stateQualifier());
            }
            sb.append('>').append(inline(u.target())).append("</target>\n");
        }
        for (XliffUnit.Note n : u.notes()) {
            sb.append("        <note");
            Xml.attribute(sb, "from", n.from());
            sb.append('>');
            Xml.text(sb, n.text());
            sb.append("</note>\n");
        }
        for (XliffUnit.Name n : u.names()) {
            sb.append("        <note from=\"tmsh-glossary\">");
            Xml.text(sb, n.note(tgtLang));
            sb.append("</note>\n");
        }
        for (XliffUnit.Alt a : u.alts()) {
            sb.append("        <alt-trans");
            Xml.attribute(sb, "match-quality", Integer.toString(a.quality()));
            Xml.attribute(sb, "origin", a.origin());
            Xml.attribute(sb, "tool-id", "tmsh");
            sb.append(">\n          <source");
            Xml.attribute(sb, "xml:lang", srcLang);
            sb.append('>').append(inline(a.source())).append("</source>\n          <target");
            Xml.attribute(sb, "xml:lang", tgtLang);
            sb.append('>').append(inline(a.target())).append("</target>\n        </alt-trans>\n");
        }
        sb.append("      </trans-unit>\n");
        raw(sb);
    }

    private String inline(TextFragment f) {
        return crossing(f) ? isolated(f) : content.setContent(f).toString(true);
    }

    /**
     * Whether two pairs of codes in {@code f} cross (one closes while a pair opened after it is still
     * open: {@code <b>x<i>y</b>z</i>} in a page that a browser forgives). {@code g} elements must nest,
     * so Okapi's writer would close them in another order than the original's, and the unit's source
     * would no longer be the original's sentence.
     */
    static boolean crossing(TextFragment f) {
        java.util.Set<Integer> opened = new java.util.HashSet<>();
        java.util.Set<Integer> paired = new java.util.HashSet<>();
        for (Code c : f.getCodes()) {
            if (c.getTagType() == TextFragment.TagType.OPENING) {
                opened.add(c.getId());
            } else if (c.getTagType() == TextFragment.TagType.CLOSING && opened.contains(c.getId())) {
                paired.add(c.getId());
            }
        }
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        for (Code c : f.getCodes()) {
            if (!paired.contains(c.getId())) {
                continue;
            }
            if (c.getTagType() == TextFragment.TagType.OPENING) {
                open.push(c.getId());
            } else if (c.getTagType() == TextFragment.TagType.CLOSING) {
                if (open.isEmpty() || open.peek() != c.getId()) {
                    return true;
                }
                open.pop();
            }
        }
        return false;
    }

    /**
     * {@code f} with every code as an empty element in the original's order: an opening code as
     * {@code bx}, a closing one as {@code ex} (the same id), any other as {@code x}; used where pairs
     * cross, which {@code g} cannot express. Still no native code in the file.
     */
    private static String isolated(TextFragment f) {
        return codesInOrder(f, c -> switch (c.getTagType()) {
            case OPENING -> "<bx id=\"" + c.getId() + "\"/>";
            case CLOSING -> "<ex id=\"" + c.getId() + "\"/>";
            default -> "<x id=\"" + c.getId() + "\"/>";
        });
    }

    @Override
    protected String tail() {
        return "    </body>\n  </file>\n</xliff>\n";
    }
}
