package org.tmsh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Escaping appends the text between special characters as runs: the result is the escaped text, character for character. */
class XmlEscapeTest {

    private static String escaped(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder("x");
        Xml.escape(sb, s, attribute);
        return sb.toString();
    }

    @Test
    void textEscapesMarkupAndCarriageReturnsOnly() {
        assertEquals("x", escaped("", false));
        assertEquals("xplain Grüße 東京", escaped("plain Grüße 東京", false));
        assertEquals("x&amp;&lt;b&gt; \"q\"\t\n&#13;end", escaped("&<b> \"q\"\t\n\rend", false));
        assertEquals("x&lt;&lt;&amp;&amp;", escaped("<<&&", false));
    }

    @Test
    void attributesEscapeQuotesAndWhiteSpaceControlsToo() {
        assertEquals("x&amp;&lt;b&gt; &quot;q&quot;&#9;&#10;&#13;end", escaped("&<b> \"q\"\t\n\rend", true));
        assertEquals("xa&quot;", escaped("a\"", true));
        assertEquals("x&quot;a", escaped("\"a", true));
    }
}
