package org.tmsh.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.tmsh.common.TmshException;

/**
 * The runs of a merged Word document that hold a note's reference mark ({@code w:footnoteReference},
 * {@code w:endnoteReference}, and the note's own number {@code w:footnoteRef}, {@code w:endnoteRef})
 * get the original's run properties back. Such a run has no text to translate, but Okapi's writer
 * rewrites its properties and has dropped some of them (a note number's own bold beside the
 * "footnote reference" character style, in a real document): the number looked different. A mark
 * run is matched by its identity, not its place: a reference by its kind and note id ({@code w:id},
 * which the writer keeps), a note's own number by its kind and order in the notes part (one a note).
 * So a translation that moved two references in a sentence gets each its own formatting; a mark of the
 * original that is gone (inside a deleted, accepted change) is passed over, and a written mark the
 * original lacks is left as written and named in a caution.
 *
 * <p>The same pass gives text runs the direct properties the writer dropped ({@link WordRunProperties}) and
 * makes the simple fields of content controls simple again ({@link WordSimpleFields}), and writes the translated
 * headings into the table of contents ({@link WordToc}).
 *
 * <p>Edited as text, with the prefix the part declares for WordprocessingML; the rest of each part
 * is byte for byte what Okapi wrote. Written by hand: Okapi has no option for it.
 */
final class WordMarks {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    private WordMarks() {
    }

    /**
     * Gives the mark runs of {@code written} (the merged package of {@code original}) the original's run
     * properties; rewrites {@code written} (through a temporary file beside it) only when one differs.
     */
    static void restore(URI original, Path written) {
        restore(original, written, where -> { });
    }

    /**
     * As {@link #restore(URI, Path)}; {@code unpaired} is told the part and mark of each written mark run
     * that has no mark run of the original to take its properties from.
     */
    static void restore(URI original, Path written, java.util.function.Consumer<String> unpaired) {
        try {
            Map<String, byte[]> changed = new LinkedHashMap<>();
            try (ZipFile from = new ZipFile(Path.of(original).toFile()); ZipFile to = new ZipFile(written.toFile())) {
                for (ZipEntry e : Collections.list(to.entries())) {
                    ZipEntry old = from.getEntry(e.getName());
                    if (old == null || !TrackedChanges.textPart(e.getName())) {
                        continue;
                    }
                    String was = read(from, old);
                    String now = read(to, e);
                    String name = e.getName();
                    String mended = WordRunProperties.part(was, part(was, now, mark -> unpaired.accept(name + ", " + mark)));
                    String w = prefix(mended);
                    mended = w == null ? mended : WordToc.entries(was, WordSimpleFields.simple(mended, w), w);
                    if (!mended.equals(now)) {
                        changed.put(e.getName(), mended.getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (changed.isEmpty()) {
                    return;
                }
                // named as the output's own temporary files: the output's next write sweeps it after a kill -9
                Path tmp = org.tmsh.common.AtomicFiles.anotherTemp(written);
                try {
                    try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream out = new ZipOutputStream(os)) {
                        for (ZipEntry e : Collections.list(to.entries())) {
                            out.putNextEntry(new ZipEntry(e.getName()));
                            byte[] own = changed.get(e.getName());
                            if (own != null) {
                                out.write(own);
                            } else {
                                try (InputStream in = to.getInputStream(e)) {
                                    in.transferTo(out);
                                }
                            }
                            out.closeEntry();
                        }
                    }
                    Files.move(tmp, written, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    org.tmsh.common.AtomicFiles.discard(tmp);
                }
            }
        } catch (IOException e) {
            throw TmshException.inFile(written, 0, "cannot write: " + org.tmsh.common.AtomicFiles.message(e), e);
        }
    }

    private static String read(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code now} with each mark run's properties those of the same mark run in {@code was}. */
    static String part(String was, String now) {
        return part(was, now, mark -> { });
    }

    /** As {@link #part(String, String)}; {@code unpaired} is told each written mark the original lacks. */
    static String part(String was, String now, java.util.function.Consumer<String> unpaired) {
        String w = prefix(was);
        if (w == null || !w.equals(prefix(now))) {
            return now;
        }
        Map<String, int[]> old = markRuns(was, w);
        Map<String, int[]> cur = markRuns(now, w);
        if (old.isEmpty()) {
            return now;
        }
        StringBuilder out = new StringBuilder(now.length());
        int at = 0;
        for (Map.Entry<String, int[]> m : cur.entrySet()) {
            int[] from = old.get(m.getKey());
            if (from == null) {
                unpaired.accept(m.getKey());
                continue;
            }
            int[] o = properties(was, from, w);
            int[] c = properties(now, m.getValue(), w);
            String want = was.substring(o[0], o[1]);
            if (want.equals(now.substring(c[0], c[1]))) {
                continue;
            }
            out.append(now, at, c[0]).append(want);
            at = c[1];
        }
        return at == 0 ? now : out.append(now, at, now.length()).toString();
    }

    static String prefix(String xml) {
        for (String uri : List.of(W, W_STRICT)) {
            Matcher m = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*[\"']" + Pattern.quote(uri) + "[\"']").matcher(xml);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * Start and end of every innermost run ({@code w:r}) that holds a note's reference mark, in document
     * order, by the mark's identity: its element and note id ({@code w:footnoteReference w:id="2"}), or
     * its element and its number among the part's marks of that element when it has no id (a note's own
     * number, {@code w:footnoteRef #1}).
     */
    private static Map<String, int[]> markRuns(String xml, String w) {
        String p = Pattern.quote(w);
        Pattern run = Pattern.compile("<" + p + ":r(?:\\s[^>]*)?>((?:(?!<" + p + ":r[\\s>/])(?!</" + p + ":r>).)*)</" + p + ":r>",
                Pattern.DOTALL);
        Pattern mark = Pattern.compile("<" + p + ":(footnoteRef|endnoteRef|footnoteReference|endnoteReference)([\\s/>][^>]*)");
        Pattern id = Pattern.compile("\\s" + p + ":id\\s*=\\s*[\"']([^\"']*)[\"']");
        Map<String, int[]> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        Matcher m = run.matcher(xml);
        while (m.find()) {
            Matcher k = mark.matcher(m.group(1));
            if (k.find()) {
                String element = w + ":" + k.group(1);
                Matcher i = id.matcher(k.group(2));
                int nth = seen.merge(element, 1, Integer::sum);
                String key = i.find() ? element + " " + w + ":id=\"" + i.group(1) + "\"" : element + " #" + nth;
                out.putIfAbsent(key, new int[] {m.start(1), m.end(1)});
            }
        }
        return out;
    }

    /**
     * Where a run's properties are in {@code xml} ({@code w:rPr}, its first child, nested {@code w:rPr}
     * of a tracked formatting change included); an empty range at the run's content start when it has none.
     */
    static int[] properties(String xml, int[] content, String w) {
        String body = xml.substring(content[0], content[1]);
        String open = "<" + w + ":rPr";
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        if (!body.startsWith(open, start) || !isNameEnd(body, start + open.length())) {
            return new int[] {content[0], content[0]};
        }
        int gt = body.indexOf('>', start);
        if (body.charAt(gt - 1) == '/') {
            return new int[] {content[0] + start, content[0] + gt + 1};
        }
        String close = "</" + w + ":rPr>";
        int depth = 1;
        int at = gt + 1;
        while (depth > 0) {
            int nextOpen = body.indexOf(open, at);
            int nextClose = body.indexOf(close, at);
            if (nextClose < 0) {
                return new int[] {content[0], content[0]};
            }
            if (nextOpen >= 0 && nextOpen < nextClose) {
                // a nested w:rPr (of a w:rPrChange) opens one more level; w:rPrChange itself is another name
                int g = body.indexOf('>', nextOpen);
                if (isNameEnd(body, nextOpen + open.length()) && body.charAt(g - 1) != '/') {
                    depth++;
                }
                at = g + 1;
            } else {
                depth--;
                at = nextClose + close.length();
            }
        }
        return new int[] {content[0] + start, content[0] + at};
    }

    private static boolean isNameEnd(String s, int i) {
        return i < s.length() && (s.charAt(i) == '>' || s.charAt(i) == '/' || Character.isWhitespace(s.charAt(i)));
    }
}
