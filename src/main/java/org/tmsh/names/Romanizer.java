package org.tmsh.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UScript;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;

/**
 * Spellings of a name written in another script, per language and system, from a registry of
 * {@link Romanization}s read from {@code tmsh/names/romanization/index.txt} (script, kind, file:
 * ICU transforms for Cyrillic, Greek, Arabic, Hebrew, Georgian, Armenian, Han, Kana; the jamo table
 * for Hangul), and the exonyms of {@code tmsh/names/exonyms.txt}. Thread-safe.
 */
public final class Romanizer {

    /**
     * One spelling: the language it is for ("*" for any Latin-script language), the system, the form, the
     * language the name is read as ({@code from}: ru, uk, ko; empty if none) and the reading as a linguist
     * labels it ("Ukrainian, national 2010", "Russian, BGN/PCGN"; the system alone if no other is known).
     */
    public record Variant(String lang, String system, String form, String from, String reading) {
        public Variant(String lang, String system, String form) {
            this(lang, system, form, "", system);
        }
    }

    private static final String DIR = "/tmsh/names/romanization/";
    private static final String EXONYMS = "/tmsh/names/exonyms.txt";
    private static final Romanizer STANDARD = new Romanizer(DIR + "index.txt");

    private final Map<String, List<Romanization>> byScript = new HashMap<>();
    private final Set<String> consonantOnly = new HashSet<>();
    private final Map<String, List<String[]>> exonyms = new HashMap<>();

    Romanizer(String index) {
        for (RuleFiles.Row row : RuleFiles.read(index, 3)) {
            String script = row.get(0).strip();
            String kind = row.get(1).strip();
            String file = DIR + row.get(2).strip();
            Romanization r = switch (kind) {
                case "transform" -> new TransformRomanization(script, file);
                case "hangul" -> new HangulRomanization(script, file);
                default -> throw new TmshException(index + ": line " + row.line() + ": unknown kind '" + kind
                        + "' (transform, hangul)");
            };
            byScript.computeIfAbsent(script, k -> new ArrayList<>()).add(r);
            if (r instanceof TransformRomanization t && !t.writesVowels()) {
                consonantOnly.add(t.system());
            }
        }
        for (RuleFiles.Row row : RuleFiles.read(EXONYMS, 3)) {
            exonyms.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(new String[] {row.get(1), row.get(2)});
        }
    }

    public static Romanizer standard() {
        return STANDARD;
    }

    /** The script a name is written in, as a language-neutral code ("Cyrl", "Hang", "Latn" ...). */
    public static String script(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int s = UScript.getScript(cp);
            if (s != UScript.COMMON && s != UScript.INHERITED) {
                return UScript.getShortName(s);
            }
            i += Character.charCount(cp);
        }
        return "Zyyy";
    }

    /** Originals (in their script) that have {@code form} as an exonym; empty if none. */
    public List<String> originalsOf(String form) {
        List<String> out = new ArrayList<>();
        exonyms.forEach((orig, forms) -> {
            for (String[] f : forms) {
                if (f[1].equalsIgnoreCase(form.strip())) {
                    out.add(orig);
                    return;
                }
            }
        });
        return out;
    }

    /** Every spelling tmsh knows or makes for a name in another script; empty for a Latin-script name. */
    public List<Variant> variants(String original) {
        String name = original.strip();
        Set<Variant> out = new LinkedHashSet<>();
        for (String[] e : exonyms.getOrDefault(name, List.of())) {
            out.add(new Variant(e[0], "exonym", e[1]));
        }
        for (Romanization r : byScript.getOrDefault(script(name), List.of())) {
            for (Variant v : r.variants(name)) {
                out.add(v);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The readings of a name written in another script, as a linguist lists them: the language of the name
     * ({@link NameLanguage}), then the spellings grouped by reading, those of the name's own language first,
     * then its exonyms, then the readings of the other languages of its script (a Ukrainian name read by the
     * Russian rules). A name of an open language keeps the order of {@code index.txt}.
     */
    public Readings readings(String original) {
        String name = original.strip();
        List<Variant> all = new ArrayList<>();
        for (Romanization r : byScript.getOrDefault(script(name), List.of())) {
            all.addAll(r.variants(name));
        }
        NameLanguage.Guess guess = NameLanguage.standard().guess(name, all.stream().map(Variant::from).toList());
        List<Variant> out = new ArrayList<>();
        String own = guess.lang();
        if (own != null) {
            all.stream().filter(v -> v.from().equals(own)).forEach(out::add);
        }
        for (String[] e : exonyms.getOrDefault(name, List.of())) {
            out.add(new Variant(e[0], "exonym", e[1], own == null ? "" : own, "exonym, " + NameLanguage.name(e[0])));
        }
        for (String lang : guess.order()) {
            all.stream().filter(v -> v.from().equals(lang) && !out.contains(v)).forEach(out::add);
        }
        all.stream().filter(v -> !out.contains(v)).forEach(out::add);
        return new Readings(name, guess, out.stream().distinct().toList());
    }

    /** What {@link #readings} found: the name, its language and the spellings in the order shown. */
    public record Readings(String name, NameLanguage.Guess language, List<Variant> variants) {
    }

    /** Whether spellings of this system leave out the vowels (Arabic, Hebrew): compare their consonants only. */
    public boolean consonantsOnly(String system) {
        return consonantOnly.contains(system);
    }
}
