package org.tmsh.qa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system's Hunspell dictionaries (Debian's {@code hunspell-en-us}, {@code hunspell-de-de}: {@code
 * /usr/share/hunspell/en_US.aff} and {@code .dic}), read by Lucene's Hunspell ({@code
 * org.apache.lucene.analysis.hunspell}), one a language, loaded once a JVM (a German dictionary takes
 * seconds). Never bundled: a language without a dictionary is said once on the notice log and not
 * checked. The folder is {@code /usr/share/hunspell} unless the system property {@code tmsh.hunspell.dir}
 * names another.
 */
public final class Spellers {

    private static final Logger NOTICE = LoggerFactory.getLogger("tmsh.notice");
    private static final Map<String, Optional<Dictionary>> LOADED = new ConcurrentHashMap<>();

    private Spellers() {
    }

    /** The folder the dictionaries are read from. */
    public static Path folder() {
        return Path.of(System.getProperty("tmsh.hunspell.dir", "/usr/share/hunspell"));
    }

    /**
     * A speller for {@code lang} ("en", "en-GB", "de-AT": the region's dictionary if there is one, else the
     * language's usual one), or empty when the system has none (said once).
     */
    public static Optional<Hunspell> of(String lang) {
        String key = lang == null ? "" : lang.replace('_', '-').toLowerCase(Locale.ROOT);
        Path dir = folder();
        return LOADED.computeIfAbsent(dir + "|" + key, k -> load(dir, key)).map(Hunspell::new);
    }

    private static Optional<Dictionary> load(Path dir, String key) {
        String primary = key.contains("-") ? key.substring(0, key.indexOf('-')) : key;
        String region = key.contains("-") ? key.substring(key.indexOf('-') + 1).toUpperCase(Locale.ROOT) : "";
        for (String name : List.of(primary + "_" + region, primary + "_" + usualRegion(primary))) {
            Path aff = dir.resolve(name + ".aff");
            Path dic = dir.resolve(name + ".dic");
            if (!region.isEmpty() || name.endsWith("_" + usualRegion(primary))) {
                if (Files.isRegularFile(aff) && Files.isRegularFile(dic)) {
                    try (InputStream a = Files.newInputStream(aff); InputStream d = Files.newInputStream(dic)) {
                        return Optional.of(new Dictionary(new ByteBuffersDirectory(), "hunspell", a, d));
                    } catch (IOException | java.text.ParseException | RuntimeException e) {
                        NOTICE.warn("qa: spelling of '{}' not checked: the dictionary {} cannot be read ({})", key, dic, e.getMessage());
                        return Optional.empty();
                    }
                }
            }
        }
        NOTICE.warn("qa: spelling of '{}' not checked: no Hunspell dictionary for it in {} (Debian: hunspell-{}-{})", key, dir,
                primary, usualRegion(primary).toLowerCase(Locale.ROOT));
        return Optional.empty();
    }

    /** The region whose dictionary stands for a language written without one (en: US, de: DE, fr: FR). */
    private static String usualRegion(String primary) {
        return switch (primary) {
            case "en" -> "US";
            case "pt" -> "BR";
            default -> primary.toUpperCase(Locale.ROOT);
        };
    }
}
