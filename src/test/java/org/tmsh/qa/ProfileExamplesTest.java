package org.tmsh.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;

/** Every example of the default profile, a team's own profile, and profiles that must be refused. */
class ProfileExamplesTest {

    @TempDir
    Path dir;

    @Test
    void everyExampleOfTheDefaultProfileHolds() {
        Profile p = Profile.standard();
        assertTrue(p.examples().size() >= 40, "the default profile carries its examples");
        List<String> failed = ExampleRunner.failures(p, p.examples());
        assertEquals(List.of(), failed);
    }

    @Test
    void everyBuiltInCheckButConsistencyAndTermsHasAFindingAndACleanExample() {
        Profile p = Profile.standard();
        for (String id : CheckCatalog.builtIn()) {
            if (id.equals("terms") || id.equals("consistency") || id.equals("length")) {
                continue; // terms need a glossary, consistency and length many segments: their own tests
            }
            assertTrue(p.examples().stream().anyMatch(e -> e.check().equals(id) && e.finding()), id + " has no finding example");
            assertTrue(p.examples().stream().anyMatch(e -> e.check().equals(id) && !e.finding()), id + " has no clean example");
        }
    }

    @Test
    void aTeamsOwnRegexCheckRunsWithItsExamplesAndChangesOnlyWhatItNames() throws Exception {
        Path f = dir.resolve("team.profile");
        Files.writeString(f, """
                # our house rules
                regex\tno-click-here\twarning\ttarget\t(?i)\\bhier klicken\\b\tsay what the link does, not 'hier klicken'
                example\tno-click-here\tfinding\ten\tde\tClick here.\tBitte hier klicken.
                example\tno-click-here\tclean\ten\tde\tOpen the help.\tÖffnen Sie die Hilfe.
                check\tacronyms\toff\tdefault
                severity\tmissing-term\terror
                """);
        Profile p = Profile.read(f);
        assertTrue(p.on("no-click-here"));
        assertFalse(p.on("acronyms"));
        assertTrue(p.on("codes"), "what the team's profile does not name stays as in the default");
        List<Check> checks = CheckCatalog.create(p, null, null);
        assertTrue(checks.stream().anyMatch(c -> c.id().equals("no-click-here")));
        assertFalse(checks.stream().anyMatch(c -> c.id().equals("acronyms")));
        Finding warning = new Finding("missing-term", Finding.Severity.WARNING, "x", "y", "z", null);
        assertEquals(Finding.Severity.ERROR, p.severity("terms", warning));
    }

    @Test
    void aProfileWhoseOwnExampleFailsIsRefusedNamingFileLineAndPair() throws Exception {
        Path f = dir.resolve("bad.profile");
        Files.writeString(f, "regex\tno-foo\terror\ttarget\tfoo\tno foo\nexample\tno-foo\tfinding\ten\tde\tA bar.\tEin bar.\n");
        TmshException e = assertThrows(TmshException.class, () -> Profile.read(f));
        assertTrue(e.getMessage().contains("bad.profile: line 2") && e.getMessage().contains("Ein bar."), e.getMessage());
    }

    @Test
    void badRowsAreRefusedWithFileAndLine() throws Exception {
        for (String bad : new String[] {"check\tcodes\tmaybe\terror", "check\tcodes\ton\tfatal", "regex\tx\terror\ttarget\t(unclosed\tm",
                "regex\tx\terror\teverywhere\tfoo\tm", "option\tlength.spread", "frobnicate\tx"}) {
            Path f = dir.resolve("p.profile");
            Files.writeString(f, "# a profile\n" + bad + "\n");
            TmshException e = assertThrows(TmshException.class, () -> Profile.read(f), bad);
            assertTrue(e.getMessage().contains("p.profile: line 2"), e.getMessage());
        }
        assertThrows(TmshException.class, () -> Profile.read(dir.resolve("missing.profile")));
    }

    @Test
    void onlyAndSkipNameKnownChecks() {
        Profile p = Profile.standard();
        p.only(List.of("codes", "numbers"));
        assertEquals(java.util.Set.of("codes", "numbers"), java.util.Set.copyOf(CheckCatalog.create(p, null, null).stream().map(Check::id).toList()));
        Profile q = Profile.standard();
        q.skip(List.of("length"));
        assertFalse(CheckCatalog.create(q, null, null).stream().anyMatch(c -> c.id().equals("length")));
        TmshException e = assertThrows(TmshException.class, () -> Profile.standard().only(List.of("nosuch")));
        assertTrue(e.getMessage().contains("nosuch") && e.getMessage().contains("codes"), e.getMessage());
    }
}
