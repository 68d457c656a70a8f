package org.tmsh.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DeclaredCharsetTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static byte[] page(String head, String body, Charset cs) {
        return ("<!DOCTYPE html><html><head>" + head + "</head><body><p>" + body + "</p></body></html>").getBytes(cs);
    }

    @Test
    void aPageNotInUtf8IsReadInTheCharsetItsMetaDeclares() {
        assertEquals("windows-1252", DeclaredCharset.of(page("<meta charset=\"windows-1252\">", "Grüße", CP1252)));
        assertEquals("windows-1252", DeclaredCharset.of(page("<META CHARSET=Windows-1252>", "Grüße", CP1252)));
        assertEquals("ISO-8859-1", DeclaredCharset.of(page(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", "Grüße", StandardCharsets.ISO_8859_1)));
        byte[] xhtml = ("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html><body><p>Preis 5 €</p></body></html>")
                .getBytes(Charset.forName("ISO-8859-15"));
        assertEquals("ISO-8859-15", DeclaredCharset.of(xhtml));
    }

    @Test
    void utf8BytesAByteOrderMarkOrAnUnknownNameKeepUtf8() {
        // the declaration is wrong, the bytes are UTF-8: read as before
        assertNull(DeclaredCharset.of(page("<meta charset=\"windows-1252\">", "Grüße", StandardCharsets.UTF_8)));
        assertNull(DeclaredCharset.of(page("<meta charset=\"iso-8859-1\">", "plain ASCII", StandardCharsets.US_ASCII)));
        byte[] noDeclaration = page("<title>x</title>", "Grüße", CP1252);
        assertNull(DeclaredCharset.of(noDeclaration), "no declaration: UTF-8, whose refusal names the byte");
        assertNull(DeclaredCharset.of(page("<meta charset=\"no-such-charset\">", "Grüße", CP1252)));
        byte[] bom = page("<meta charset=\"windows-1252\">", "Grüße", StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bom, 0, withBom, 3, bom.length);
        assertNull(DeclaredCharset.of(withBom));
    }

    @Test
    void aDeclarationAfterTheFirstKilobytesDoesNotCount() {
        String filler = "<!-- " + "x".repeat(5000) + " -->";
        assertNull(DeclaredCharset.of(page(filler + "<meta charset=\"windows-1252\">", "Grüße", CP1252)));
    }
}
