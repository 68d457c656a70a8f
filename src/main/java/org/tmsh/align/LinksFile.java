package org.tmsh.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshException;

/**
 * A links file as {@code align --links} writes it and the gold alignments use: one link a line,
 * {@code [0, 1]:[2]} (sentence numbers of the source, then of the target, from 0), null links
 * {@code [3]:[]} included, in the source's order (the target's order is broken where a link crosses
 * others). Read back for review, with every line checked against the documents.
 */
public final class LinksFile {

    private static final Pattern LINE = Pattern.compile("\\[([0-9,\\s]*)\\]\\s*:\\s*\\[([0-9,\\s]*)\\]");

    private LinksFile() {
    }

    /**
     * The links of {@code file} for documents of {@code n} source and {@code m} target sentences:
     * each sentence at most once, the source in document order, the target in order within a link
     * (links may cross: two paragraphs in the other order); anything else is refused with the line.
     */
    public static List<Link> read(Path file, int n, int m) {
        String text;
        try {
            text = TextFiles.decode(file, Files.readAllBytes(file), "UTF-8");
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + AtomicFiles.message(e), e);
        }
        List<Link> links = new ArrayList<>();
        int lastSource = -1;
        boolean[] targetSeen = new boolean[m];
        String[] lines = text.split("\r?\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher mt = LINE.matcher(line);
            if (!mt.matches()) {
                throw TmshException.inFile(file, k + 1, "not a link: '" + abbreviate(line)
                        + "' (a link reads [0, 1]:[2]: source sentences, then target sentences)");
            }
            int[] source;
            int[] target;
            try {
                source = ids(mt.group(1));
                target = ids(mt.group(2));
            } catch (NumberFormatException e) {
                throw TmshException.inFile(file, k + 1, "not a sentence number in '" + abbreviate(line) + "'");
            }
            lastSource = inOrder(file, k + 1, "source", source, n, lastSource);
            inOrder(file, k + 1, "target", target, m, -1);
            for (int id : target) {
                if (targetSeen[id]) {
                    throw TmshException.inFile(file, k + 1, "target sentence " + id + " comes twice");
                }
                targetSeen[id] = true;
            }
            if (source.length + target.length > 0) {
                links.add(new Link(source, target, 0, Double.NaN));
            }
        }
        if (links.stream().noneMatch(l -> !l.isNull())) {
            throw TmshException.inFile(file, 0, "no links to review");
        }
        return links;
    }

    /** The last of {@code ids}, each checked to be one of the side's {@code count} sentences and after {@code last}. */
    private static int inOrder(Path file, int line, String side, int[] ids, int count, int last) {
        for (int id : ids) {
            if (id >= count) {
                throw TmshException.inFile(file, line, side + " sentence " + id + " is not in the document (it has " + count + ")");
            }
            if (id <= last) {
                throw TmshException.inFile(file, line, side + " sentence " + id + " comes twice or out of order");
            }
            last = id;
        }
        return last;
    }

    private static int[] ids(String list) {
        String s = list.strip();
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split("\\s*,\\s*");
        int[] ids = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            ids[k] = Integer.parseInt(parts[k].strip());
        }
        return ids;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
