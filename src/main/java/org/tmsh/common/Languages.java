package org.tmsh.common;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * Checks and normalises language codes as BCP 47 tags ("de", "en-GB", "sr-Latn").
 *
 * <p>A code is accepted when it is well-formed BCP 47 ({@link Locale.Builder} checks every subtag)
 * and its primary language subtag is an ISO 639 code that ICU knows (two letters, or three where
 * there is no two-letter code: "fil", "yue"); anything else ("xx", "german", "d_e", "de-!!", "und")
 * is rejected with a message. This is the one check of every language a command is given (its
 * language options, the headers of bilingual and glossary CSV): a bad code is refused whole, never
 * cut down to the part that parses.
 */
public final class Languages {

    private static final Set<String> ISO_LANGUAGES = languages();

    private static Set<String> languages() {
        Set<String> s = new java.util.HashSet<>(Set.of(com.ibm.icu.util.ULocale.getISOLanguages()));
        s.addAll(Set.of(Locale.getISOLanguages()));
        s.remove("und"); // "undetermined": not a language a text or a term can be in
        return Set.copyOf(s);
    }

    private Languages() {
    }

    /** Returns the normalised tag, or throws a {@link TmshException} naming the bad code. */
    public static String check(String code) {
        if (code == null || code.isBlank()) {
            throw new TmshException("missing language code");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(code.trim().replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            throw new TmshException("unknown language code '" + code + "' (expected a BCP 47 tag such as de, en, en-GB)");
        }
        String language = locale.getLanguage();
        if (language.isEmpty() || !ISO_LANGUAGES.contains(language)) {
            throw new TmshException("unknown language code '" + code + "' (expected a BCP 47 tag such as de, en, en-GB)");
        }
        return locale.toLanguageTag();
    }

    /**
     * A column header of a spreadsheet glossary or memory as a language: a BCP 47 code ({@link #check}),
     * or a language's English name as spreadsheets and CAT tools write it ("German", "English (United
     * Kingdom)", memoQ's "English_United_Kingdom", "Portuguese - Brazil"), by the JDK's locale names
     * (CLDR). Throws {@link #check}'s error for a header that is neither.
     */
    public static String ofHeader(String header) {
        String h = header == null ? "" : header.replace("\uFEFF", "").strip();
        try {
            return check(h);
        } catch (TmshException e) {
            String tag = BY_NAME.get(nameKey(h));
            if (tag == null) {
                throw new TmshException("unknown language '" + h + "' (expected a BCP 47 tag such as de, en, en-GB,"
                        + " or a language's English name such as German, English (United Kingdom))");
            }
            return tag;
        }
    }

    /** Every locale's English name ("german", "englishunitedkingdom"; letters only, lower case), with its tag. */
    private static final java.util.Map<String, String> BY_NAME = byName();

    private static java.util.Map<String, String> byName() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (Locale l : Locale.getAvailableLocales()) {
            if (l.getLanguage().isEmpty() || !l.getVariant().isEmpty() || !l.getScript().isEmpty()
                    || !ISO_LANGUAGES.contains(l.getLanguage())) {
                continue;
            }
            m.putIfAbsent(nameKey(l.getDisplayName(Locale.ENGLISH)), l.toLanguageTag());
            m.putIfAbsent(nameKey(l.getDisplayLanguage(Locale.ENGLISH)), l.getLanguage());
        }
        for (String code : ISO_LANGUAGES) {
            m.putIfAbsent(nameKey(Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)), code);
        }
        m.remove("");
        return java.util.Map.copyOf(m);
    }

    private static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    /** The primary language subtag of a checked tag: "en" for "en-GB". */
    public static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }
}
