package org.tmsh.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A Word document's text parts as Word and LibreOffice show them, written where Okapi's Word filter and
 * writer would change what shows. Okapi's reader and writer see this copy (for pretranslate and merge
 * alike, so the segment keys agree); the original is never changed. Three things, all found in real
 * documents:
 *
 * <ul>
 *   <li>Word 2016's symbol extension: an emoji is a {@code w16se:symEx} in an {@code mc:Choice}, with the
 *       character itself as text in the {@code mc:Fallback} (and the emoji font likewise in the run's
 *       properties). Okapi's writer drops every {@code mc:Fallback}, so LibreOffice and Word before 2016
 *       showed nothing where the emoji were. The copy has the fallback (the character as text, in the
 *       emoji font), which every reader shows the same.</li>
 *   <li>White space at the edges of a {@code w:t} without {@code xml:space="preserve"}: Word and
 *       LibreOffice do not show it (a run of only spaces shows nothing), but Okapi's writer puts
 *       {@code xml:space="preserve"} on every {@code w:t} it writes, and the spaces appeared. The copy
 *       has that white space removed.</li>
 *   <li>A simple field inside an inline content control, which Okapi's writer writes as its result
 *       only: the copy has it as a complex field, made simple again after the writer
 *       ({@link WordSimpleFields}).</li>
 * </ul>
 *
 * <p>The parts are edited as text (the rest of each part byte for byte as it was), with the prefixes
 * the part declares for WordprocessingML and markup compatibility. Written by hand: Okapi has no
 * option for either, and a DOM round trip would rewrite every byte of a part.
 */
final class WordAsShown {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String SYMEX = "http://schemas.microsoft.com/office/word/2015/wordml/symex";

    private WordAsShown() {
    }

    /**
     * A temporary copy of {@code docx} with its text parts as shown, or null when no part needs a change
     * (most documents: then the original is read). The caller deletes the copy.
     */
    static Path copy(Path docx) throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!TrackedChanges.textPart(e.getName()) && !e.getName().equals("word/comments.xml")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF)) {
                    continue; // UTF-16: Word writes UTF-8; such a part is read as it is
                }
                String xml = new String(bytes, StandardCharsets.UTF_8);
                String shown = part(xml);
                if (!shown.equals(xml)) {
                    changed.put(e.getName(), shown.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (changed.isEmpty()) {
                return null;
            }
            Path copy = tempCopy();
            try (OutputStream os = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(os)) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    byte[] own = changed.get(e.getName());
                    if (own != null) {
                        out.write(own);
                    } else {
                        try (InputStream in = zip.getInputStream(e)) {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            } catch (IOException | RuntimeException e) {
                org.tmsh.common.AtomicFiles.discard(copy);
                throw e;
            }
            return copy;
        }
    }

    /**
     * A new empty file, readable by its owner only, for the copy: in tmsh's own {@code $TMSH_HOME/cache/word/}, named
     * as tmsh's temporary files are ({@code .shown.docx.PID-RANDOM.part}), so that the next copy removes what a
     * kill -9 left and Ctrl-C removes it on the way out; never a folder a link leads to. Where the home cannot be
     * written (a read-only home), in the system's temporary folder as before.
     *
     * <p>NOTE: not beside the document: that would write into the client's folder, which the command does not name.
     */
    private static Path tempCopy() throws IOException {
        Path home = org.tmsh.common.TmshHome.path();
        Path target = home.resolve("cache").resolve("word").resolve("shown.docx");
        org.tmsh.common.AtomicFiles.checkOwn(home, target);
        Path copy;
        try {
            copy = org.tmsh.common.AtomicFiles.tempSibling(target);
        } catch (IOException e) {
            return Files.createTempFile("tmsh-word-", ".docx"); // 0600 by Java's own rule for temporary files
        }
        try {
            Files.setPosixFilePermissions(copy, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own rights apply
        }
        return copy;
    }

    /** One part's XML as shown: symbol-extension choices as their fallback, unshown edge white space removed. */
    static String part(String xml) {
        String out = xml;
        String mc = prefix(xml, MC);
        String symex = prefix(xml, SYMEX);
        if (mc != null && symex != null) {
            out = fallbacks(out, mc, symex);
        }
        String w = prefix(xml, W);
        if (w == null) {
            w = prefix(xml, W_STRICT);
        }
        if (w != null) {
            out = trimmed(out, w);
            out = WordSimpleFields.complex(out, w);
        }
        return out;
    }

    /** The prefix {@code xml} declares for {@code uri} ({@code xmlns:p="uri"}), or null. */
    private static String prefix(String xml, String uri) {
        Matcher m = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*[\"']" + Pattern.quote(uri) + "[\"']").matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    /** Every {@code mc:AlternateContent} whose one choice needs only the symbol extension, as its fallback's content. */
    private static String fallbacks(String xml, String mc, String symex) {
        String p = Pattern.quote(mc);
        // no AlternateContent inside either branch: the symbol extension's are flat
        String flat = "(?:(?!<" + p + ":AlternateContent[\\s>/]).)*?";
        Pattern ac = Pattern.compile("<" + p + ":AlternateContent\\s*>\\s*"
                + "<" + p + ":Choice\\s+Requires\\s*=\\s*[\"']" + Pattern.quote(symex) + "[\"']\\s*(?:/>|>" + flat + "</" + p + ":Choice>)\\s*"
                + "(?:<" + p + ":Fallback\\s*/>|<" + p + ":Fallback\\s*>(" + flat + ")</" + p + ":Fallback>)\\s*"
                + "</" + p + ":AlternateContent>", Pattern.DOTALL);
        return ac.matcher(xml).replaceAll(m -> Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1)));
    }

    /** Every {@code w:t} without {@code xml:space="preserve"}, its leading and trailing XML white space removed. */
    private static String trimmed(String xml, String w) {
        Pattern t = Pattern.compile("<" + Pattern.quote(w) + ":t(\\s[^>]*)?>([^<]*)</" + Pattern.quote(w) + ":t>");
        Matcher m = t.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        int at = 0;
        while (m.find()) {
            String attrs = m.group(1) == null ? "" : m.group(1);
            String text = m.group(2);
            if (text.isEmpty() || attrs.matches("(?s).*xml:space\\s*=\\s*[\"']preserve[\"'].*")) {
                continue;
            }
            String inner = strip(text);
            if (inner.length() == text.length()) {
                continue;
            }
            out.append(xml, at, m.start(2)).append(inner);
            at = m.end(2);
        }
        if (at == 0) {
            return xml;
        }
        return out.append(xml, at, xml.length()).toString();
    }

    /** {@code s} without XML white space (space, tab, CR, LF) at its edges. */
    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isXmlSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isXmlSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
