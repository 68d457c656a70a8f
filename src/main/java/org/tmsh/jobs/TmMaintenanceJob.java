package org.tmsh.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;

import org.tmsh.common.LanguageTags;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxEdit;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.formats.tmx.TmxWriter;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.memory.UnitChange;
import org.tmsh.memory.UnitRecord;

/**
 * The maintenance of a TM's units, one method per command: {@code tm show --id}, {@code tm edit},
 * {@code tm delete --id/--filter}, {@code tm replace}. Every change goes through
 * {@link TranslationMemory#change}: decided on the units as they are under the TM's write lock, and
 * made all or nothing. An edited unit keeps its id and gets {@code changedate} and {@code changeid}.
 */
public final class TmMaintenanceJob {

    /** What a change command did (or, with {@code dryRun}, would do): the TM and each unit before and after. */
    public record Outcome(String tm, boolean dryRun, List<UnitChange> changes) {
    }

    private final TmLibrary library;

    public TmMaintenanceJob(TmLibrary library) {
        this.library = library;
    }

    /** The user a change is recorded for: {@code user} if given, else the operating system's user name. */
    public static String user(String user) {
        String u = user != null && !user.isBlank() ? user : System.getProperty("user.name", "tmsh");
        return u.strip();
    }

    /** The TMX date of a change made now. */
    static String now() {
        return TmxWriter.TMX_DATE.format(Instant.now());
    }

    private TranslationMemory open(String tmName) {
        return library.open(TmLibrary.checkName(tmName));
    }

    /** The unit of this id; an error naming the TM if it has none. */
    public UnitRecord show(String tmName, String id) {
        TranslationMemory tm = open(tmName);
        UnitRecord.parseId(id);
        UnitRecord u = TmRead.of(tm, () -> tm.unit(id));
        if (u == null) {
            throw noUnit(tm, id);
        }
        return u;
    }

    private static TmshException noUnit(TranslationMemory tm, String id) {
        return new TmshException("TM '" + tm.name() + "' has no unit with id " + id
                + " (tm search and tm concordance show the ids of units)");
    }

    /**
     * Gives unit {@code id} the text {@code target} in {@code lang} (null: the TM's target language,
     * or the unit's language other than the TM's source).
     */
    public Outcome edit(String tmName, String id, String target, String lang, String user) {
        if (target == null || target.isBlank()) {
            throw new TmshException("tm edit: --target is empty; to remove a unit, use tm delete NAME --id ID");
        }
        UnitRecord.parseId(id);
        TranslationMemory tm = open(tmName);
        String who = user(user);
        String date = now();
        List<UnitChange> changes = tm.change(units -> {
            UnitRecord u = units.get(id);
            if (u == null) {
                throw noUnit(tm, id);
            }
            String l = lang != null ? lang : targetLanguage(tm, u.unit());
            if (u.unit().text(l) == null) {
                throw new TmshException("TM '" + tm.name() + "': unit " + id + " has no text in '" + l + "' (it has "
                        + String.join(", ", languages(u.unit())) + ")");
            }
            return List.of(new UnitChange(u, TmxEdit.withText(u.unit(), l, target, date, who)));
        }, false);
        return new Outcome(tm.name(), false, changes);
    }

    /** The language an edit changes by default: the unit's first language that is not the TM's source. */
    private static String targetLanguage(TranslationMemory tm, TmxUnit u) {
        String src;
        try {
            src = tm.sourceLang();
        } catch (java.io.IOException e) {
            throw tm.readFailure(e);
        }
        for (TmxUnit.Variant v : u.variants()) {
            if (src != null && !LanguageTags.inRange(v.lang(), src)) {
                return v.lang();
            }
        }
        if (src == null && u.variants().size() == 2) {
            return u.variants().get(1).lang();
        }
        throw new TmshException("TM '" + tm.name() + "': say which language to change with --lang (the unit has "
                + String.join(", ", languages(u)) + ")");
    }

    private static List<String> languages(TmxUnit u) {
        List<String> out = new ArrayList<>();
        u.variants().forEach(v -> out.add(v.lang()));
        return out;
    }

    /** Deletes the units of these ids (each must exist). */
    public Outcome delete(String tmName, List<String> ids, boolean dryRun) {
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
        wanted.forEach(UnitRecord::parseId);
        TranslationMemory tm = open(tmName);
        List<UnitChange> changes = tm.change(units -> {
            List<UnitChange> out = new ArrayList<>();
            for (String id : wanted) {
                UnitRecord u = units.get(id);
                if (u == null) {
                    throw noUnit(tm, id);
                }
                out.add(UnitChange.delete(u));
            }
            return out;
        }, dryRun);
        return new Outcome(tm.name(), dryRun, changes);
    }

    /** Deletes every unit {@code which} accepts. */
    public Outcome deleteWhere(String tmName, Predicate<UnitRecord> which, boolean dryRun) {
        TranslationMemory tm = open(tmName);
        List<UnitChange> changes = tm.change(units -> {
            List<UnitChange> out = new ArrayList<>();
            units.forEach(u -> {
                if (which.test(u)) {
                    out.add(UnitChange.delete(u));
                }
            });
            return out;
        }, dryRun);
        return new Outcome(tm.name(), dryRun, changes);
    }

    /**
     * Replaces {@code replace}'s matches in the texts of {@code lang} (a BCP 47 range; null: every
     * language), each changed unit stamped with the date and user.
     */
    public Outcome replace(String tmName, TextReplace replace, String lang, String user, boolean dryRun) {
        TranslationMemory tm = open(tmName);
        String who = user(user);
        String date = now();
        List<UnitChange> changes = tm.change(units -> {
            List<UnitChange> out = new ArrayList<>();
            units.forEach(r -> {
                TmxUnit u = r.unit();
                boolean changed = false;
                for (TmxUnit.Variant v : r.unit().variants()) {
                    if (lang != null && !LanguageTags.inRange(LanguageTags.tag(v.lang()), lang)) {
                        continue;
                    }
                    String now = replace.apply(v.text());
                    if (!now.equals(v.text())) {
                        u = TmxEdit.withText(u, v.lang(), now, date, who);
                        changed = true;
                    }
                }
                if (changed) {
                    out.add(new UnitChange(r, u));
                }
            });
            return out;
        }, dryRun);
        return new Outcome(tm.name(), dryRun, changes);
    }
}
