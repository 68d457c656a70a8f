package org.tmsh.formats.xliff;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.Xml;

/**
 * An XLIFF file written one unit at a time to a temporary sibling and moved into place on
 * {@link #close}: {@link Xliff12Writer} and {@link Xliff20Writer} say what goes in it.
 */
public abstract class XliffFileWriter implements AutoCloseable {

    /** The file-level facts: original (as named in the XLIFF), datatype, languages, checksum, tool version. */
    public record Header(String original, String datatype, String srcLang, String tgtLang, String sha256,
                         String toolVersion) {
    }

    private final Path target;
    private final Path temp;
    private final Writer out;
    private boolean done;

    protected XliffFileWriter(Path target, String head) {
        this.target = target;
        try {
            this.temp = AtomicFiles.tempSibling(target);
            this.out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
            out.write(head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XLIFF writer for {@code version} ("1.2" or "2.0"). */
    public static XliffFileWriter of(String version, Path target, Header h) {
        return switch (version) {
            case "1.2" -> new Xliff12Writer(target, h);
            case "2.0" -> new Xliff20Writer(target, h);
            default -> throw new IllegalArgumentException("XLIFF " + version);
        };
    }

    /** Writes one unit. */
    public abstract void write(XliffUnit u, String srcLang, String tgtLang);

    protected final void raw(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What closes the document. */
    protected abstract String tail();

    /**
     * {@code f}'s text, escaped, with each inline code written as {@code element} makes it (an empty
     * element where the code stands): the loop both XLIFF versions' writers share when they write codes
     * in the original's order.
     */
    static String codesInOrder(TextFragment f, java.util.function.Function<Code, String> element) {
        String coded = f.getCodedText();
        StringBuilder sb = new StringBuilder(coded.length() + 32);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < coded.length(); i++) {
            char ch = coded.charAt(i);
            if (!TextFragment.isMarker(ch) || i + 1 >= coded.length()) {
                text.append(ch);
                continue;
            }
            Xml.text(sb, text.toString());
            text.setLength(0);
            sb.append(element.apply(f.getCodes().get(TextFragment.toIndex(coded.charAt(++i)))));
        }
        Xml.text(sb, text.toString());
        return sb.toString();
    }

    /** Ends the document and moves it into place. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            out.write(tail());
            out.close();
            AtomicFiles.commit(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the partial file (after a failure). */
    public void abort() {
        done = true;
        try {
            out.close();
        } catch (IOException e) {
            // a full disk fails the last flush too: the partial file is removed below either way
        }
        AtomicFiles.discard(temp);
    }
}
