package org.tmsh.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The links tmsh's aligner makes on the {@link CalibrationCorpus}, each with its features, its
 * document's features and whether it is right: what the calibration is fitted on and checked
 * against.
 */
final class CalibrationSamples {

    /** The document model's ridge penalty (few rows: a firm one keeps the gate from overconfidence). */
    static final double DOCUMENT_RIDGE = 0.3;
    static final double LINK_RIDGE = 1.0;

    /** One link: the document it comes from, its features and its document's, whether it is right. */
    record Sample(CalibrationCorpus.Doc doc, Link link, double[] features, double[] document, boolean right) {
    }

    private CalibrationSamples() {
    }

    /** The links of every document, aligned as {@code align} does by default (the installed dictionaries). */
    static List<Sample> of(List<CalibrationCorpus.Doc> docs) {
        List<Sample> out = new ArrayList<>();
        for (CalibrationCorpus.Doc d : docs) {
            out.addAll(of(d));
        }
        return out;
    }

    static List<Sample> of(CalibrationCorpus.Doc d) {
        List<double[]> seen = Collections.synchronizedList(new ArrayList<>());
        double[][] doc = new double[1][];
        LinkCalibration recorder = new LinkCalibration() {
            @Override
            public double translation(double[] document) {
                doc[0] = document.clone();
                return 1;
            }

            @Override
            public double probability(double[] link, double[] document) {
                seen.add(link.clone());
                return 0.5;
            }
        };
        Aligner aligner = Vocabulary.STANDARD.aligner(Aligner.standard().withCalibration(recorder), d.sl(), d.tl(),
                List.of(d.source()), List.of(d.target()));
        Alignment a = aligner.align(d.source(), d.target());
        List<Link> pairs = a.pairs();
        if (pairs.size() != seen.size()) {
            throw new IllegalStateException(d.name() + ": " + pairs.size() + " pairs, " + seen.size() + " feature rows");
        }
        List<Sample> out = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            out.add(new Sample(d, pairs.get(k), seen.get(k), doc[0], d.right(pairs.get(k))));
        }
        return out;
    }

    /** The calibration fitted on {@code samples}. */
    static LogisticCalibration fit(List<Sample> samples) {
        List<double[]> docs = new ArrayList<>();
        List<Boolean> translated = new ArrayList<>();
        List<double[]> links = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        CalibrationCorpus.Doc last = null;
        for (Sample s : samples) {
            if (s.doc() != last && !s.doc().linksOnly()) {
                docs.add(s.document());
                translated.add(s.doc().related());
            }
            last = s.doc();
            if (s.doc().related()) {
                links.add(s.features());
                right.add(s.right());
            }
        }
        return LogisticCalibration.fit(docs, translated, links, right, DOCUMENT_RIDGE, LINK_RIDGE);
    }

    /** Confidence bands of a reliability table. */
    static final double[] BANDS = {0, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001};

    /**
     * The reliability table: for each confidence band, the links in it and the share right.
     * {@code prob[k]} is the confidence given to {@code samples.get(k)}.
     */
    static String table(List<Sample> samples, double[] prob) {
        StringBuilder sb = new StringBuilder("| confidence | links | right |\n|---|---|---|\n");
        for (int b = 0; b + 1 < BANDS.length; b++) {
            int n = 0;
            int right = 0;
            for (int k = 0; k < samples.size(); k++) {
                if (prob[k] >= BANDS[b] && prob[k] < BANDS[b + 1]) {
                    n++;
                    right += samples.get(k).right() ? 1 : 0;
                }
            }
            sb.append(String.format(Locale.ROOT, "| %.2f-%.2f | %d | %s |%n", BANDS[b], Math.min(1, BANDS[b + 1]), n,
                    n == 0 ? "-" : String.format(Locale.ROOT, "%.3f", right / (double) n)));
        }
        return sb.toString();
    }

    /** Which of {@code folds} folds a document is in. */
    static int fold(List<CalibrationCorpus.Doc> docs, CalibrationCorpus.Doc d, int folds) {
        return docs.indexOf(d) % folds;
    }

    /** The calibrations fitted without each fold ({@code folds} folds by document), fold by fold. */
    static List<LogisticCalibration> heldOutFits(List<Sample> samples, List<CalibrationCorpus.Doc> docs, int folds) {
        List<LogisticCalibration> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            int held = f;
            out.add(fit(samples.stream().filter(s -> fold(docs, s.doc(), folds) != held).toList()));
        }
        return out;
    }

    /** The confidence of each sample from the calibration fitted without its document's fold. */
    static double[] heldOut(List<Sample> samples, List<CalibrationCorpus.Doc> docs, int folds) {
        List<LogisticCalibration> fits = heldOutFits(samples, docs, folds);
        double[] prob = new double[samples.size()];
        for (int k = 0; k < samples.size(); k++) {
            Sample s = samples.get(k);
            prob[k] = fits.get(fold(docs, s.doc(), folds)).probability(s.features(), s.document());
        }
        return prob;
    }
}
