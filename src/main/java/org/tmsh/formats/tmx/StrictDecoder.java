package org.tmsh.formats.tmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A reader that decodes strictly and knows the line it is on, so that a byte that is not valid
 * in the declared encoding is reported with its line instead of being replaced or reported
 * somewhere in a buffer.
 */
final class StrictDecoder extends Reader {

    /** A byte sequence that is not valid in the encoding, at a 1-based line. */
    static final class BadBytes extends IOException {
        final int line;
        final String charset;
        final int firstByte;

        BadBytes(int line, String charset, int firstByte) {
            super("line " + line + ": byte 0x" + String.format("%02X", firstByte) + " is not valid " + charset);
            this.line = line;
            this.charset = charset;
            this.firstByte = firstByte;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean finished;
    private int line = 1;

    StrictDecoder(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (finished) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            if (!eof && bytes.remaining() < 16) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            int produced = out.position() - off;
            if (r.isError()) {
                if (produced > 0) {
                    return count(cbuf, off, produced);
                }
                throw new BadBytes(line, decoder.charset().name(), bytes.get(bytes.position()) & 0xFF);
            }
            if (eof && !bytes.hasRemaining()) {
                if (decoder.flush(out).isError()) {
                    throw new BadBytes(line, decoder.charset().name(), 0);
                }
                finished = true;
                produced = out.position() - off;
                return produced == 0 ? -1 : count(cbuf, off, produced);
            }
            if (produced > 0 && (r.isOverflow() || produced >= len)) {
                return count(cbuf, off, produced);
            }
        }
    }

    private int count(char[] cbuf, int off, int n) {
        for (int i = off; i < off + n; i++) {
            if (cbuf[i] == '\n') {
                line++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
