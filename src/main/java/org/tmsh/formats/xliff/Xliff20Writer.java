package org.tmsh.formats.xliff;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;

import org.tmsh.common.Xml;

/**
 * Writes XLIFF 2.0 (core schema, with the matches, glossary and metadata modules) one {@code unit} of
 * one {@code segment} a sentence, streaming.
 *
 * <p>The original is named in {@code skeleton/@href}, its SHA-256 in an {@code mda:meta} of type
 * {@code sha256}; matches go into {@code mtc:matches} ({@code matchQuality}, {@code origin}), glossary
 * names into {@code gls:glossary}; a target filled from an exact match has {@code state="translated"},
 * from a fuzzy one {@code state="initial"}, both with {@code subState="tmsh:exact-match"} or
 * {@code tmsh:fuzzy-match}; one from a context match {@code state="final"}, {@code subState="tmsh:x-context-match"}. Inline codes: a pair within the sentence as {@code sc}/{@code ec}
 * ({@code startRef}), an unpaired code as an isolated {@code sc} or {@code ec}, a standalone one as
 * {@code ph}; ids are the source codes' ids.
 *
 * <p>NOTE: written by hand (okapi-lib-xliff2 is not among tmsh's dependencies, and the format is
 * small); the output is checked against the 2.0 core schema and its module schemas in the tests.
 */
public final class Xliff20Writer extends XliffFileWriter {

    /** The XLIFF 2.0 core namespace. */
    public static final String NS = "urn:oasis:names:tc:xliff:document:2.0";

    public Xliff20Writer(Path target, Header h) {
        super(target, head(h));
    }

    private static String head(Header h) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff");
        Xml.attribute(sb, "xmlns", NS);
        Xml.attribute(sb, "xmlns:mtc", "urn:oasis:names:tc:xliff:matches:2.0");
        Xml.attribute(sb, "xmlns:gls", "urn:oasis:names:tc:xliff:glossary:2.0");
        Xml.attribute(sb, "xmlns:mda", "urn:oasis:names:tc:xliff:metadata:2.0");
        sb.append(" version=\"2.0\"");
        Xml.attribute(sb, "srcLang", h.srcLang());
        Xml.attribute(sb, "trgLang", h.tgtLang());
        sb.append(">\n  <file id=\"f1\"");
        Xml.attribute(sb, "original", h.original());
        sb.append(">\n    <skeleton");
        Xml.attribute(sb, "href", h.original());
        sb.append("/>\n    <mda:metadata><mda:metaGroup category=\"tmsh\"><mda:meta type=\"sha256\">");
        Xml.text(sb, h.sha256());
        sb.append("</mda:meta><mda:meta type=\"datatype\">");
        Xml.text(sb, h.datatype());
        sb.append("</mda:meta><mda:meta type=\"tool-version\">");
        Xml.text(sb, h.toolVersion());
        sb.append("</mda:meta></mda:metaGroup></mda:metadata>\n");
        return sb.toString();
    }

    @Override
    public void write(XliffUnit u, String srcLang, String tgtLang) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("    <unit");
        Xml.attribute(sb, "id", u.id());
        sb.append(">\n");
        if (!u.alts().isEmpty()) {
            sb.append("      <mtc:matches>\n");
            for (XliffUnit.Alt a : u.alts()) {
                sb.append("        <mtc:match ref=\"#s1\" type=\"tm\"");
                Xml.attribute(sb, "matchQuality", String.format(Locale.ROOT, "%d.0", a.quality()));
                Xml.attribute(sb, "origin", a.origin());
                sb.append(">\n          <source>").append(inline(a.source())).append("</source>\n          <target>")
                        .append(inline(a.target())).append("</target>\n        </mtc:match>\n");
            }
            sb.append("      </mtc:matches>\n");
        }
        if (!u.names().isEmpty()) {
            sb.append("      <gls:glossary>\n");
            for (XliffUnit.Name n : u.names()) {
                sb.append("        <gls:glossEntry ref=\"#s1\"><gls:term source=\"tmsh-glossary\">");
                Xml.text(sb, n.source());
                sb.append("</gls:term>");
                if (n.target() != null) {
                    sb.append("<gls:translation>");
                    Xml.text(sb, n.target());
                    sb.append("</gls:translation>");
                }
                sb.append("<gls:definition>");
                Xml.text(sb, n.note(tgtLang));
                sb.append("</gls:definition></gls:glossEntry>\n");
            }
            sb.append("      </gls:glossary>\n");
        }
        if (!u.notes().isEmpty()) {
            sb.append("      <notes>\n");
            for (XliffUnit.Note n : u.notes()) {
                sb.append("        <note");
                Xml.attribute(sb, "category", n.from());
                sb.append('>');
                Xml.text(sb, n.text());
                sb.append("</note>\n");
            }
            sb.append("      </notes>\n");
        }
        sb.append("      <segment id=\"s1\"");
        if (u.target() != null && u.stateQualifier() != null) {
            Xml.attribute(sb, "state", "final".equals(u.state()) ? "final"
                    : "translated".equals(u.state()) ? "translated" : "initial");
            Xml.attribute(sb, "subState", "tmsh:" + u.stateQualifier());
        }
        sb.append(">\n        <source>").append(inline(u.source())).append("</source>\n");
        if (u.target() != null) {
            sb.append("        <target>").append(inline(u.target())).append("</target>\n");
        }
        sb.append("      </segment>\n    </unit>\n");
        raw(sb);
    }

    /** A fragment as XLIFF 2.0 inline content (see the class comment). */
    static String inline(TextFragment f) {
        List<Code> codes = f.getCodes();
        Set<Integer> opened = new HashSet<>();
        Set<Integer> closed = new HashSet<>();
        for (Code c : codes) {
            if (c.getTagType() == TextFragment.TagType.OPENING) {
                opened.add(c.getId());
            } else if (c.getTagType() == TextFragment.TagType.CLOSING) {
                closed.add(c.getId());
            }
        }
        return codesInOrder(f, c -> {
            int id = c.getId();
            return switch (c.getTagType()) {
                case OPENING -> "<sc id=\"" + id + '"' + (closed.contains(id) ? "" : " isolated=\"yes\"") + "/>";
                case CLOSING -> opened.contains(id) ? "<ec startRef=\"" + id + "\"/>" : "<ec id=\"" + id + "\" isolated=\"yes\"/>";
                default -> "<ph id=\"" + id + "\"/>";
            };
        });
    }

    @Override
    protected String tail() {
        return "  </file>\n</xliff>\n";
    }
}
