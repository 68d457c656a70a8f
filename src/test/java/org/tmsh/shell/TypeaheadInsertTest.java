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
import org.jline.utils.NonBlockingReader;
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

    /**
     * A terminal whose keyboard has typed {@code keys} all at once (as a paste does) and stays open.
     *
     * <p>The keys are all waiting in the terminal's reader from the start. A real terminal's input
     * pump hands them over through a 1 KB pipe as a thread gets scheduled, so that how many keys one
     * peek sees there depends on the machine's load (CI once counted 3,158 -> 10,325); here it
     * depends on the widget alone.
     */
    private static Terminal pasted(String keys) throws Exception {
        NonBlockingReader typed = new Typed(keys);
        Terminal t = new ExternalTerminal("test", "xterm", new Keyboard(), new ByteArrayOutputStream(),
                StandardCharsets.UTF_8) {
            @Override
            public NonBlockingReader reader() {
                return typed;
            }
        };
        t.setSize(new Size(200, 50));
        return t;
    }

    /** Keys already typed: every one is there at once; after the last, a read waits until closed. */
    static final class Typed extends NonBlockingReader {
        private final String keys;
        private int at;
        private boolean closed;

        Typed(String keys) {
            this.keys = keys;
        }

        @Override
        protected synchronized int read(long timeout, boolean isPeek) {
            if (at < keys.length()) {
                return isPeek ? keys.charAt(at) : keys.charAt(at++);
            }
            return waitFor(timeout);
        }

        @Override
        public synchronized int readBuffered(char[] b, int off, int len, long timeout) {
            if (at < keys.length()) {
                int n = Math.min(len, keys.length() - at);
                keys.getChars(at, at + n, b, off);
                at += n;
                return n;
            }
            return waitFor(timeout);
        }

        private int waitFor(long timeout) {
            long end = System.currentTimeMillis() + timeout;
            while (!closed) {
                long left = end - System.currentTimeMillis();
                if (timeout > 0 && left <= 0) {
                    return READ_EXPIRED;
                }
                try {
                    wait(timeout > 0 ? left : 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return EOF;
                }
            }
            return EOF;
        }

        @Override
        public synchronized void close() {
            closed = true;
            notifyAll();
        }
    }

    /** The terminal's own keyboard: types nothing and stays open until it is closed. */
    static final class Keyboard extends InputStream {
        private boolean closed;

        @Override
        public int read() throws java.io.IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
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
