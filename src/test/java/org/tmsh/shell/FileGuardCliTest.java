package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;

import org.tmsh.TestFiles;
import org.tmsh.memory.TmLibrary;

/**
 * Issue 20, "one guard": every command that writes a file, found in the commands' own declarations
 * (so a new command cannot be forgotten), and every rule of the one guard proved for each of its
 * outputs: the same file as an input under another spelling, through a symbolic link or a hard link;
 * a FIFO, a device, a folder; a place inside tmsh's own stores; a name whose extension is not the
 * format written; and a legal 250-character name, which works and leaves no temporary file.
 */
class FileGuardCliTest extends WithTempHome {

    /** One output of one command: how to call it writing {@code target}, and the files that call reads. */
    record Call(String command, String output, String ext, List<Path> inputs, Function<Path, String[]> args) {
        String key() {
            return command + " " + output;
        }
    }

    private Path de;
    private Path en;
    private Path pairs;
    private Path doc;
    private Path xlf;

    @BeforeEach
    void files() throws Exception {
        de = Files.copy(TestFiles.SEED_DE, dir.resolve("de.txt"));
        en = Files.copy(TestFiles.SEED_EN, dir.resolve("en.txt"));
        pairs = Files.copy(Path.of("tmx/seeds-000-004.de-en.tmx"), dir.resolve("pairs.tmx"));
        doc = Files.copy(Path.of("src/test/resources/jobs/statement.de.txt"), dir.resolve("statement.de.txt"));
        assertEquals(0, CliTest.run("tm", "import", pairs.toString(), "--tm", "news").code());
        assertEquals(0, CliTest.run("term", "add", "Lawrow", "--lang", "de", "--glossary", "g").code());
        xlf = dir.resolve("statement.xlf");
        CliTest.Run p = CliTest.run("pretranslate", doc.toString(), "--tm", "news", "--out", xlf.toString());
        assertEquals(0, p.code(), p.err());
    }

    /** Every output of every command, each with a call that works. */
    private List<Call> calls() {
        List<Call> c = new ArrayList<>();
        c.add(new Call("align", "--out", ".tmx", List.of(de, en), t -> new String[] {"align", "--source", de.toString(),
                "--target", en.toString(), "--out", t.toString()}));
        c.add(new Call("align", "--links", ".links", List.of(de, en), t -> new String[] {"align", "--source", de.toString(),
                "--target", en.toString(), "--links", t.toString()}));
        c.add(new Call("align", "--report", ".html", List.of(de, en), t -> new String[] {"align", "--source", de.toString(),
                "--target", en.toString(), "--report", t.toString()}));
        c.add(new Call("review", "--out", ".tmx", List.of(de, en), t -> new String[] {"@" + reviewScript(t)}));
        c.add(new Call("qa", "--report", ".html", List.of(pairs), t -> new String[] {"qa", "--tmx", pairs.toString(),
                "--glossary", "glossaries/seeds.tbx", "--report", t.toString()}));
        c.add(new Call("qa", "--csv", ".csv", List.of(pairs), t -> new String[] {"qa", "--tmx", pairs.toString(),
                "--glossary", "glossaries/seeds.tbx", "--csv", t.toString()}));
        c.add(new Call("qa", "--suppress", ".txt", List.of(pairs), t -> new String[] {"qa", "--tmx", pairs.toString(),
                "--glossary", "glossaries/seeds.tbx", "--suppress", t.toString(), "--accept", "1"}));
        c.add(new Call("tm export", "FILE", ".tmx", List.of(), t -> new String[] {"tm", "export", t.toString(), "--tm", "news"}));
        c.add(new Call("term export", "FILE", ".tbx", List.of(), t -> new String[] {"term", "export", t.toString(),
                "--glossary", "g"}));
        c.add(new Call("pretranslate", "--out", ".xlf", List.of(doc), t -> new String[] {"pretranslate", doc.toString(),
                "--tm", "news", "--out", t.toString()}));
        c.add(new Call("merge", "--out", ".txt", List.of(xlf, doc), t -> new String[] {"merge", xlf.toString(),
                "--out", t.toString()}));
        c.add(new Call("analyze", "--csv", ".csv", List.of(doc), t -> new String[] {"analyze", doc.toString(),
                "--tm", "news", "--csv", t.toString()}));
        return c;
    }

    /** An @script: align the seed pair, then review it (the answer "q" ends the review) writing {@code out}. */
    private Path reviewScript(Path out) {
        try {
            return Files.writeString(Files.createTempFile(dir, "review", ".script"), "align --source " + de + " --target " + en
                    + " --json\nreview --below 1.01 --out " + out + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static CliTest.Run run(Call call, Path target) {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("q\nq\n".getBytes(StandardCharsets.UTF_8)));
            return CliTest.run(call.args().apply(target));
        } finally {
            System.setIn(stdin);
        }
    }

    /** The commands' own declarations: every output option and every command that writes its argument. */
    private static Set<String> declaredOutputs() {
        Set<String> found = new TreeSet<>();
        for (Command command : Commands.all(TmLibrary.underHome(), () -> null)) {
            if (!(command instanceof TmshCommand c)) {
                continue;
            }
            for (OptionSpec s : c.specs()) {
                if (s.kind() == OptionSpec.Kind.OUTPUT) {
                    found.add(c.getName() + " --" + s.name());
                }
                // an input FILE says what it reads (review --links reads the file align --links wrote)
                boolean read = s.kind() == OptionSpec.Kind.FILE && s.description().matches("(?i)(review|read) .*");
                assertFalse(s.kind() != OptionSpec.Kind.OUTPUT && !read && (Set.of("out", "report", "links", "csv").contains(s.name())
                        || s.description().matches("(?i)(also )?write.*")),
                        c.getName() + " --" + s.name() + " writes a file but is not declared as an OUTPUT");
            }
            Path probe = Path.of("probe-" + c.getName().replace(' ', '-') + ".tmx");
            List<Path> outs;
            try {
                outs = c.outputs(new Invocation(new HashMap<>(), List.of(probe.toString())));
            } catch (RuntimeException e) {
                outs = List.of();
            }
            if (outs.contains(probe)) {
                found.add(c.getName() + " FILE");
            }
        }
        return found;
    }

    @Test
    void everyCommandThatWritesAFileIsCoveredHere() {
        Set<String> covered = new TreeSet<>();
        calls().forEach(c -> covered.add(c.key()));
        Set<String> declared = declaredOutputs();
        assertEquals(declared, covered, "each output a command declares needs a call in calls() so that every rule is proved for it");
        assertTrue(declared.size() >= 10, declared.toString());
    }

    @Test
    void everyRuleHoldsForEveryOutput() throws Exception {
        for (Call call : calls()) {
            proveRules(call);
        }
    }

    /** Issue 21, case 6 and issue 20, case 2, as a user types them: each refused with one line, the input kept. */
    @Test
    void theRoundTripsOutputsOverInputsAreRefused() throws Exception {
        byte[] xliff = Files.readAllBytes(xlf);
        byte[] original = Files.readAllBytes(doc);
        Path linked = Files.createSymbolicLink(dir.resolve("linked.de.txt"), doc);
        Path hard = Files.createLink(dir.resolve("hard.de.txt"), doc);
        List<String[]> cases = List.of(
                new String[] {"merge", xlf.toString(), "--out", xlf.toString()},
                new String[] {"merge", xlf.toString(), "--out", doc.toString()},
                new String[] {"merge", xlf.toString(), "--out", dir + "/././" + doc.getFileName()},
                new String[] {"merge", xlf.toString(), "--out", linked.toString()},
                new String[] {"merge", xlf.toString(), "--out", hard.toString()},
                new String[] {"pretranslate", doc.toString(), "--tm", "news", "--out", doc.toString()},
                new String[] {"analyze", doc.toString(), "--tm", "news", "--csv", doc.toString()},
                new String[] {"pretranslate", doc.toString(), "--tm", "news", "--out", dir.resolve("x.tmx").toString()},
                new String[] {"pretranslate", doc.toString(), "--tm", "news", "--out", dir.resolve("p.docx").toString()},
                new String[] {"merge", xlf.toString(), "--out", home.path().resolve("tm/news/x.txt").toString()},
                new String[] {"merge", xlf.toString(), "--out", home.path().resolve("glossaries/g.txt").toString()});
        for (String[] c : cases) {
            CliTest.Run r = CliTest.run(c);
            LoseNothingCliTest.assertRefused(r, ": ");
            assertArrayEquals(xliff, Files.readAllBytes(xlf), String.join(" ", c));
            assertArrayEquals(original, Files.readAllBytes(doc), String.join(" ", c));
        }
        assertFalse(Files.exists(dir.resolve("x.tmx")) || Files.exists(dir.resolve("p.docx")) || Files.exists(dir.resolve("p.tmx")));
        // the side-car TMX beside the XLIFF is an output the guard checks too
        Path fifo = dir.resolve("side.tmx");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        LoseNothingCliTest.assertRefused(CliTest.run("pretranslate", doc.toString(), "--tm", "news", "--out",
                dir.resolve("side.xlf").toString()), "side.tmx: is not a regular file");
        assertFalse(Files.exists(dir.resolve("side.xlf")));
    }

    private void proveRules(Call call) throws Exception {
        String what = call.key() + ": ";
        Map<Path, byte[]> before = new LinkedHashMap<>();
        for (Path in : call.inputs()) {
            before.put(in, Files.readAllBytes(in));
        }
        List<Path> refused = new ArrayList<>();
        // the same file as an input, spelled otherwise, through a symbolic link, through a hard link
        for (Path in : call.inputs()) {
            Path spelled = Path.of(in.getParent() + "/././" + in.getFileName());
            refuse(call, spelled, "is also an input of this command");
            refuse(call, Path.of(in.getParent() + "/../" + in.getParent().getFileName() + "/" + in.getFileName()),
                    "is also an input of this command");
            Path link = Files.createSymbolicLink(dir.resolve("link-" + in.getFileName() + call.ext()), in);
            refuse(call, link, "is also an input of this command");
            Path hard = Files.createLink(dir.resolve("hard-" + in.getFileName() + call.ext()), in);
            refuse(call, hard, "is also an input of this command");
            Files.delete(link);
            Files.delete(hard);
        }
        // not a regular file
        Path fifo = dir.resolve("pipe" + call.ext());
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        refuse(call, fifo, "is not a regular file");
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), what + "the FIFO stays");
        Files.delete(fifo);
        refuse(call, Path.of("/dev/null"), "is not a regular file");
        Path folder = Files.createDirectory(dir.resolve("folder" + call.ext()));
        refuse(call, folder, "is a folder");
        Files.delete(folder);
        // inside tmsh's own stores
        for (String store : List.of("tm/news", "tm", "glossaries", "cache/dictionaries")) {
            Path inside = home.path().resolve(store).resolve("x" + call.ext());
            refuse(call, inside, "which tmsh keeps itself");
            refused.add(inside);
        }
        // the extension of another format
        Path wrong = dir.resolve("wrong.docx");
        refuse(call, wrong, "writes ");
        refused.add(wrong);
        for (Path p : refused) {
            assertFalse(Files.exists(p), what + p + " was written");
        }
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(e.getKey()), what + e.getKey() + " changed");
        }
        // a legal 250-character name works, and no temporary file is left beside it
        Path longName = dir.resolve("L".repeat(250 - call.ext().length()) + call.ext());
        CliTest.Run ok = run(call, longName);
        // qa exits 1 when it finds errors: it has still written its file
        assertTrue(ok.code() == 0 || call.command().equals("qa") && ok.code() == 1, what + ok.code() + " " + ok.err());
        if (!call.command().equals("review")) {
            assertTrue(Files.isRegularFile(longName), what + "not written: " + longName);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".part")).toList(), what);
        }
        Files.deleteIfExists(longName);
    }

    private void refuse(Call call, Path target, String says) {
        CliTest.Run r = run(call, target);
        assertEquals(TmshCommand.USER_ERROR, r.code(), call.key() + " " + target + ": " + r.out() + r.err());
        assertTrue(r.err().contains(says), call.key() + " " + target + ": " + r.err());
    }
}
