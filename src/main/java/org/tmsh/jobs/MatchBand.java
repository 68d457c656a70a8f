package org.tmsh.jobs;

/**
 * The bands in which CAT tools quote a job: context (an exact match stored between the same
 * neighbouring segments: 101%), exact, four fuzzy bands, new, and repetitions (a segment
 * already seen earlier in the job), and fuzzy matches that {@link org.tmsh.match.MatchRepair} made
 * whole by substituting numbers or names.
 */
public enum MatchBand {
    CONTEXT("context"), EXACT("100%"), REPAIRED("repaired"), FUZZY_95("95-99%"), FUZZY_85("85-94%"), FUZZY_75("75-84%"),
    FUZZY_50("50-74%"),
    NEW("new"), REPETITION("repetition");

    /** Lowest score a match needs to count at all (the bottom of the lowest fuzzy band). */
    public static final int LOWEST = 50;

    private final String label;

    MatchBand(String label) {
        this.label = label;
    }

    /**
     * The band's one name, in every table, summary line, CSV and JSON key: a percentage band with its % sign as
     * CAT tools quote it ("100%", "95-99%", ...), the others in words ("context", "repaired", "new", "repetition").
     */
    public String label() {
        return label;
    }

    /** The band of a best-match score (0 or below {@link #LOWEST} when there is none: new). */
    public static MatchBand of(int score) {
        if (score > 100) {
            return CONTEXT;
        }
        if (score >= 100) {
            return EXACT;
        }
        if (score >= 95) {
            return FUZZY_95;
        }
        if (score >= 85) {
            return FUZZY_85;
        }
        if (score >= 75) {
            return FUZZY_75;
        }
        return score >= LOWEST ? FUZZY_50 : NEW;
    }
}
