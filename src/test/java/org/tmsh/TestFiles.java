package org.tmsh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** Shared helpers for tests: the project's seed texts and the shared gold data. */
public final class TestFiles {

    private TestFiles() {
    }

    public static final Path SEED_DE = Path.of("seeds/000_585da5ce89297943.txt");
    public static final Path SEED_EN = Path.of("seeds/004_676457e338a7e9c4.txt");
    public static final Path GOLD = Path.of("../shared/align-gold");

    /** The data lines of a classpath examples file, without comments and blank lines. */
    public static List<String> exampleLines(String resource) throws IOException {
        try (InputStream in = TestFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    /** One dynamic test per line of an examples file, named by the line, checking its tab-separated columns. */
    public static Stream<DynamicTest> examples(String resource, ThrowingConsumer<String[]> check) throws IOException {
        return exampleLines(resource).stream()
                .map(line -> DynamicTest.dynamicTest(line, () -> check.accept(line.split("\t"))));
    }

    /** Runs xmllint with the TMX 1.4 DTD and fails with its messages when the file is not valid. */
    public static void assertValidTmx14(Path file) throws Exception {
        assertXmllint(file, "--dtdvalid", Path.of("../shared/schemas/tmx/tmx14.dtd"));
    }

    /** Runs xmllint with a schema option ({@code --dtdvalid}, {@code --relaxng}) and fails with its messages. */
    public static void assertXmllint(Path file, String option, Path schema) throws Exception {
        Assumptions.assumeTrue(onPath("xmllint") && Files.exists(schema), "xmllint or the schema missing");
        Ran r = run(new ProcessBuilder("xmllint", "--noout", "--nonet", option, schema.toString(), file.toString())
                .redirectErrorStream(true), 120);
        Assertions.assertEquals(0, r.code(), r.out());
    }

    /** A program's exit code and standard output. */
    public record Ran(int code, String out) {
    }

    /**
     * Runs a program to its end: its exit code and standard output (UTF-8); standard error goes where
     * {@code b} says. The output goes through a file, not a pipe, so that neither a program that hangs
     * nor a child of it that keeps the pipe open blocks the test: after {@code seconds} (generous: the
     * machine may be loaded) the program and its children are ended and the test fails, naming it.
     */
    public static Ran run(ProcessBuilder b, int seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tmsh-test-", ".out");
        try {
            Process p = b.redirectOutput(out.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                Assertions.fail(b.command().get(0) + " did not finish in " + seconds + " s: "
                        + new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
            }
            return new Ran(p.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * Removes a folder a test class made outside its {@code @TempDir} (a Solr cluster's, a corpus kept
     * for a whole class), best effort: a file a stopping server still holds is left, never a failure.
     * Without it every run left tens of megabytes under the temporary folder.
     */
    public static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the machine's own cleaning of its temporary folder
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // the same
        }
    }

    public static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
