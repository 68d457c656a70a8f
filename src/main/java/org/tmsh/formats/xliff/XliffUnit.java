package org.tmsh.formats.xliff;

import java.util.List;

import net.sf.okapi.common.resource.TextFragment;

/**
 * One segment of a bilingual file: its id, source, target (null when empty), the target's state and
 * state qualifier (XLIFF 1.2 values, null when none), notes, and the alternative translations.
 */
public record XliffUnit(String id, TextFragment source, TextFragment target, String state, String stateQualifier,
                        List<Note> notes, List<Alt> alts) {

    /** A note: who wrote it ({@code from}) and its text. */
    public record Note(String from, String text) {
    }

    /** An alternative translation: match percentage, where it came from, its source and target. */
    public record Alt(int quality, String origin, TextFragment source, TextFragment target) {
    }
}
