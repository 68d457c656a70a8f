package org.tmsh.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;

import org.tmsh.common.Markers;

/**
 * Converts Okapi text with inline codes to tmsh's marked text and back: an opening code with id n
 * becomes {@code ⟨n⟩}, its closing code {@code ⟨/n⟩}, a standalone code {@code ⟨n/⟩}, the markers
 * the TMX reader gives for {@code bpt}, {@code ept} and {@code ph}, so a memory's units and a
 * document's segments compare alike (any tag matches any tag).
 *
 * <p>Back from marked text (a memory's target), each marker takes the code of the same id and kind
 * from the source segment; markers without one are dropped, and source codes the text lacks are
 * appended at the end, so the result always carries every code of its source once.
 *
 * <p>NOTE: appended codes keep the document well-formed but may sit in the wrong place; such a
 * target is never an exact match (the tag counts in the match percentage) and goes to review.
 */
public final class InlineText {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

    private InlineText() {
    }

    /** The marked text of a fragment, whitespace runs made one space, trimmed. */
    public static String marked(TextFragment fragment) {
        String coded = fragment.getCodedText();
        List<Code> codes = fragment.getCodes();
        StringBuilder sb = new StringBuilder(coded.length() + 8);
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c) && i + 1 < coded.length()) {
                Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
                switch (code.getTagType()) {
                    case OPENING -> sb.append('⟨').append(code.getId()).append('⟩');
                    case CLOSING -> sb.append("⟨/").append(code.getId()).append('⟩');
                    default -> sb.append('⟨').append(code.getId()).append("/⟩");
                }
            } else {
                sb.append(c);
            }
        }
        return SPACE.matcher(sb).replaceAll(" ").strip();
    }

    /** Marked text without its markers: the words a reader sees. */
    public static String plain(String marked) {
        return SPACE.matcher(Markers.MARKER.matcher(marked).replaceAll("")).replaceAll(" ").strip();
    }

    /** True when the text holds inline-code markers. */
    public static boolean hasMarkers(String marked) {
        return Markers.MARKER.matcher(marked).find();
    }

    /** A fragment of {@code marked} whose markers take the codes of {@code source} (see the class note). */
    public static TextFragment fragment(String marked, TextFragment source) {
        return fragment(marked, source, true);
    }

    /** As {@link #fragment(String, TextFragment)}; without {@code appendMissing}, codes the text lacks stay out. */
    public static TextFragment fragment(String marked, TextFragment source, boolean appendMissing) {
        List<Code> pool = new ArrayList<>(source.getCodes());
        TextFragment out = build(marked, (kind, id) -> {
            Code code = take(pool, id, kind);
            return code == null ? null : code.clone();
        });
        if (appendMissing) {
            for (Code rest : pool) {
                out.append(rest.clone());
            }
        }
        return out;
    }

    /**
     * A fragment of a memory's text {@code marked} (markers numbered from 1 in order,
     * {@link org.tmsh.common.Markers}) whose markers take the codes of {@code source} numbered the
     * same way: the memory's first code is the segment's first, whatever ids the document gave
     * them. As {@link #fragment(String, TextFragment, boolean)} otherwise.
     */
    public static TextFragment fromMemory(String marked, TextFragment source, boolean appendMissing) {
        String coded = source.getCodedText();
        List<Code> inOrder = new ArrayList<>();
        for (int i = 0; i + 1 < coded.length(); i++) {
            if (TextFragment.isMarker(coded.charAt(i))) {
                inOrder.add(source.getCodes().get(TextFragment.toIndex(coded.charAt(++i))));
            }
        }
        List<Markers.Marker> numbered = Markers.of(marked(source));
        if (numbered.size() != inOrder.size()) {
            return fragment(marked, source, appendMissing);
        }
        boolean[] used = new boolean[inOrder.size()];
        TextFragment out = build(marked, (kind, id) -> {
            int fallback = -1;
            for (int k = 0; k < numbered.size(); k++) {
                Markers.Marker mk = numbered.get(k);
                if (used[k] || mk.number() != id) {
                    continue;
                }
                boolean same = switch (kind) {
                    case OPENING -> mk.partner() >= 0 && !mk.closing();
                    case CLOSING -> mk.partner() >= 0 && mk.closing();
                    default -> mk.partner() < 0;
                };
                if (same) {
                    used[k] = true;
                    return inOrder.get(k).clone();
                }
                fallback = fallback < 0 ? k : fallback;
            }
            if (fallback >= 0) {
                used[fallback] = true;
                return inOrder.get(fallback).clone();
            }
            return null;
        });
        if (appendMissing) {
            for (int k = 0; k < used.length; k++) {
                if (!used[k]) {
                    out.append(inOrder.get(k).clone());
                }
            }
        }
        return out;
    }

    /**
     * A fragment of {@code marked} with a code of its own for each marker (no native data): for text
     * that has no source document, such as a memory's unit.
     */
    public static TextFragment coded(String marked) {
        return build(marked, (kind, id) -> {
            Code code = new Code(kind, "x-tmsh", "");
            code.setId(id);
            return code;
        });
    }

    /** The code a marker stands for, or null to drop the marker. */
    private interface CodeFor {
        Code get(TextFragment.TagType kind, int id);
    }

    private static TextFragment build(String marked, CodeFor codes) {
        TextFragment out = new TextFragment();
        Matcher m = Markers.MARKER.matcher(marked);
        int at = 0;
        while (m.find()) {
            out.append(marked.substring(at, m.start()));
            at = m.end();
            TextFragment.TagType kind = !m.group(1).isEmpty() ? TextFragment.TagType.CLOSING
                    : !m.group(3).isEmpty() ? TextFragment.TagType.PLACEHOLDER : TextFragment.TagType.OPENING;
            Code code = codes.get(kind, Integer.parseInt(m.group(2)));
            if (code != null) {
                int id = code.getId();
                out.append(code);
                code.setId(id); // as given, whatever the fragment's own numbering
            }
        }
        out.append(marked.substring(at));
        return out;
    }

    private static Code take(List<Code> pool, int id, TextFragment.TagType kind) {
        for (int i = 0; i < pool.size(); i++) {
            Code c = pool.get(i);
            if (c.getId() == id && c.getTagType() == kind) {
                return pool.remove(i);
            }
        }
        return null;
    }
}
