package org.tmsh.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A link's confidence is the probability that it is right: checked with calibrations fitted
 * without the document (five folds by document), on gold alignments and on pairs of unrelated
 * documents, and the shipped calibration is the one its fitting program makes today.
 */
class ConfidenceCalibrationTest {

    private static List<CalibrationCorpus.Doc> docs;
    private static List<CalibrationSamples.Sample> samples;
    private static double[] heldOut;

    @BeforeAll
    static void align() throws Exception {
        docs = CalibrationCorpus.all();
        samples = CalibrationSamples.of(docs);
        heldOut = CalibrationSamples.heldOut(samples, docs, 5);
        System.out.println(CalibrationSamples.table(samples, heldOut));
    }

    @Test
    void linksRatedAtLeastNinetyPercentAreRightAtLeastNinetyFivePercentOfTheTime() {
        int n = 0;
        int right = 0;
        for (int k = 0; k < samples.size(); k++) {
            if (heldOut[k] >= 0.9) {
                n++;
                right += samples.get(k).right() ? 1 : 0;
            }
        }
        long rightLinks = samples.stream().filter(CalibrationSamples.Sample::right).count();
        assertTrue(n >= 0.4 * rightLinks, "right links are mostly rated sure: " + n + " rated >= 0.9, " + rightLinks + " right");
        assertTrue(right >= 0.95 * n, String.format(Locale.ROOT, "%d of %d links rated >= 0.9 right", right, n));
    }

    @Test
    void linksRatedBelowHalfAreMostlyWrong() {
        int n = 0;
        int right = 0;
        for (int k = 0; k < samples.size(); k++) {
            if (heldOut[k] < 0.5) {
                n++;
                right += samples.get(k).right() ? 1 : 0;
            }
        }
        assertTrue(n > 0);
        assertTrue(right < 0.5 * n, right + " of " + n + " links rated below 0.5 are right");
    }

    @Test
    void noLinkOfAnUnrelatedPairIsRatedAboveHalf() {
        List<String> above = new ArrayList<>();
        for (int k = 0; k < samples.size(); k++) {
            if (!samples.get(k).doc().related() && heldOut[k] > 0.5) {
                above.add(samples.get(k).doc().name() + " " + samples.get(k).link() + " " + heldOut[k]);
            }
        }
        assertTrue(above.isEmpty(), "links of unrelated pairs rated above 0.5: " + above);
    }

    @Test
    void noRealPairIsTakenForUnrelatedAndNoUnrelatedPairForATranslation() {
        List<LogisticCalibration> fits = CalibrationSamples.heldOutFits(samples, docs, 5);
        List<String> wrong = new ArrayList<>();
        CalibrationCorpus.Doc last = null;
        for (CalibrationSamples.Sample s : samples) {
            if (s.doc() == last) {
                continue;
            }
            last = s.doc();
            double t = fits.get(CalibrationSamples.fold(docs, s.doc(), 5)).translation(s.document());
            if (t >= Alignment.TRANSLATION_BELOW != s.doc().related()) {
                wrong.add(s.doc().name() + " " + t);
            }
        }
        assertTrue(wrong.isEmpty(), "pairs judged wrongly: " + wrong);
    }

    @Test
    void theShippedCalibrationIsTheOneFittedOnTheWholeCorpus() {
        LogisticCalibration fitted = CalibrationSamples.fit(samples);
        for (CalibrationSamples.Sample s : samples) {
            assertEquals(fitted.probability(s.features(), s.document()),
                    LinkCalibration.standard().probability(s.features(), s.document()), 0.02,
                    () -> "calibration.tsv is out of date (run CalibrationFit, docs/alignment.md): " + s.doc().name());
        }
    }

    @Test
    void theFitRecoversAKnownModel() {
        // seeded data drawn from a known logistic model: the fit finds its weights
        java.util.Random rnd = new java.util.Random(3);
        double[] truth = {0.5, -2, 0, 1};
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            double[] f = new double[truth.length];
            f[0] = 1;
            for (int k = 1; k < f.length; k++) {
                f[k] = rnd.nextGaussian();
            }
            x.add(f);
            y.add(rnd.nextDouble() < LogisticCalibration.logistic(truth, f));
        }
        double[] w = LogisticCalibration.fit(x, y, 0);
        for (int k = 0; k < truth.length; k++) {
            assertEquals(truth[k], w[k], 0.1, "weight " + k);
        }
    }

    @Test
    void aCalibrationFileWithAnUnknownFeatureIsRefusedNamingTheLine() {
        org.tmsh.common.TmshException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.tmsh.common.TmshException.class, () -> LogisticCalibration.read("/align/calibration-bad.tsv"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("link colour"), e.getMessage());
    }
}
