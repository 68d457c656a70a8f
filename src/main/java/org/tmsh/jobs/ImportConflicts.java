package org.tmsh.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tmsh.common.TmshException;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.TmSettings;
import org.tmsh.memory.UnitChange;
import org.tmsh.memory.UnitPlan;
import org.tmsh.memory.UnitRecord;

/**
 * What an import does when a unit it brings has the same source as a unit already in the TM (a
 * {@link org.tmsh.memory.SourceKey}: same source text, and same context where the units know theirs)
 * with another translation: {@code tm import --on-conflict}, default from the TM's settings
 * ({@link TmSettings}), else {@code add}.
 *
 * <ul>
 * <li>{@code add}: the new unit is added beside the old one and nothing is looked at (as tmsh always
 * did; costs nothing);</li>
 * <li>{@code keep-both}: the same, and the import counts the conflicts, so the reviewer knows to run
 * {@code tm duplicates};</li>
 * <li>{@code overwrite}: the new translation replaces the old units of that source;</li>
 * <li>{@code keep-newest}: of the old and new units of that source, the newest stays (its
 * {@code changedate}, else {@code creationdate}; a unit without a date counts as oldest; a tie goes to
 * the unit imported).</li>
 * </ul>
 *
 * <p>The units the import brought are those whose ids are above the highest id before it. The TM
 * applies the policy with the import ({@link TranslationMemory#planWithImport}): an embedded TM inside
 * the import, in its one commit (a kill leaves the TM as before the import); a Solr TM (no transaction
 * over several documents) after the units, under the import's lock, having recorded the policy before
 * the first unit was sent: if the import is killed in between, its units stay as with
 * {@code keep-both} until the next import with a policy (the same one run again) finishes it, and an
 * import without one is refused until then. A TM that cannot applies it as a change of its own after
 * the import ({@link TranslationMemory#change}).
 *
 * <p>NOTE: a policy other than {@code add} reads the whole TM, so it costs time in proportion to the
 * TM's size.
 */
public final class ImportConflicts {

    /** The import policies. */
    public enum Policy {
        ADD, KEEP_BOTH, OVERWRITE, KEEP_NEWEST;

        public String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The policy of {@code --on-conflict}, else the TM's settings, else {@code add}. */
        public static Policy of(String given, TmSettings settings) {
            String p = settings.onConflictOr(given);
            for (Policy x : values()) {
                if (x.option().equals(p)) {
                    return x;
                }
            }
            throw new TmshException("--on-conflict '" + p + "': expected one of add, keep-both, overwrite, keep-newest");
        }
    }

    /**
     * How the import's conflicts went: units it brought whose source already had another translation,
     * old units replaced by new ones, and new units dropped because an old one was newer.
     */
    public record Counts(String policy, long conflicts, long overwritten, long keptExisting) {
    }

    private ImportConflicts() {
    }

    /** The highest unit id in the TM before the import (-1: none); read only when the policy needs it. */
    static long highestId(TranslationMemory tm, Policy p) {
        if (p == Policy.ADD) {
            return -1;
        }
        long[] max = {-1};
        TmRead.of(tm, () -> {
            tm.forEachRecord(r -> max[0] = Math.max(max[0], UnitRecord.parseId(r.id())));
            return null;
        });
        return max[0];
    }

    /** Applies the policy to the units above {@code before} (all or nothing); null for {@code add}. */
    static Counts resolve(TranslationMemory tm, Policy p, long before) {
        if (p == Policy.ADD) {
            return null;
        }
        String[] langs = TmRead.of(tm, () -> tm.resolveLanguages(null, null));
        long[] c = new long[3];
        tm.change(plan(p, langs, before, c), p == Policy.KEEP_BOTH);
        return new Counts(p.option(), c[0], c[1], c[2]);
    }

    /**
     * Asks the TM to apply the policy in the import's own commit ({@link TranslationMemory#planWithImport});
     * the counts, once the import has run, from {@link #counts}. Null when the TM cannot (Solr), or the
     * policy is {@code add}, or the TM has no units yet (nothing to conflict with).
     */
    static long[] planWithImport(TranslationMemory tm, Policy p) {
        if (p == Policy.ADD || TmRead.of(tm, tm::size) == 0) {
            return null;
        }
        String[] langs = TmRead.of(tm, () -> tm.resolveLanguages(null, null));
        long[] c = new long[3];
        boolean dryRun = p == Policy.KEEP_BOTH;
        return tm.planWithImport("--on-conflict " + p.option(), before -> {
            UnitPlan real = plan(p, langs, before, c);
            // keep-both counts and changes nothing
            return dryRun ? units -> {
                real.plan(units);
                return List.of();
            } : real;
        }) ? c : null;
    }

    /** What the policy did, from the counts {@link #planWithImport} filled. */
    static Counts counts(Policy p, long[] c) {
        return new Counts(p.option(), c[0], c[1], c[2]);
    }

    /** The policy's plan over the units above {@code before}; {@code c} gets conflicts, old units replaced, new dropped. */
    private static UnitPlan plan(Policy p, String[] langs, long before, long[] c) {
        return units -> {
            java.util.Arrays.fill(c, 0);
            List<UnitChange> out = new ArrayList<>();
            for (List<UnitRecord> group : DuplicatesJob.groups(units::forEach, langs, new long[1]).values()) {
                List<UnitRecord> fresh = new ArrayList<>();
                List<UnitRecord> old = new ArrayList<>();
                for (UnitRecord r : group) {
                    (UnitRecord.parseId(r.id()) > before ? fresh : old).add(r);
                }
                if (fresh.isEmpty() || old.isEmpty()) {
                    continue;
                }
                c[0] += fresh.size();
                if (p == Policy.OVERWRITE) {
                    old.forEach(r -> out.add(UnitChange.delete(r)));
                    c[1] += old.size();
                } else if (p == Policy.KEEP_NEWEST) {
                    List<UnitRecord> sorted = new ArrayList<>(group);
                    sorted.sort(DuplicatesJob.Keep.NEWEST.order());
                    for (UnitRecord r : sorted.subList(1, sorted.size())) {
                        out.add(UnitChange.delete(r));
                        c[fresh.contains(r) ? 2 : 1]++;
                    }
                }
            }
            return out;
        };
    }
}
