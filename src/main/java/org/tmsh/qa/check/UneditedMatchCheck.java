package org.tmsh.qa.check;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.tmsh.qa.Finding;
import org.tmsh.qa.Pretranslation;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.TargetCheck;

/**
 * A target that a tool filled in from a fuzzy match and that nobody edited, where the returned file says so
 * ({@link Pretranslation}: a gettext entry flagged fuzzy, SDLXLIFF's origin "tm" under 100%, memoQ's
 * "Pretranslated" under 100%, an XLIFF 1.2 target equal to its fuzzy {@code alt-trans} or qualified as a fuzzy match
 * still in a "needs" state), and OmegaT's fuzzy prefix left at the start of a target ("[fuzzy]", which OmegaT puts
 * before a match it inserts) where the source has none. Nothing is guessed from the texts alone: a target equal to a
 * memory's proposal is often right. Warning.
 */
public final class UneditedMatchCheck extends TargetCheck {

    private static final Pattern OMEGAT_PREFIX = Pattern.compile("^\\s*\\[fuzzy\\d*\\]", Pattern.CASE_INSENSITIVE);

    public UneditedMatchCheck() {
        super("unedited-match", Finding.Severity.WARNING);
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        if (s.pretranslated() != null) {
            out.accept(Finding.of(id(), severity(), s, null, s.target(), s.pretranslated(), null));
        } else if (OMEGAT_PREFIX.matcher(s.target()).find() && !OMEGAT_PREFIX.matcher(s.source()).find()) {
            out.accept(Finding.of(id(), severity(), s, null, s.target(),
                    "OmegaT's fuzzy prefix is still in the target: the match it inserted was not edited", null));
        }
    }
}
