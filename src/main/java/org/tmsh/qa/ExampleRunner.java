package org.tmsh.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a profile's examples: each pair must give at least one finding of its check ("finding") or none
 * ("clean"). What the profile test and the reading of a user's profile use.
 */
public final class ExampleRunner {

    private ExampleRunner() {
    }

    /** One line per failed example, naming the file, line, check, pair, expected and found. */
    public static List<String> failures(Profile profile, List<Profile.Example> examples) {
        List<String> out = new ArrayList<>();
        for (Profile.Example e : examples) {
            List<Check> checks = CheckCatalog.create(profile, null, List.of(e.check()));
            if (checks.isEmpty()) {
                out.add(e.where() + ": example of an unknown check '" + e.check() + "'");
                continue;
            }
            QaSegment s = new QaSegment("example", "1", 0, e.source(), e.target().equals("(none)") ? null : e.target(),
                    e.srcLang(), e.tgtLang(), 0, e.status(), e.status() == QaSegment.Status.CONFIRMED ? null : "example");
            List<Finding> found = new ArrayList<>();
            for (Check c : checks) {
                c.check(s, found::add);
                c.finish(found::add);
            }
            if (found.isEmpty() == e.finding()) {
                out.add(e.where() + ": check " + e.check() + " on '" + e.source() + "' / '" + e.target() + "': expected "
                        + (e.finding() ? "a finding" : "none") + ", found " + (found.isEmpty() ? "none" : found.get(0).message()));
            }
        }
        return out;
    }
}
