package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.tmsh.TmshApplication;

/**
 * tmsh in a heap far smaller than its input: {@code qa} of a TMX streams it (the consistency check stops
 * remembering segments at its budget and says so), and a command that does run out of heap says so in one
 * line with exit 2 instead of a stack trace.
 */
class SmallHeapCliTest extends WithTempHome {

    private static final String[] DE = "Der Minister sagte am Montag in Berlin , dass die Regierung den Haushalt für das kommende Jahr vorlegen werde".split(" ");
    private static final String[] EN = "The minister said on Monday in Berlin that the government would present the budget for the coming year".split(" ");

    /** Sentence {@code i}: the words rotated and numbered, so that every one is distinct. */
    private static String sentence(String[] words, int i, String no) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
            sb.append(words[(i + k) % words.length]).append(' ');
        }
        return sb.append(no).append(' ').append(i).append('.').toString();
    }

    private record Run(int code, String out, String err) {
    }

    private Run tmsh(String heap, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:TieredStopAtLevel=1", "-Dtmsh.home=" + home.path(), "-cp", System.getProperty("java.class.path"),
                TmshApplication.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            assertTrue(p.waitFor(600, TimeUnit.SECONDS), "tmsh did not end");
        } finally {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void qaOfATmxLargerThanTheHeapCanRememberStreamsAndSaysWhatTheConsistencyCheckLeftOut() throws Exception {
        // 16,000 distinct units (5 MB): before, qa ran out of a 32 MB heap with a stack trace (exit 1), as the
        // consistency check kept every segment; a 2 GB TMX ran out of any heap that way
        Path tmx = dir.resolve("big.tmx");
        try (Writer w = Files.newBufferedWriter(tmx, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\""
                    + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"de\""
                    + " datatype=\"plaintext\"/><body>\n");
            for (int i = 0; i < 16_000; i++) {
                w.write("<tu><tuv xml:lang=\"de\"><seg>" + sentence(DE, i, "Nr.") + "</seg></tuv><tuv xml:lang=\"en\"><seg>"
                        + sentence(EN, i, "no.") + "</seg></tuv></tu>\n");
            }
            w.write("</body></tmx>\n");
        }
        Run r = tmsh("-Xmx32m", "qa", tmx.toString(), "--only", "consistency,numbers", "--json");
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        JsonNode json = new ObjectMapper().readTree(r.out()); // only JSON on stdout
        String said = null;
        for (JsonNode f : json) {
            said = f.get("message").asText().contains("were not compared for consistency") ? f.get("message").asText() : said;
        }
        assertTrue(said != null, "the left-out segments are named: " + r.out());
        // "N segments from big.tmx#M on": the segments compared and those left out add up to the whole file
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([\\d,]+) segments from .*big\\.tmx#(\\d+) on").matcher(said);
        assertTrue(m.find(), said);
        assertEquals(16_000, Integer.parseInt(m.group(1).replace(",", "")) + Integer.parseInt(m.group(2)) - 1, said);
    }

    @Test
    void aCommandThatRunsOutOfHeapSaysSoInOneLineWithExit2() throws Exception {
        // an XLIFF is read whole before it is checked: 60,000 units do not fit in 32 MB; before, a stack trace and exit 1
        Path xlf = dir.resolve("big.xlf");
        try (Writer w = Files.newBufferedWriter(xlf, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                    + "<file original=\"x.txt\" source-language=\"de\" target-language=\"en\" datatype=\"plaintext\"><body>\n");
            for (int i = 0; i < 60_000; i++) {
                w.write("<trans-unit id=\"" + i + "\"><source>" + sentence(DE, i, "Nr.") + "</source><target state=\"translated\">"
                        + sentence(EN, i, "no.") + "</target></trans-unit>\n");
            }
            w.write("</body></file></xliff>\n");
        }
        Path report = dir.resolve("report.html");
        Run r = tmsh("-Xmx32m", "qa", xlf.toString(), "--report", report.toString());
        assertEquals(TmshCommand.USER_ERROR, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("qa: ran out of memory (Java's heap of"), r.err());
        assertTrue(r.err().contains("TMSH_JAVA_OPTS=-Xmx4g"), r.err());
        assertFalse(Files.exists(report));
    }
}
