package org.tmsh.formats.xliff;

import java.util.List;

import net.sf.okapi.common.resource.TextFragment;

/**
 * One segment of a bilingual file: its id, source, target (null when empty), the target's state and
 * state qualifier (XLIFF 1.2 values, null when none), notes, glossary names found in the source, and
 * the alternative translations.
 */
public record XliffUnit(String id, TextFragment source, TextFragment target, String state, String stateQualifier,
                        List<Note> notes, List<Name> names, List<Alt> alts) {

    /** A glossary name in the source: as written, its preferred target spelling (null if none), its concept. */
    public record Name(String source, String target, String concept) {

        /** The name as a one-line note: {@code name: Lawrow = Lavrov (en, glossary concept c3)}. */
        public String note(String tgtLang) {
            return "name: " + source + " = " + (target == null ? "(no " + tgtLang + " spelling in the glossary)" : target)
                    + " (" + tgtLang + ", glossary concept " + concept + ")";
        }
    }

    /** A note: who wrote it ({@code from}) and its text. */
    public record Note(String from, String text) {
    }

    /** An alternative translation: match percentage, where it came from, its source and target. */
    public record Alt(int quality, String origin, TextFragment source, TextFragment target) {
    }
}
