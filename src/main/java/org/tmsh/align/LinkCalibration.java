package org.tmsh.align;

/**
 * Turns what the aligner knows of a link and of its document pair ({@link LinkFeatures}) into
 * probabilities: that the two documents are translations of each other, and that the link is
 * right. These are the confidences that the summary, the report, {@code review} and
 * {@code --min-confidence} show and decide on.
 */
interface LinkCalibration {

    /** The probability that a document pair with {@code document} features ({@link LinkFeatures#DOCUMENT}) is a translation. */
    double translation(double[] document);

    /**
     * The probability that a link with {@code link} features ({@link LinkFeatures#LINK}) is right,
     * its documents' features being {@code document}: that they are translations, times that the
     * link is right if they are.
     */
    double probability(double[] link, double[] document);

    /** The calibration fitted on gold alignments ({@code tmsh/aligning/calibration.tsv}). */
    static LinkCalibration standard() {
        return LogisticCalibration.STANDARD;
    }
}
