package org.tmsh.bench;

import java.util.ArrayList;
import java.util.List;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ISegments;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Segment;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.steps.gcaligner.GaleAndChurch;
import net.sf.okapi.steps.sentencealigner.SentenceAligner;

/**
 * Okapi's SentenceAligner with its Gale and Church scorer (okapi-step-aligner 1.47.0). Its output
 * joins merged segments into one, so the ids are recovered by consuming the input segments whose
 * text (white space ignored) makes up each output segment.
 */
final class OkapiGaleChurch implements AlignBenchmark.Method {

    @Override
    public String name() {
        return "okapi-gale-church";
    }

    @Override
    public List<GoldLinks.L> align(AlignBenchmark.Doc d) {
        LocaleId sl = LocaleId.fromBCP47(d.srcLang());
        LocaleId tl = LocaleId.fromBCP47(d.tgtLang());
        ITextUnit src = unit("s", d.src());
        ITextUnit tgt = unit("t", d.tgt());
        SentenceAligner aligner = new SentenceAligner(List.of(new GaleAndChurch<Segment>()));
        ITextUnit out;
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            out = aligner.align(src, tgt, sl, tl, false);
        } finally {
            System.setOut(stdout);
        }
        ISegments os = out.getSource().getSegments();
        ISegments ot = out.getTarget(tl).getSegments();
        List<GoldLinks.L> links = new ArrayList<>();
        int[] si = {0};
        int[] ti = {0};
        for (int k = 0; k < Math.max(os.count(), ot.count()); k++) {
            String s = k < os.count() ? os.get(k).getContent().getText() : "";
            String t = k < ot.count() ? ot.get(k).getContent().getText() : "";
            links.add(new GoldLinks.L(consume(d.src(), si, s), consume(d.tgt(), ti, t)));
        }
        if (si[0] != d.src().size() || ti[0] != d.tgt().size()) {
            throw new IllegalStateException("could not map Okapi's output back to segment ids");
        }
        return links;
    }

    private static ITextUnit unit(String id, List<String> segs) {
        TextContainer tc = new TextContainer();
        ISegments s = tc.getSegments();
        boolean first = true;
        for (int i = 0; i < segs.size(); i++) {
            Segment seg = new Segment(id + i, new TextFragment(segs.get(i)));
            if (first) {
                s.get(0).text = seg.text;
                s.get(0).id = seg.id;
                first = false;
            } else {
                s.append(seg);
            }
        }
        ITextUnit tu = new TextUnit(id);
        tu.setSource(tc);
        return tu;
    }

    private static int[] consume(List<String> segs, int[] pos, String joined) {
        String want = joined.replaceAll("\\s+", "");
        List<Integer> ids = new ArrayList<>();
        StringBuilder have = new StringBuilder();
        while (have.length() < want.length() && pos[0] < segs.size()) {
            have.append(segs.get(pos[0]).replaceAll("\\s+", ""));
            ids.add(pos[0]++);
        }
        if (!have.toString().equals(want)) {
            throw new IllegalStateException("unexpected segment text in Okapi's output");
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
