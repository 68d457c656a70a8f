package org.tmsh.memory;

import java.util.List;

/**
 * What a look-up takes besides its text: which units it may return ({@link UnitFilter}, applied by
 * the index before any unit is scored), the penalties that lower a match's percentage, and the
 * segment's neighbours in its document, which make an exact match whose unit was stored between the
 * same neighbours a context match (101%).
 *
 * @param filter    the units to look at ({@link UnitFilter#ALL}: every one)
 * @param penalties the penalties, in order (empty: none)
 * @param context   the previous and next segment's source text, or null for a look-up without context
 */
public record SearchOptions(UnitFilter filter, List<Penalty> penalties, Context context) {

    /** A look-up of every unit, without penalties or context. */
    public static final SearchOptions NONE = new SearchOptions(UnitFilter.ALL, List.of(), null);

    /**
     * A segment's neighbours: the source text of the previous and the next segment; "" (or null) at the
     * document's start or end, which matches a unit stored there.
     */
    public record Context(String pre, String post) {
        public Context {
            pre = pre == null ? "" : pre;
            post = post == null ? "" : post;
        }
    }

    public SearchOptions {
        filter = filter == null ? UnitFilter.ALL : filter;
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
    }

    /** These options with the segment's neighbours. */
    public SearchOptions withContext(String pre, String post) {
        return new SearchOptions(filter, penalties, new Context(pre, post));
    }

    /** True if a candidate's {@code <tu>} must be read to score it (penalties or context asked for). */
    public boolean needsMeta() {
        return !penalties.isEmpty() || context != null;
    }
}
