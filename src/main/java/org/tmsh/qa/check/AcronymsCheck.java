package org.tmsh.qa.check;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.qa.Check;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;
import org.tmsh.qa.Tokens;

/**
 * ALL-CAPS words ({@code PDF}, {@code HTML5}) and CamelCase names ({@code LibreOffice}, {@code iPhone}) of
 * the source that the target does not contain (as a word or inside a compound: {@code LibreOffice-Dokument}).
 * A source written mostly in capitals (a heading) is not checked.
 */
public final class AcronymsCheck implements Check {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(?:\\p{Lu}{2,}[\\p{Lu}\\p{N}]*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}_])");
    private static final Pattern TARGET_ACRONYM = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])(?:\\p{Lu}{2,}[\\p{Lu}\\p{N}]*|(?:\\p{Lu}\\.){2,}|\\p{L}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}_])");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    @Override
    public String id() {
        return "acronyms";
    }

    @Override
    public Finding.Severity severity() {
        return Finding.Severity.WARNING;
    }

    @Override
    public void check(QaSegment s, Consumer<Finding> out) {
        if (s.target() == null) {
            return;
        }
        String src = QaText.plain(s.source());
        if (!hasInnerCapital(src)) {
            return; // no word with a capital after its first letter: nothing to look for
        }
        src = Tokens.withoutFixed(src);
        Matcher m = TOKEN.matcher(src);
        if (!m.find()) {
            return;
        }
        if (mostlyCapitals(src)) {
            return;
        }
        String tgt = QaText.plain(s.target());
        java.util.List<String> missing = new java.util.ArrayList<>();
        do {
            String t = m.group();
            if (!tgt.contains(t) && !missing.contains(t)) {
                missing.add(t);
            }
        } while (m.find());
        if (missing.isEmpty()) {
            return;
        }
        // an acronym or CamelCase word of the target that the source lacks is taken for a translated one
        // (DVRK as DPRK, USA as U.S., AutoCorrect as AutoKorrektur)
        int translated = 0;
        Matcher n = TARGET_ACRONYM.matcher(Tokens.withoutFixed(tgt));
        while (n.find()) {
            if (!src.contains(n.group())) {
                translated++;
            }
        }
        if (missing.size() > translated) {
            String t = missing.get(translated);
            out.accept(Finding.of(id(), severity(), s, t, null, t + " of the source is not in the target", t));
        }
    }

    /** Whether some word has an upper-case letter after its first character (a cheap test before the pattern). */
    private static boolean hasInnerCapital(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean mostlyCapitals(String text) {
        Matcher w = WORD.matcher(text);
        int words = 0;
        int caps = 0;
        while (w.find()) {
            words++;
            if (w.group().chars().allMatch(Character::isUpperCase)) {
                caps++;
            }
        }
        return words >= 2 && caps * 2 > words;
    }
}
