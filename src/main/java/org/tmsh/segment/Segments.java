package org.tmsh.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of one document in one language, each with the number of the paragraph it came
 * from (sentences of one paragraph may merge freely; across paragraphs merging costs more).
 */
public record Segments(List<String> texts, int[] paragraphs, String lang) {

    public int size() {
        return texts.size();
    }

    /** Paragraphs split into sentences by the segmenter. */
    public static Segments of(List<String> paragraphs, String lang, SrxSegmenter segmenter) {
        List<String> texts = new ArrayList<>();
        List<Integer> paras = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String s : segmenter.split(paragraphs.get(p), lang)) {
                texts.add(s);
                paras.add(p);
            }
        }
        return new Segments(texts, paras.stream().mapToInt(Integer::intValue).toArray(), lang);
    }

    /** Already segmented text: one segment a line, all in one paragraph. */
    public static Segments presegmented(List<String> lines, String lang) {
        return new Segments(List.copyOf(lines), new int[lines.size()], lang);
    }
}
