package org.tmsh.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tmsh.common.TmshException;
import org.tmsh.memory.SourceKey;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.UnitChange;
import org.tmsh.memory.UnitMeta;
import org.tmsh.memory.UnitPlan;
import org.tmsh.memory.UnitRecord;

/**
 * Sources with several translations ({@code tm duplicates}: for the reviewer) and their resolution
 * ({@code tm dedup --keep}: one translation stays, the others are deleted, all or nothing). A source
 * is a {@link SourceKey} in the TM's language pair (or the one asked for).
 *
 * <p>NOTE: two passes over the units: the first counts each source's units by the key's hash (8
 * bytes and a count a unit), the second keeps only the units of sources counted twice or more.
 */
public final class DuplicatesJob {

    /** One translation of a source: the unit's id, target text, and what the policies weigh. */
    public record Entry(String id, String target, String created, String changed, String changeId, Integer usageCount) {
    }

    /** A source with its translations, in the order of import. */
    public record Group(String source, String contextPre, String contextPost, List<Entry> targets) {
    }

    /** The duplicates of a TM in its language pair. */
    public record Outcome(String tm, String sourceLang, String targetLang, long units, List<Group> groups) {
        public long extra() {
            return groups.stream().mapToLong(g -> g.targets().size() - 1).sum();
        }
    }

    /** Which translation of a source {@code tm dedup} keeps. */
    public enum Keep {
        NEWEST("the latest changed (else created); a unit without a date counts as oldest"),
        OLDEST("the earliest created (else changed)"),
        MOST_USED("the highest usagecount, then the newest"),
        LAST_IMPORTED("the one imported last"),
        FIRST_IMPORTED("the one imported first");

        public final String description;

        Keep(String description) {
            this.description = description;
        }

        public String option() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Keep of(String s) {
            for (Keep k : values()) {
                if (k.option().equals(s.strip().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new TmshException("--keep '" + s + "': expected one of " + String.join(", ",
                    java.util.Arrays.stream(values()).map(Keep::option).toList()));
        }

        /** Best first. */
        Comparator<UnitRecord> order() {
            Comparator<UnitRecord> imported = Comparator.comparingLong(r -> UnitRecord.parseId(r.id()));
            Comparator<UnitRecord> newest = Comparator.comparing((UnitRecord r) -> changed(r), Comparator.nullsFirst(
                    Comparator.<Instant>naturalOrder())).thenComparing(imported).reversed();
            return switch (this) {
                case NEWEST -> newest;
                case OLDEST -> Comparator.comparing((UnitRecord r) -> created(r), Comparator.nullsLast(
                        Comparator.<Instant>naturalOrder())).thenComparing(imported);
                case MOST_USED -> Comparator.comparing((UnitRecord r) -> {
                    Integer n = UnitMeta.of(r.unit()).usageCount();
                    return n == null ? 0 : n;
                }).reversed().thenComparing(newest);
                case LAST_IMPORTED -> imported.reversed();
                case FIRST_IMPORTED -> imported;
            };
        }

        private static Instant changed(UnitRecord r) {
            return UnitMeta.of(r.unit()).changed();
        }

        private static Instant created(UnitRecord r) {
            UnitMeta m = UnitMeta.of(r.unit());
            return m.created() != null ? m.created() : m.changed();
        }
    }

    private final TmLibrary library;

    public DuplicatesJob(TmLibrary library) {
        this.library = library;
    }

    /** The sources of TM {@code tmName} with more than one translation. */
    public Outcome find(String tmName, String srcLang, String tgtLang) {
        TranslationMemory tm = library.open(TmLibrary.checkName(tmName));
        String[] langs = TmRead.of(tm, () -> tm.resolveLanguages(srcLang, tgtLang));
        long[] units = {0};
        Map<SourceKey, List<UnitRecord>> groups = TmRead.of(tm, () -> groups(tm::forEachRecord, langs, units));
        List<Group> out = new ArrayList<>();
        groups.forEach((k, rs) -> out.add(new Group(k.source(), k.contextPre(), k.contextPost(), rs.stream().map(r -> {
            UnitMeta m = UnitMeta.of(r.unit());
            return new Entry(r.id(), r.unit().text(langs[1]), m.creationDate(), m.changeDate(), m.changeId(), m.usageCount());
        }).toList())));
        return new Outcome(tm.name(), langs[0], langs[1], units[0], out);
    }

    /** A source of units to read twice. */
    @FunctionalInterface
    interface Units {
        void forEach(java.util.function.Consumer<UnitRecord> action) throws java.io.IOException;
    }

    /** The sources with several units, each with its units in the order of import. */
    static Map<SourceKey, List<UnitRecord>> groups(Units units, String[] langs, long[] count) throws java.io.IOException {
        Map<Long, Integer> counts = new HashMap<>();
        count[0] = 0;
        units.forEach(r -> {
            count[0]++;
            SourceKey k = SourceKey.of(r.unit(), langs[0], langs[1]);
            if (k != null) {
                counts.merge(k.hash(), 1, Integer::sum);
            }
        });
        counts.values().removeIf(n -> n < 2);
        Map<SourceKey, List<UnitRecord>> groups = new LinkedHashMap<>();
        if (counts.isEmpty()) {
            return groups;
        }
        units.forEach(r -> {
            SourceKey k = SourceKey.of(r.unit(), langs[0], langs[1]);
            if (k != null && counts.containsKey(k.hash())) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            }
        });
        groups.values().removeIf(rs -> distinctTargets(rs, langs[1]) < 2);
        return groups;
    }

    private static long distinctTargets(List<UnitRecord> rs, String tgt) {
        return rs.stream().map(r -> r.unit().text(tgt)).distinct().count();
    }

    /**
     * Keeps one translation of each source with several ({@code keep} decides which) and deletes the
     * others, all or nothing; with {@code dryRun} only says what would go.
     */
    public TmMaintenanceJob.Outcome dedup(String tmName, String srcLang, String tgtLang, Keep keep, boolean dryRun) {
        TranslationMemory tm = library.open(TmLibrary.checkName(tmName));
        String[] langs = TmRead.of(tm, () -> tm.resolveLanguages(srcLang, tgtLang));
        UnitPlan plan = units -> {
            List<UnitChange> out = new ArrayList<>();
            for (List<UnitRecord> rs : groups(units::forEach, langs, new long[1]).values()) {
                List<UnitRecord> sorted = new ArrayList<>(rs);
                sorted.sort(keep.order());
                for (UnitRecord r : sorted.subList(1, sorted.size())) {
                    out.add(UnitChange.delete(r));
                }
            }
            return out;
        };
        return new TmMaintenanceJob.Outcome(tm.name(), dryRun, tm.change(plan, dryRun));
    }
}
