package org.tmsh.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.tmsh.common.Markers;

/**
 * Text with tmsh's inline-code markers ({@link InlineText}) and, for each marker, the code it
 * stands for in the original document: its text there ({@code <b>}, {@code <a href="...">}, or
 * Okapi's {@code <run1>} for a DOCX run) and its kind ({@code bold}, {@code italic}, {@code link}
 * ...; null when unknown).
 *
 * <p>{@link #split} cuts a paragraph into the sentences the segmenter found in its plain text, each
 * with the markers that fall inside it, so the aligner keeps working on plain text while its units
 * carry their codes.
 *
 * <p>NOTE: a marker between two sentences goes with the sentence before when it comes before the
 * space that separates them (a closing tag, a footnote mark after the full stop) and with the
 * sentence after otherwise; without a space, only closing markers go with the sentence before.
 */
public record CodedText(String marked, Map<String, Code> codes) {

    /** One inline code: its text in the original document and its kind (may be null). */
    public record Code(String data, String type) {
    }


    public CodedText {
        codes = Map.copyOf(codes);
    }

    /** Text without codes. */
    public static CodedText plain(String text) {
        return new CodedText(text, Map.of());
    }

    /** The words a reader sees, without markers ({@link InlineText#plain}). */
    public String plain() {
        return InlineText.plain(marked);
    }

    /**
     * The sentences of this paragraph as coded texts: {@code sentences} are the pieces the
     * segmenter cut from {@link #plain()}, in order. A sentence that cannot be found in the plain
     * text (a segmenter that rewrote it) comes back plain, without codes.
     */
    public List<CodedText> split(List<String> sentences) {
        if (codes.isEmpty() || !InlineText.hasMarkers(marked)) {
            return sentences.stream().map(CodedText::plain).toList();
        }
        StringBuilder plain = new StringBuilder(marked.length());
        int[] at = new int[marked.length()];
        Matcher m = Markers.MARKER.matcher(marked);
        for (int i = 0; i < marked.length(); ) {
            if (marked.charAt(i) == '⟨' && m.region(i, marked.length()).lookingAt()) {
                i = m.end();
                continue;
            }
            char c = marked.charAt(i);
            boolean space = isSpace(c);
            if (!space || (plain.length() > 0 && plain.charAt(plain.length() - 1) != ' ')) {
                at[plain.length()] = i;
                plain.append(space ? ' ' : c);
            }
            i++;
        }
        int[] starts = new int[sentences.size()];
        int[] ends = new int[sentences.size()];
        int cursor = 0;
        for (int k = 0; k < sentences.size(); k++) {
            String s = sentences.get(k);
            int found = s.isEmpty() ? -1 : plain.indexOf(s, cursor);
            if (found < 0) {
                return sentences.stream().map(CodedText::plain).toList();
            }
            starts[k] = at[found];
            ends[k] = at[found + s.length() - 1] + 1;
            cursor = found + s.length();
        }
        List<CodedText> out = new ArrayList<>(sentences.size());
        int from = 0;
        for (int k = 0; k < sentences.size(); k++) {
            int to = k + 1 < sentences.size() ? cut(ends[k], starts[k + 1]) : marked.length();
            String piece = marked.substring(from, to).strip();
            from = to;
            out.add(InlineText.plain(piece).equals(sentences.get(k)) ? withCodes(piece) : plain(sentences.get(k)));
        }
        return out;
    }

    /**
     * Several segments as one text (the sentences of a 2-1 link), a space between them. The codes
     * of segments from different paragraphs ({@code groups}, one a part) are renumbered where their
     * numbers meet, so that each code keeps its own number and its own partner.
     */
    public static CodedText join(List<CodedText> parts, int[] groups) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Map<String, Integer> ids = new java.util.HashMap<>();
        java.util.Set<Integer> used = new java.util.HashSet<>();
        StringBuilder marked = new StringBuilder();
        Map<String, Code> codes = new LinkedHashMap<>();
        for (int k = 0; k < parts.size(); k++) {
            CodedText part = parts.get(k);
            if (k > 0) {
                marked.append(' ');
            }
            Matcher m = Markers.MARKER.matcher(part.marked());
            int at = 0;
            while (m.find()) {
                marked.append(part.marked(), at, m.start());
                at = m.end();
                int n = Integer.parseInt(m.group(2));
                int group = groups[k];
                int id = ids.computeIfAbsent(group + ":" + n, key -> {
                    int fresh = used.contains(n) ? used.stream().mapToInt(Integer::intValue).max().orElse(0) + 1 : n;
                    used.add(fresh);
                    return fresh;
                });
                String marker = "⟨" + m.group(1) + id + m.group(3) + "⟩";
                marked.append(marker);
                Code c = part.codes().get(m.group());
                if (c != null) {
                    codes.put(marker, c);
                }
            }
            marked.append(part.marked().substring(at));
        }
        return new CodedText(marked.toString(), codes);
    }

    /** Where the gap between one sentence's last character and the next one's first is cut. */
    private int cut(int gapStart, int gapEnd) {
        for (int i = gapStart; i < gapEnd; i++) {
            if (isSpace(marked.charAt(i))) {
                return i;
            }
        }
        Matcher m = Markers.MARKER.matcher(marked);
        int i = gapStart;
        while (i < gapEnd && m.region(i, gapEnd).lookingAt() && !m.group(1).isEmpty()) {
            i = m.end();
        }
        return i;
    }

    /** The white space {@link InlineText} collapses. */
    private static boolean isSpace(char c) {
        return " \t\n\u000B\f\r\u00A0".indexOf(c) >= 0;
    }

    private CodedText withCodes(String piece) {
        Map<String, Code> mine = new LinkedHashMap<>();
        Matcher m = Markers.MARKER.matcher(piece);
        while (m.find()) {
            Code c = codes.get(m.group());
            if (c != null) {
                mine.put(m.group(), c);
            }
        }
        return new CodedText(piece, mine);
    }
}
