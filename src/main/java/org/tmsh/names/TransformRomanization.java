package org.tmsh.names;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

import org.tmsh.common.TmshException;

/**
 * A romanization by an ICU transform whose rules are a data file, or that names a transform ICU
 * ships ({@code # icu: Greek-Latin/UNGEGN; Latin-ASCII}). Header lines name it: {@code # id:},
 * {@code # from:} (language), {@code # lang:} (the language it writes for, * for any),
 * {@code # system:}; optional {@code # reading:} (how a linguist labels it: "Russian, BGN/PCGN"), {@code # not-if:} letters that show the name is in another
 * language of the same script (Ukrainian і ї є ґ for a Russian transform), and
 * {@code # vowels: no} for consonant-only scripts.
 */
final class TransformRomanization implements Romanization {

    private final String script;
    private final String lang;
    private final String system;
    private final String notIf;
    private final String from;
    private final String reading;
    private final boolean vowels;
    private final ThreadLocal<Transliterator> icu;

    TransformRomanization(String script, String resource) {
        String text;
        try (InputStream in = Romanizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TmshException(resource + ": listed in index.txt but missing from the tmsh jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TmshException(resource + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, String> head = new HashMap<>();
        StringBuilder rules = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.startsWith("#")) {
                int colon = t.indexOf(':');
                if (colon > 0) {
                    String key = t.substring(1, colon).strip();
                    if (key.matches("id|from|lang|system|reading|icu|not-if|vowels")) {
                        head.put(key, t.substring(colon + 1).strip());
                    }
                }
            } else {
                rules.append(line).append('\n');
            }
        }
        for (String k : new String[] {"id", "from", "lang", "system"}) {
            if (!head.containsKey(k)) {
                throw new TmshException(resource + ": header line '# " + k + ": ...' missing");
            }
        }
        this.script = script;
        this.lang = head.get("lang");
        this.system = head.get("system");
        this.notIf = head.getOrDefault("not-if", "");
        this.from = head.get("from");
        // the label a linguist writes ("Russian, BGN/PCGN"): the file's, else the language's English name and the system
        this.reading = head.getOrDefault("reading", java.util.Locale.forLanguageTag(from).getDisplayLanguage(java.util.Locale.ENGLISH)
                + ", " + system);
        this.vowels = !"no".equals(head.get("vowels"));
        String id = head.get("id");
        String icuId = head.get("icu");
        String body = rules.toString();
        // built on first use, one instance per thread (ICU's are not thread-safe): compiling every
        // script's rules at start would cost a one-shot command that romanizes nothing about half a
        // second; bad rules are reported at first use (the examples test uses every transform)
        this.icu = ThreadLocal.withInitial(() -> {
            try {
                return make(id, icuId, body);
            } catch (IllegalArgumentException e) {
                throw new TmshException(resource + ": bad transform rules: " + e.getMessage(), e);
            }
        });
    }

    private static Transliterator make(String id, String icuId, String rules) {
        return icuId != null ? Transliterator.getInstance(icuId) : Transliterator.createFromRules(id, rules, Transliterator.FORWARD);
    }

    @Override
    public String script() {
        return script;
    }

    String system() {
        return system;
    }

    @Override
    public boolean writesVowels() {
        return vowels;
    }

    @Override
    public List<Romanizer.Variant> variants(String name) {
        if (name.codePoints().anyMatch(c -> notIf.indexOf(c) >= 0 || notIf.indexOf(Character.toLowerCase(c)) >= 0)) {
            return List.of();
        }
        String form = icu.get().transliterate(" " + name + " ").strip();
        return List.of(new Romanizer.Variant(lang, system, form, from, reading));
    }
}
