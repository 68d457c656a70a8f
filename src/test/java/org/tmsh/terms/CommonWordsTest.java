package org.tmsh.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link CommonWords#words}, the one-pass reader of a Ding dictionary side, finds exactly the words that the
 * regular expressions it replaced found (kept here as the reference): on hand cases, seeded random lines,
 * and every 20th line of the installed dictionary.
 */
class CommonWordsTest {

    private static final Pattern GENDER = Pattern.compile("(\\p{L}[\\p{L}-]*)\\s*\\{(?:m|f|n|pl)\\}");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    private static final Pattern REMARKS = Pattern.compile("\\[[^]]*]|\\([^)]*\\)|<[^>]*>|/[^/]*/");

    private static void reference(String side, Set<String> written, Set<String> low) {
        side = REMARKS.matcher(side).replaceAll(" ");
        if (written != null) {
            Matcher g = GENDER.matcher(side);
            while (g.find()) {
                written.add(g.group(1));
            }
        }
        Matcher w = WORD.matcher(side);
        while (w.find()) {
            String word = w.group();
            if (Character.isLowerCase(word.charAt(0)) && word.length() >= 4) {
                low.add(word);
            }
        }
    }

    private static void same(List<String> sides) {
        Set<String> wantWritten = new HashSet<>();
        Set<String> wantLow = new HashSet<>();
        Set<String> gotWritten = new HashSet<>();
        Set<String> gotLow = new HashSet<>();
        for (String side : sides) {
            reference(side, wantWritten, wantLow);
            CommonWords.words(side, gotWritten, gotLow);
        }
        assertEquals(wantWritten, gotWritten, "nouns");
        assertEquals(wantLow, gotLow, "lower-case words");
    }

    @Test
    void handCases() {
        List<String> cases = List.of(
                "Dialog {m}; Dialoge {pl} [ling.] (über etw.)",
                "Haus- {n} | rock'n'roll {m}; O'Brien {m} /oʊˈbraɪən/ <Abk.>",
                "unclosed [bracket and (paren and <angle and /slash",
                "Straße{f}  Weg \t {m} Stadt {x} Land {pl",
                "-Anfang {f}; 'zitiert' {n}; abc' {m}; a'-bc {m}",
                "Ärger {m}; Öl {n}; Übung {f}; schön ärgerlich",
                "𝔄𝔟𝔠𝔡 {m} 𝔞𝔟𝔠𝔡𝔢 Wörter",
                "",
                "{m} {f} :: x");
        same(cases);
    }

    @Test
    void seededRandomLines() {
        Random r = new Random(42);
        String alphabet = "abcdefgÄöüßXYZ '-[]()<>/{}mfnpl \t;|.,";
        List<String> sides = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            sides.add(sb.toString());
        }
        same(sides);
    }

    @Test
    void theInstalledDictionary() throws Exception {
        Path ding = Path.of("/usr/share/trans/de-en");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(ding), "trans-de-en not installed (.ci/run installs it)");
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(ding, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int sep = line.indexOf(" :: ");
                if (n++ % 20 == 0 && !line.startsWith("#") && sep >= 0) {
                    left.add(line.substring(0, sep));
                    right.add(line.substring(sep + 4));
                }
            }
        }
        assertTrue(left.size() > 1000, "lines read: " + left.size());
        same(left);
        same(right);
    }
}
