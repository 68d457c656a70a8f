package org.tmsh.qa.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.tmsh.common.HeapBudget;
import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;

/**
 * Consistency across every file (and the memory) of one run: one source translated in different ways,
 * and one target given to different sources, after normalising case, spaces and codes
 * ({@link QaText#key}). Each group is reported once, naming every segment of it.
 *
 * <p>NOTE: keeps every segment with a target and two keys for it (about 1.2 KB a news sentence), from a
 * {@link HeapBudget} of half the heap: past it, later segments are not compared and one finding says how many
 * and from which segment on (a heap of 1 GB compares about 400,000 such segments; every other check still
 * reads every segment). Segments without a target are left out.
 */
public final class ConsistencyCheck extends TargetCheck {

    /** The segments sharing a normalised source (or target), grouped by their other side. */
    private final Map<String, Map<String, List<QaSegment>>> bySource = new HashMap<>();
    private final Map<String, Map<String, List<QaSegment>>> byTarget = new HashMap<>();

    /** What one kept segment costs besides its four texts: its object, two map entries, a list. */
    private static final long SEGMENT_BYTES = 400;

    private final HeapBudget budget;
    private long notCompared;
    private Finding.Place firstNotCompared;

    public ConsistencyCheck() {
        this(HeapBudget.share(0.5));
    }

    /** A check that keeps its segments within {@code budget}. */
    public ConsistencyCheck(HeapBudget budget) {
        super("consistency", Finding.Severity.WARNING);
        this.budget = budget;
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String a = QaText.key(s.source());
        String b = QaText.key(s.target());
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        if (!budget.take(HeapBudget.of(a) + HeapBudget.of(b) + HeapBudget.of(s.source()) + HeapBudget.of(s.target())
                + SEGMENT_BYTES)) {
            if (notCompared++ == 0) {
                firstNotCompared = s.place();
            }
            return;
        }
        add(bySource, a, b, s);
        add(byTarget, b, a, s);
    }

    /**
     * Files a segment under {@code key}. Most keys hold one segment, so a key's first segment is kept as a
     * one-element map of its own and a map of variants is made only when a second segment comes.
     */
    private static void add(Map<String, Map<String, List<QaSegment>>> map, String key, String other, QaSegment s) {
        Map<String, List<QaSegment>> m = map.get(key);
        if (m == null) {
            map.put(key, Map.of(other, List.of(s)));
            return;
        }
        if (!(m instanceof LinkedHashMap)) {
            Map<String, List<QaSegment>> grown = new LinkedHashMap<>(4);
            m.forEach((k, v) -> grown.put(k, new ArrayList<>(v)));
            map.put(key, grown);
            m = grown;
        }
        m.computeIfAbsent(other, k -> new ArrayList<>(1)).add(s);
    }

    @Override
    public void finish(Consumer<Finding> out) {
        report(bySource, out, "one source has %d translations", QaSegment::source, QaSegment::target, true);
        report(byTarget, out, "one translation has %d different sources", QaSegment::target, QaSegment::source, false);
        if (notCompared > 0) {
            String message = String.format(java.util.Locale.ROOT, "%,d segments from %s on were not compared for"
                    + " consistency: the run's heap of %,d MB holds no more of them (%,d MB for this check); every other"
                    + " check read them (give Java more memory: TMSH_JAVA_OPTS=-Xmx4g)", notCompared, firstNotCompared,
                    HeapBudget.heapMb(), budget.limit() / (1024 * 1024));
            String where = notCompared == 1 ? firstNotCompared.toString() : firstNotCompared + " and " + (notCompared - 1) + " more";
            out.accept(new Finding(id(), Finding.Severity.INFO, where,
                    String.valueOf(notCompared), message, null, null, null, null, null, List.of(firstNotCompared)));
        }
    }

    /** How many segments were not compared because the budget was spent. */
    long notCompared() {
        return notCompared;
    }

    private void report(Map<String, Map<String, List<QaSegment>>> map, Consumer<Finding> out, String what,
                        Function<QaSegment, String> same, Function<QaSegment, String> differing, boolean sourceSide) {
        List<Map.Entry<String, Map<String, List<QaSegment>>>> groups = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<QaSegment>>> e : map.entrySet()) {
            if (e.getValue().size() > 1) {
                groups.add(e);
            }
        }
        groups.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, Map<String, List<QaSegment>>> g : groups) {
            List<Finding.Place> places = new ArrayList<>();
            StringBuilder variants = new StringBuilder();
            QaSegment first = null;
            for (List<QaSegment> segs : g.getValue().values()) {
                QaSegment s = segs.get(0);
                first = first == null ? s : first;
                variants.append(variants.isEmpty() ? "" : " | ").append(QaText.plain(differing.apply(s)))
                        .append(" (").append(segs.stream().map(QaSegment::where).reduce((x, y) -> x + ", " + y).orElse(""))
                        .append(')');
                segs.forEach(x -> places.add(x.place()));
            }
            String shared = QaText.plain(same.apply(first));
            String where = places.size() <= 3 ? places.stream().map(Finding.Place::toString).reduce((x, y) -> x + ", " + y).orElse("")
                    : places.get(0) + " and " + (places.size() - 1) + " more";
            out.accept(new Finding(id(), severity(), where, variants.toString(),
                    String.format(what, g.getValue().size()) + ": " + variants, null,
                    sourceSide ? first.source() : null, sourceSide ? null : first.target(),
                    sourceSide ? shared : null, sourceSide ? null : shared, places));
        }
    }
}
