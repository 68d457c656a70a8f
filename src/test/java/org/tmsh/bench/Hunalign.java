package org.tmsh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.tmsh.align.Dictionaries;
import org.tmsh.align.Lexicon;
import org.tmsh.align.WordForms;

/**
 * hunalign (LGPL-2.1, C++, not shipped with tmsh) as a peer: the binary named by the system
 * property {@code hunalign}, or {@code hunalign} on the PATH; none found, the benchmark says so.
 * Its ladder output (rungs "i TAB j TAB score") becomes links: the bead between two rungs.
 */
final class Hunalign {

    private Hunalign() {
    }

    /** The hunalign binary, or null. */
    static Path binary() {
        String p = System.getProperty("hunalign");
        if (p != null && !p.isBlank()) {
            return Files.isExecutable(Path.of(p)) ? Path.of(p) : null;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path c = Path.of(dir, "hunalign");
            if (Files.isExecutable(c)) {
                return c;
            }
        }
        return null;
    }

    /** The command line: hunalign [-realign] DICT SRC TGT. */
    static List<String> command(Path bin, Path dict, Path src, Path tgt, boolean realign) {
        List<String> cmd = new ArrayList<>(List.of(bin.toAbsolutePath().toString()));
        if (realign) {
            cmd.add("-realign");
        }
        cmd.addAll(List.of(dict.toAbsolutePath().toString(), src.toAbsolutePath().toString(),
                tgt.toAbsolutePath().toString()));
        return cmd;
    }

    /** Runs hunalign and returns its links. */
    static List<GoldLinks.L> align(Path bin, Path dict, List<String> src, List<String> tgt, boolean realign, Path work)
            throws IOException, InterruptedException {
        work = work.toAbsolutePath(); // hunalign runs in it, so every path it is given must be absolute
        Files.createDirectories(work);
        Path s = work.resolve("src.txt");
        Path t = work.resolve("tgt.txt");
        Files.write(s, src, StandardCharsets.UTF_8);
        Files.write(t, tgt, StandardCharsets.UTF_8);
        Path out = work.resolve("ladder.txt");
        // hunalign writes translate.txt into its working directory: keep it in the work folder
        Process p = new ProcessBuilder(command(bin, dict, s, t, realign)).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("hunalign failed");
        }
        return ladder(Files.readAllLines(out, StandardCharsets.UTF_8), src.size(), tgt.size());
    }

    /** Links from a ladder: each pair of consecutive rungs bounds one bead. */
    static List<GoldLinks.L> ladder(List<String> lines, int n, int m) {
        List<int[]> rungs = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.split("\t");
            if (f.length >= 2) {
                rungs.add(new int[] {Integer.parseInt(f[0].trim()), Integer.parseInt(f[1].trim())});
            }
        }
        List<GoldLinks.L> links = new ArrayList<>();
        for (int k = 0; k + 1 < rungs.size(); k++) {
            int[] a = rungs.get(k);
            int[] b = rungs.get(k + 1);
            int[] s = IntStream.range(a[0], Math.min(b[0], n)).toArray();
            int[] t = IntStream.range(a[1], Math.min(b[1], m)).toArray();
            if (s.length > 0 || t.length > 0) {
                links.add(new GoldLinks.L(s, t));
            }
        }
        return links;
    }

    /**
     * The installed dictionaries of a pair in hunalign's format ("target @ source", lower-case
     * words, no stemming: hunalign matches words as written), or an empty file when none.
     */
    static Path dictionary(String sl, String tl, Path work) throws IOException {
        Files.createDirectories(work);
        Path f = work.resolve(sl + "-" + tl + ".dic");
        if (Files.exists(f)) {
            return f;
        }
        Lexicon lex = new Dictionaries(WordForms.lowerCase(), WordForms.lowerCase(), w -> true, w -> true)
                .installed(sl, tl);
        List<String> lines = new ArrayList<>();
        lex.forEach((s, t) -> lines.add(t + " @ " + s));
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }
}
