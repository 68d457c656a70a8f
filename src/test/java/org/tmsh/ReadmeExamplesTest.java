package org.tmsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.shell.OneShot;

/**
 * The README's examples run as shown, in order, in one fresh session, as a newcomer would type them
 * (every {@code tmsh> } line; files it names under /tmp go to a scratch folder instead).
 */
class ReadmeExamplesTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final ScratchHome home = new ScratchHome();

    @Test
    void everyShellLineOfTheReadmeRuns() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("tmsh> "))
                .map(l -> l.substring(6).replace("/tmp/", dir + "/").replace(" pairs.tsv", " " + dir.resolve("pairs.tsv")))
                .toList();
        assertTrue(lines.size() >= 20, "the README shows the shell: " + lines);
        Files.writeString(dir.resolve("pairs.tsv"), "Lawrow traf Choe Son Hui.\tLavrov met Choe Son Hui.\n");
        // qa exits 1 when it finds errors (the README's examples find some): its lines run one by one, after the rest
        List<String> qa = lines.stream().filter(l -> l.startsWith("qa ")).toList();
        Path script = dir.resolve("readme.tmsh");
        Files.write(script, lines.stream().filter(l -> !l.startsWith("qa ")).toList());
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(new byte[0]));
            code = OneShot.run(new String[] {"@" + script});
            for (int k = 0; k < qa.size() && code == 0; k++) {
                Path one = Files.write(dir.resolve("qa-" + k + ".tmsh"), List.of(qa.get(k)));
                int c = OneShot.run(new String[] {"@" + one});
                code = c == 1 ? 0 : c;
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, log);
        assertTrue(log.contains("joins") || log.contains("admitted"), log);
        assertTrue(qa.isEmpty() || log.contains("findings"), "the qa examples ran: " + log);
    }
}
