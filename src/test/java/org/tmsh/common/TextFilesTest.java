package org.tmsh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The one byte-order-mark rule and the strict decoder, as every text reader of tmsh meets them. */
class TextFilesTest {

    private static final Path F = Path.of("f.txt");

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String xml(byte[] bytes) throws IOException {
        try (Reader r = TextFiles.xmlReader(Path.of("f.xml"), new ByteArrayInputStream(bytes))) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[7];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    @Test
    void aByteOrderMarkDecidesAndIsSkipped() {
        assertEquals("Straße", TextFiles.decode(F, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Straße".getBytes(StandardCharsets.UTF_8)), null));
        assertEquals("Straße", TextFiles.decode(F, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Straße".getBytes(StandardCharsets.UTF_16LE)), null));
        assertEquals("Straße", TextFiles.decode(F, concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "Straße".getBytes(StandardCharsets.UTF_16BE)), "UTF-16"));
        assertEquals("", TextFiles.decode(F, new byte[0], null));
    }

    @Test
    void aBadByteIsNamedWithItsLineAndTheNamedEncodingDecodesIt() {
        byte[] latin1 = "eins\nzwei\nStraße\n".getBytes(StandardCharsets.ISO_8859_1);
        TmshException e = assertThrows(TmshException.class, () -> TextFiles.decode(F, latin1, null));
        assertTrue(e.getMessage().startsWith("f.txt: line 3: byte 0xDF is not valid UTF-8; give the file's encoding"), e.getMessage());
        assertEquals("eins\nzwei\nStraße\n", TextFiles.decode(F, latin1, "ISO-8859-1"));
        TmshException unknown = assertThrows(TmshException.class, () -> TextFiles.decode(F, latin1, "latin-99"));
        assertTrue(unknown.getMessage().startsWith("unknown encoding 'latin-99'"), unknown.getMessage());
    }

    @Test
    void nulIsAnErrorInEveryEncodingSoUtf16WithoutMarkIsCaught() {
        TmshException nul = assertThrows(TmshException.class,
                () -> TextFiles.decode(F, "a\nb\u0000c".getBytes(StandardCharsets.UTF_8), null));
        assertTrue(nul.getMessage().startsWith("f.txt: line 2: binary file or UTF-16 without a byte order mark"), nul.getMessage());
        TmshException utf16 = assertThrows(TmshException.class,
                () -> TextFiles.decode(F, "Lawrow\tLavrov\n".getBytes(StandardCharsets.UTF_16LE), null));
        assertTrue(utf16.getMessage().contains("NUL"), utf16.getMessage());
    }

    @Test
    void aUtf16MarkOverUtf8BytesIsAnErrorNotMojibake() {
        byte[] wrong = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Der Außenminister traf am Montag in Moskau ein.\n".getBytes(StandardCharsets.UTF_8));
        TmshException e = assertThrows(TmshException.class, () -> TextFiles.decode(F, wrong, null));
        assertTrue(e.getMessage().contains("byte order mark over bytes that are not UTF-16LE"), e.getMessage());
        byte[] chinese = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "外交部长周一抵达莫斯科。他会见了普京总统，讨论了贸易问题。".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(TextFiles.decode(F, chinese, null).startsWith("外交部长"));
    }

    @Test
    void aMarkThatContradictsTheDeclarationIsAnError() throws IOException {
        byte[] utf8Mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] lying = concat(utf8Mark, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Straße</a>".getBytes(StandardCharsets.UTF_8));
        TmshException e = assertThrows(TmshException.class, () -> xml(lying));
        assertTrue(e.getMessage().startsWith("f.xml: line 1: the byte order mark says UTF-8 but the XML declaration"), e.getMessage());
        byte[] agreeing = concat(utf8Mark, "<?xml version=\"1.0\" encoding=\"utf-8\"?><a>Straße</a>".getBytes(StandardCharsets.UTF_8));
        assertTrue(xml(agreeing).endsWith("<a>Straße</a>"));
        String declared = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Straße</a>";
        assertEquals(declared, xml(declared.getBytes(StandardCharsets.ISO_8859_1)));
        byte[] contradicted = concat(utf8Mark, "x".getBytes(StandardCharsets.UTF_8));
        TmshException option = assertThrows(TmshException.class, () -> TextFiles.decode(F, contradicted, "windows-1252"));
        assertTrue(option.getMessage().contains("but --encoding windows-1252 says"), option.getMessage());
    }

    @Test
    void randomValidUtf8DecodesToItselfAcrossBufferEdges() {
        Random r = new Random(9);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 200_000) {
            int cp = r.nextInt(4) == 0 ? 0x20 + r.nextInt(0x5F) : 0xA0 + r.nextInt(0x1F000);
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                sb.appendCodePoint(cp);
            }
        }
        String s = sb.toString();
        assertEquals(s, TextFiles.decode(F, s.getBytes(StandardCharsets.UTF_8), null));
    }
}
