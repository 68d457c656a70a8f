package org.tmsh.qa;

/**
 * One bilingual segment as the checks see it: where it comes from, its source and target with
 * inline codes as markers ({@code ⟨1⟩ ⟨/1⟩ ⟨2/⟩}), the languages (BCP 47), and the maximum target
 * length the file gives for it ({@code maxwidth}, {@code size-restriction}; 0 when none), its status
 * with the file's own words for it ({@code sdl:conf=Draft}; null when none), and what the file says
 * of a target a tool put in from a fuzzy match and nobody edited since ({@link Pretranslation}; null when it says
 * nothing of the kind). An untranslated segment has a null target.
 */
public record QaSegment(String file, String id, int line, String source, String target, String srcLang,
                        String tgtLang, int maxWidth, Status status, String statusLabel, String pretranslated) {

    /**
     * What the file says of the segment: confirmed (or nothing said), a target the translator left unconfirmed,
     * one a reviewer rejected, a segment locked against editing (not checked unless the profile asks).
     */
    public enum Status { CONFIRMED, UNCONFIRMED, REJECTED, LOCKED }

    /** A segment of which the file says nothing but its texts: confirmed. */
    public QaSegment(String file, String id, int line, String source, String target, String srcLang, String tgtLang,
                     int maxWidth) {
        this(file, id, line, source, target, srcLang, tgtLang, maxWidth, Status.CONFIRMED, null, null);
    }

    /** A confirmed segment with what the file says of a fuzzy match left unedited (null: nothing). */
    public QaSegment(String file, String id, int line, String source, String target, String srcLang, String tgtLang,
                     int maxWidth, String pretranslated) {
        this(file, id, line, source, target, srcLang, tgtLang, maxWidth, Status.CONFIRMED, null, pretranslated);
    }

    /** A segment with its status and the file's words for it, nothing said of a fuzzy match. */
    public QaSegment(String file, String id, int line, String source, String target, String srcLang, String tgtLang,
                     int maxWidth, Status status, String statusLabel) {
        this(file, id, line, source, target, srcLang, tgtLang, maxWidth, status, statusLabel, null);
    }

    /** "returned.xlf#tu3": file and id, how findings name the segment. */
    public String where() {
        return file + "#" + id;
    }

    public Finding.Place place() {
        return new Finding.Place(file, id);
    }

    /** The primary language subtag of the target, lower case ("de" for "de-AT"). */
    public String targetLanguage() {
        return primary(tgtLang);
    }

    public String sourceLanguage() {
        return primary(srcLang);
    }

    /** The primary subtag of a language tag, lower case ("de" of "de-AT" or "de_AT"); "" for none. */
    public static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-') < 0 ? tag.indexOf('_') : tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }
}
