package org.tmsh.align;

/**
 * The aligner's weights. Costs are in nats (-log probability), as in Gale and Church.
 *
 * @param lengthVariance      Gale-Church variance of the length difference per character (their 6.8; 10 here)
 * @param numberWeight        reward for a number found on both sides
 * @param wordWeight          reward for a word or name (by spelling key) found on both sides
 * @param cognateWeight       reward for a shared consonant skeleton
 * @param lexicalScale        multiplies all anchor rewards
 * @param numberMismatch      penalty for a number on one side only
 * @param skip                cost of leaving a segment unaligned (1-0, 0-1)
 * @param boilerplateSkip     cost of leaving a boilerplate segment unaligned
 * @param boilerplateAlign    extra cost of aligning a boilerplate segment
 * @param paragraphCross      extra cost of merging segments from different paragraphs
 * @param merge2              prior cost of 2-1 and 1-2
 * @param merge22             prior cost of 2-2
 * @param merge3              prior cost of 3-1, 1-3
 * @param merge4              prior cost of 4-1, 1-4, 3-2, 2-3
 * @param band                half-width of the search band for long documents
 * @param lexicalWeight       multiplies the lexical cost (dictionary and learned word pairs)
 * @param ratioMin            lowest target/source length ratio believed
 * @param ratioMax            highest target/source length ratio believed
 * @param learnConfidence     links of a first pass at least this confident teach the second pass
 * @param learnMinCount       a learned word pair co-occurs in at least this many links
 * @param learnMinDice        and has at least this Dice coefficient
 * @param openJoin            less prior cost for each merge after a segment that ends open
 * @param pathBand            half-width of the band around an earlier path (second searches)
 * @param boilerplatePair     extra cost of linking boilerplate with boilerplate: more than leaving both
 *                            unaligned, so two furniture lines link only on evidence (a name, a number,
 *                            a cognate), not for being next to each other
 * @param crossing            the price of one crossing link block: two runs of unaligned segments on
 *                            opposite sides of a link are aligned to each other only when that saves
 *                            more than this against leaving both unaligned ({@link CrossingLinks})
 */
public record AlignerSettings(double lengthVariance, double numberWeight, double wordWeight, double cognateWeight,
                              double lexicalScale, double numberMismatch, double skip, double boilerplateSkip,
                              double boilerplateAlign, double paragraphCross, double merge2, double merge22,
                              double merge3, double merge4, int band, double lexicalWeight, double ratioMin,
                              double ratioMax, double learnConfidence, int learnMinCount, double learnMinDice,
                              double openJoin, int pathBand, double boilerplatePair, double crossing) {

    public static AlignerSettings defaults() {
        // tuned on the development data of ../shared/align-gold (Text+Berg dev and ParIce together):
        // strict F1 changes by less than 0.02 across skip 3-5, merge 1.8-3, lexical scale 1-1.5.
        // lexical weight: Text+Berg dev with the installed de-fr dictionaries, strict F1 0.756 at 2.0,
        // 0.826 at 1.0, 0.853 at 0.5, 0.856 at 0.3 (0.830 without); ParIce and the toy unchanged or better.
        // open join (with the dictionary): 0.877 at 0, 0.876 at 1, 0.881 at 1.5, 0.880 at 2, 0.872 at 3;
        // ParIce 0.891, 0.904, 0.907, 0.878, 0.863.
        // path band: Text+Berg dev (469 x 555, banded) with the dictionary 0.868 at 20, 0.881 at 30 to 1000.
        // boilerplate pair (menu lines only): the generated damaged news pairs, furniture kind, strict F1
        // 0.825 at 0 (menus flagged or not), 0.971 at 0.8; gold sets unchanged (at 0.8 on every
        // boilerplate pair, not only menus, ParIce fell from 0.900 to 0.878).
        return new AlignerSettings(10.0, 1.5, 1.0, 0.7, 1.5, 0.7, 3.0, 0.3, 6.0, 1.5,
                2.3, 4.6, 4.6, 6.4, 100, 0.3, 0.4, 2.5, 0.7, 2, 0.3, 1.5, 40, 0.8, crossingPrice(6.5));
    }

    /** These settings with another crossing price ({@link Double#POSITIVE_INFINITY}: no crossing links). */
    public AlignerSettings withCrossing(double price) {
        return new AlignerSettings(lengthVariance, numberWeight, wordWeight, cognateWeight, lexicalScale, numberMismatch,
                skip, boilerplateSkip, boilerplateAlign, paragraphCross, merge2, merge22, merge3, merge4, band,
                lexicalWeight, ratioMin, ratioMax, learnConfidence, learnMinCount, learnMinDice, openJoin, pathBand,
                boilerplatePair, price);
    }

    /**
     * The crossing price, or the one the system property {@code tmsh.align.crossing} names (a
     * number, or {@code off}: no crossing links), so old and new can take turns in one run.
     */
    static double crossingPrice(double standard) {
        String v = System.getProperty("tmsh.align.crossing");
        if (v == null || v.isBlank()) {
            return standard;
        }
        return v.strip().equals("off") ? Double.POSITIVE_INFINITY : Double.parseDouble(v.strip());
    }
}
