package org.tmsh.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enabled checks over segments: each segment through every check, then each check's
 * findings about groups; gives each finding the profile's severity, drops the accepted ones
 * ({@link Suppressions}), and sorts the rest by check, worst check first. A check that fails on a segment
 * (a fault of tmsh, never of the file) does not end the run: the segment gets an error finding of that check
 * saying it was not checked by it, the fault goes to the log (standard error), and every other check and
 * segment is checked as usual, so the reviewer still gets the report and knows what to look at by hand.
 */
public final class QaEngine {

    private static final Logger LOG = LoggerFactory.getLogger(QaEngine.class);

    private final List<Check> checks;
    private final Profile profile;
    private final List<Finding> findings = new ArrayList<>();
    private long segments;
    private long[] nanos;
    private long locked;
    private final List<Finding.Place> lockedPlaces = new ArrayList<>();

    public QaEngine(List<Check> checks, Profile profile) {
        this.checks = List.copyOf(checks);
        this.profile = profile;
    }

    /**
     * Keeps the time each check takes from now on (the benchmark's breakdown by check: wall time of the calling
     * thread, two clock reads per check and segment); see {@link #timings()}.
     */
    public QaEngine timed() {
        nanos = new long[checks.size()];
        return this;
    }

    /** Check id to the nanoseconds it took (its segments and its finish), in the checks' order; empty unless {@link #timed()}. */
    public Map<String, Long> timings() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; nanos != null && i < checks.size(); i++) {
            out.merge(checks.get(i).id(), nanos[i], Long::sum);
        }
        return out;
    }

    /**
     * Runs every check on one segment; a segment the file locks against editing is counted and not checked
     * (the translator could not change it), unless the profile's {@code status.checkLocked} is on.
     */
    public void add(QaSegment s) {
        segments++;
        if (s.status() == QaSegment.Status.LOCKED && !profile.option("status.checkLocked", "off").equals("on")) {
            locked++;
            if (lockedPlaces.size() < LOCKED_PLACES) {
                lockedPlaces.add(s.place());
            }
            return;
        }
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            long t0 = nanos == null ? 0 : System.nanoTime();
            try {
                c.check(s, f -> keep(c, f));
            } catch (RuntimeException e) {
                LOG.error("check '{}' failed on {}", c.id(), s.where(), e);
                findings.add(Finding.of(c.id(), Finding.Severity.ERROR, s, null, null, "the " + c.id()
                        + " check failed on this segment (a fault of tmsh: " + e.getClass().getSimpleName()
                        + "); check it by hand", null));
            }
            if (nanos != null) {
                nanos[i] += System.nanoTime() - t0;
            }
        }
    }

    private void keep(Check c, Finding f) {
        if (profile.keeps(c.id(), f.kind())) {
            findings.add(f.withSeverity(profile.severity(c.id(), f)));
        }
    }

    public long segments() {
        return segments;
    }

    /** At most this many locked segments are named in the {@code locked} finding (its count is always whole). */
    static final int LOCKED_PLACES = 1000;

    /** The kind of the one finding that says how many locked segments were left out, and which. */
    public static final String LOCKED = "locked";

    /** How many segments were locked and so not checked. */
    public long locked() {
        return locked;
    }

    /** The findings of the run, accepted ones left out, grouped by kind: the kind with the worst finding first. */
    public List<Finding> finish(Suppressions accepted) {
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            long t0 = nanos == null ? 0 : System.nanoTime();
            c.finish(f -> keep(c, f));
            if (nanos != null) {
                nanos[i] += System.nanoTime() - t0;
            }
        }
        if (locked > 0 && profile.on("status") && profile.keeps("status", LOCKED)) {
            Finding f = lockedFinding();
            findings.add(f.withSeverity(profile.severity("status", f)));
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (accepted == null || !accepted.accepts(f)) {
                kept.add(f);
            }
        }
        return grouped(kept);
    }

    /**
     * The segments the file locks and QA left out, as one {@code info} finding of the {@code status} check
     * (kind {@code locked}): its {@code where} says how many, its places name them (the first
     * {@value #LOCKED_PLACES}), so that {@code --json}, {@code --csv} and the report carry the count too,
     * and a reviewer sees which segments no check read.
     */
    private Finding lockedFinding() {
        String where = lockedPlaces.size() == 1 ? lockedPlaces.get(0).toString()
                : lockedPlaces.get(0) + " and " + (locked - 1) + " more";
        String message = locked + " locked segment" + (locked == 1 ? "" : "s") + " not checked (the file locks "
                + (locked == 1 ? "it" : "them") + " against editing; profile option status.checkLocked on checks "
                + (locked == 1 ? "it" : "them") + ")";
        return new Finding(LOCKED, Finding.Severity.INFO, where, String.valueOf(locked), message, null, null, null, null,
                null, lockedPlaces);
    }

    /** Findings grouped by kind, groups by their worst severity then size, within a group worst first in file order. */
    public static List<Finding> grouped(List<Finding> findings) {
        Map<String, List<Finding>> byKind = new LinkedHashMap<>();
        for (Finding f : findings) {
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        }
        List<List<Finding>> groups = new ArrayList<>(byKind.values());
        groups.forEach(g -> g.sort(Comparator.comparing(Finding::severity)));
        groups.sort(Comparator.<List<Finding>, Finding.Severity>comparing(g -> g.get(0).severity())
                .thenComparing(g -> -g.size()));
        List<Finding> out = new ArrayList<>();
        groups.forEach(out::addAll);
        return out;
    }
}
