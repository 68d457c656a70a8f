package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/**
 * A pasted line costs work linear in its length: the characters redrawn, summed over the paste,
 * double when the line doubles (they quadruple without the widget: JLine redraws per character).
 */
class TypeaheadInsertTest {

    /** Counts the characters JLine redraws: each redraw lays out the whole line. */
    static final class Counting extends LineReaderImpl {
        long chars;

        Counting(Terminal t) throws java.io.IOException {
            super(t);
        }

        @Override
        protected void redisplay(boolean flush) {
            chars += getBuffer().length();
            super.redisplay(flush);
        }
    }

    private static String line(int words) {
        Random r = new Random(words);
        String[] w = {"Lawrow", "traf", "Choe", "Son", "Hui", "in", "Pjöngjang", "und", "sprach", "über", "die", "Lage"};
        StringBuilder sb = new StringBuilder("tm search");
        for (int i = 0; i < words; i++) {
            sb.append(' ').append(w[r.nextInt(w.length)]);
        }
        return sb.toString();
    }

    /** A terminal whose keyboard has typed {@code keys} all at once (as a paste does) and stays open. */
    private static Terminal pasted(String keys) throws Exception {
        Terminal t = new ExternalTerminal("test", "xterm", new Keyboard(keys.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        t.setSize(new Size(200, 50));
        return t;
    }

    /** Keys typed at once; then, like a real keyboard, nothing more until it is closed. */
    static final class Keyboard extends InputStream {
        private final byte[] keys;
        private int at;
        private boolean closed;

        Keyboard(byte[] keys) {
            this.keys = keys;
        }

        @Override
        public int read() throws java.io.IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            if (at < keys.length) {
                int n = Math.min(len, keys.length - at);
                System.arraycopy(keys, at, b, off, n);
                at += n;
                return n;
            }
            while (!closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            return -1;
        }

        @Override
        public synchronized void close() {
            closed = true;
            notifyAll();
        }
    }

    /** Redraw work for reading {@code text} as pasted into a terminal; checks the line arrives whole. */
    private static long work(String text, boolean widget) throws Exception {
        try (Terminal t = pasted(text + "\r")) {
            Counting reader = new Counting(t);
            if (widget) {
                TypeaheadInsert.install(reader);
            }
            assertEquals(text, reader.readLine("tmsh> "));
            return reader.chars;
        }
    }

    @Test
    void pastingTwiceAsMuchCostsAboutTwiceAsMuch() throws Exception {
        long small = work(line(300), true);
        long large = work(line(600), true);
        assertTrue(large < 3 * small, "linear: " + small + " -> " + large);
        long quadraticSmall = work(line(300), false);
        long quadraticLarge = work(line(600), false);
        assertTrue(quadraticLarge > 3.5 * quadraticSmall, "the measure sees JLine's own quadratic redraw: "
                + quadraticSmall + " -> " + quadraticLarge);
        assertTrue(large * 20 < quadraticLarge, large + " vs " + quadraticLarge);
    }

    @Test
    void tabsAndControlKeysBehindTextStillGoThroughTheirBindings() throws Exception {
        try (Terminal t = pasted("tm lisx\u0008t\r")) {
            LineReaderImpl reader = (LineReaderImpl) LineReaderBuilder.builder().terminal(t).build();
            TypeaheadInsert.install(reader);
            assertEquals("tm list", reader.readLine("tmsh> "));
        }
    }
}
