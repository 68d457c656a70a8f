package org.tmsh.qa;

import java.util.Map;

import org.tmsh.formats.xliff.XliffReader;

/**
 * What a returned file says of a target that a tool filled in from a fuzzy match (a memory's proposal for a
 * similar, not the same, source) and that nobody edited since: such a target translates another sentence. Read
 * only where the file says so, never guessed from the texts:
 * <ul>
 * <li>gettext: an entry flagged {@code fuzzy} (msgmerge's match, flag cleared when the translator revises it);</li>
 * <li>SDLXLIFF: a segment whose {@code sdl:seg} keeps {@code origin="tm"} with a {@code percent} under 100 (Trados
 * changes the origin to {@code interactive} when the target is edited);</li>
 * <li>memoQ: {@code mq:status="Pretranslated"} with {@code mq:percent} under 100;</li>
 * <li>XLIFF 1.2: a target equal to its unit's {@code alt-trans} of {@code match-quality} under 100, or a target whose
 * {@code state-qualifier} is {@code fuzzy-match} or {@code leveraged-tm} while its {@code state} still says it
 * needs work ({@code needs-*}, {@code new}).</li>
 * </ul>
 * OmegaT's fuzzy prefix left in a target ("[fuzzy]") is the {@code unedited-match} check's to see, in any file.
 */
public final class Pretranslation {

    private Pretranslation() {
    }

    /** Why the entry's target is an unedited fuzzy match, as the file says it; null when the file says nothing so. */
    public static String of(XliffReader.Entry e) {
        if (e.target() == null) {
            return null;
        }
        Map<String, String> m = e.meta();
        if ("fuzzy".equals(e.state())) {
            return "the entry is flagged fuzzy: a fuzzy match filled in (gettext's msgmerge) and not revised";
        }
        Double sdl = percent(m.get("sdl:percent"));
        if ("tm".equalsIgnoreCase(m.get("sdl:origin")) && sdl != null && sdl < 100) {
            return "a " + whole(sdl) + "% match from the memory, not edited (SDL origin 'tm')";
        }
        Double mq = percent(m.get("mq:percent"));
        if ("Pretranslated".equalsIgnoreCase(m.get("mq:status")) && mq != null && mq < 100) {
            return "a " + whole(mq) + "% match pre-translated by memoQ, not edited";
        }
        Double alt = percent(m.get("xliff:alt-trans-match-quality"));
        String altTarget = m.get("xliff:alt-trans-target");
        if (alt != null && alt < 100 && altTarget != null && normal(altTarget).equals(normal(e.target()))) {
            return "the target is the " + whole(alt) + "% match of its alt-trans, unchanged";
        }
        String qualifier = m.get("xliff:state-qualifier");
        String state = e.state() == null ? "" : e.state();
        if (("fuzzy-match".equals(qualifier) || "leveraged-tm".equals(qualifier)) && (state.startsWith("needs-") || state.equals("new"))) {
            return "state-qualifier '" + qualifier + "' with state '" + state + "': a fuzzy match not edited";
        }
        return null;
    }

    private static Double percent(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Double.parseDouble(v.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String whole(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String normal(String t) {
        return t.strip().replaceAll("\\s+", " ");
    }
}
