package org.tmsh.qa.check;

import java.util.function.Consumer;

import org.tmsh.qa.Check;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;

/**
 * What a returned file says of a target's state: a target a reviewer rejected and no one confirmed again (an
 * error: the file would go to the client with a translation known to be wrong), and a target the translator
 * wrote but did not confirm (a warning: a draft, an unedited pre-translation, a fuzzy PO entry). A segment
 * without a target is the {@code untranslated} check's; locked segments are not checked at all.
 */
public final class StatusCheck implements Check {

    @Override
    public String id() {
        return "status";
    }

    @Override
    public Finding.Severity severity() {
        return Finding.Severity.WARNING;
    }

    @Override
    public void check(QaSegment s, Consumer<Finding> out) {
        if (s.target() == null || QaText.plain(s.target()).isBlank()) {
            return;
        }
        String said = s.statusLabel() == null ? "" : " (" + s.statusLabel() + ")";
        String src = QaText.plain(s.source()).strip();
        String tgt = QaText.plain(s.target()).strip();
        switch (s.status()) {
            case REJECTED -> out.accept(Finding.of(id(), Finding.Severity.ERROR, s, src, tgt,
                    "a reviewer rejected this target and it was not confirmed again" + said, null));
            case UNCONFIRMED -> out.accept(Finding.of(id(), severity(), s, src, tgt,
                    "the translator did not confirm this target" + said, null));
            default -> {
                // confirmed; a locked segment reaches no check unless the profile asks
            }
        }
    }
}
