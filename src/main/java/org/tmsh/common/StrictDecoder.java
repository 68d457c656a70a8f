package org.tmsh.common;

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
 * The one decoder of every text tmsh reads (TMX, TBX, tab-separated, CSV, OmegaT glossaries, plain
 * text): strict, and aware of the line it is on, so that a byte that is not valid in the encoding,
 * or a NUL, is reported with its line instead of being replaced, dropped or reported somewhere in a
 * buffer. Open it through {@link TextFiles}, which applies the byte-order-mark rule first.
 *
 * <p>NOTE: NUL (U+0000) is refused in every encoding: no text format tmsh reads allows it, and it is
 * the mark of binary data or of UTF-16 read without its byte order mark.
 */
public final class StrictDecoder extends Reader {

    /** A byte sequence that is not valid in the encoding, or a NUL, at a 1-based line. */
    public static final class BadBytes extends IOException {
        private final int line;
        private final String charset;
        private final int firstByte;
        private final boolean nul;

        BadBytes(int line, String charset, int firstByte, boolean nul) {
            super("line " + line + ": " + describe(charset, firstByte, nul));
            this.line = line;
            this.charset = charset;
            this.firstByte = firstByte;
            this.nul = nul;
        }

        public int line() {
            return line;
        }

        /** What is wrong, without the line: "byte 0xFC is not valid UTF-8". */
        public String what() {
            return describe(charset, firstByte, nul);
        }

        public boolean nul() {
            return nul;
        }

        private static String describe(String charset, int firstByte, boolean nul) {
            return nul ? "binary file or UTF-16 without a byte order mark (a NUL character), not " + charset + " text"
                    : String.format("byte 0x%02X is not valid %s", firstByte, charset);
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean finished;
    private int line = 1;

    /** Decodes {@code in} (positioned after any byte order mark) as {@code charset}. */
    public StrictDecoder(InputStream in, Charset charset) {
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
                throw new BadBytes(line, decoder.charset().name(), bytes.get(bytes.position()) & 0xFF, false);
            }
            if (eof && !bytes.hasRemaining()) {
                if (decoder.flush(out).isError()) {
                    throw new BadBytes(line, decoder.charset().name(), 0, false);
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

    private int count(char[] cbuf, int off, int n) throws BadBytes {
        for (int i = off; i < off + n; i++) {
            if (cbuf[i] == '\n') {
                line++;
            } else if (cbuf[i] == 0) {
                throw new BadBytes(line, decoder.charset().name(), 0, true);
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
