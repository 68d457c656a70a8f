package org.tmsh.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tmsh.align.Aligner;
import org.tmsh.align.Alignment;
import org.tmsh.align.Link;
import org.tmsh.align.Vocabulary;
import org.tmsh.segment.Segments;

/**
 * tmsh's aligner as a process of its own, for the long-pair timing: reads two one-sentence-a-line
 * files, aligns them with a vocabulary source, and writes the links a line.
 *
 * <p>Arguments: SOURCE SOURCE-LANG TARGET TARGET-LANG LINKS-OUT VOCABULARY, where VOCABULARY is
 * none, dictionary (the installed ones), compounds (the installed ones, and compounds split
 * through them), learned, or both.
 */
public final class AlignRun {

    public static void main(String[] args) throws Exception {
        Segments src = Segments.presegmented(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8), args[1]);
        Segments tgt = Segments.presegmented(Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8), args[3]);
        String v = args[5];
        boolean dict = v.equals("dictionary") || v.equals("compounds") || v.equals("both");
        Vocabulary vocabulary = new Vocabulary(null, dict, v.equals("learned") || v.equals("both"))
                .withCompounds(v.equals("compounds"));
        Alignment a = vocabulary.aligner(Aligner.standard(), args[1], args[3], List.of(src), List.of(tgt))
                .align(src, tgt);
        List<String> out = new ArrayList<>();
        for (Link l : a.links()) {
            out.add(l.format());
        }
        Files.write(Path.of(args[4]), out, StandardCharsets.UTF_8);
    }
}
