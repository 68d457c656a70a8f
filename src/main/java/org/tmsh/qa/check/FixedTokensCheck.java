package org.tmsh.qa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.tmsh.qa.TargetCheck;
import org.tmsh.qa.Finding;
import org.tmsh.qa.QaSegment;
import org.tmsh.qa.QaText;
import org.tmsh.qa.Tokens;

/** URLs, e-mail addresses, hashtags and @handles of the source that the target does not carry unchanged. */
public final class FixedTokensCheck extends TargetCheck {

    private static final Pattern[] KINDS = {Tokens.URL, Tokens.EMAIL, Tokens.HASHTAG, Tokens.HANDLE};
    private static final String[] NAMES = {"URL", "e-mail address", "hashtag", "handle"};

    public FixedTokensCheck() {
        super("fixed-tokens", Finding.Severity.ERROR);
    }

    @Override
    protected void checkTarget(QaSegment s, Consumer<Finding> out) {
        String src = QaText.plain(s.source());
        if (src.indexOf('/') < 0 && src.indexOf('@') < 0 && src.indexOf('#') < 0 && src.indexOf("www.") < 0) {
            return;
        }
        String tgt = QaText.plain(s.target());
        for (int k = 0; k < KINDS.length; k++) {
            List<String> a = Tokens.all(KINDS[k], src);
            if (a.isEmpty()) {
                continue;
            }
            List<String> b = new ArrayList<>(Tokens.all(KINDS[k], tgt));
            for (String t : a) {
                if (!b.remove(t)) {
                    if (k == 3 && Tokens.all(Tokens.EMAIL, src).stream().anyMatch(e -> e.contains(t))) {
                        continue; // the handle is part of an e-mail address, checked as one
                    }
                    String near = b.isEmpty() ? null : b.get(0);
                    out.accept(Finding.of(id(), severity(), s, t, near, "the " + NAMES[k] + " " + t + " is not in the target unchanged"
                            + (near == null ? "" : " (the target has " + near + ")"), t));
                }
            }
        }
    }
}
