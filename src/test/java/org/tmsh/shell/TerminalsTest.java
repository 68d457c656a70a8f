package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Terminals#oneLine}: what a line tmsh prints may hold, whatever came from outside. */
class TerminalsTest {

    @Test
    void lineBreaksAndControlCharactersAreWrittenOutVisibly() {
        assertEquals("a\\nb\\r\\u001B[31mc\\u007F\\u0085d", Terminals.oneLine("a\nb\r\u001B[31mc\u007F\u0085d"));
    }

    @Test
    void charactersThatReorderTextAreWrittenOut() {
        assertEquals("x\\u202Efdp.exe\\u2066\\u200F", Terminals.oneLine("x\u202Efdp.exe\u2066\u200F"));
    }

    @Test
    void aTabTextInAnyScriptAndTrailingLineEndsStayAsTheyAre() {
        String plain = "Lawrow\tЛавров 拉夫罗夫 لافروف";
        assertEquals(plain, Terminals.oneLine(plain));
        assertEquals("done", Terminals.oneLine("done\n"));
        assertEquals("", Terminals.oneLine(null));
    }
}
