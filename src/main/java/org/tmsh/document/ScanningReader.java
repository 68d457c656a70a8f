package org.tmsh.document;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that shows every character it passes on to {@link #step}, in order, exactly once: the way
 * {@link InputLimits} checks a file's characters as they stream to their reader (a line's length,
 * {@link XmlBounds}' attribute values and depth) without copying them. Marks are not supported and a
 * skip reads through, so no character passes twice or unseen.
 */
abstract class ScanningReader extends FilterReader {

    ScanningReader(Reader in) {
        super(in);
    }

    /** Sees the next character; throws (a {@link org.tmsh.common.TmshException}) to refuse the file. */
    protected abstract void step(char c);

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) {
            step(buf[i]);
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] buf = new char[(int) Math.min(n, 8192)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }
}
