package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The key hashes as a Solr document holds them: written by {@link SolrSchema#encode}, read back by {@link SolrSchema#decode}. */
class SolrSchemaTest {

    @Test
    void keyHashesReadBackAsWritten() {
        Random rnd = new Random(7);
        for (int n = 0; n < 200; n++) {
            int[] keys = new int[rnd.nextInt(40)];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = switch (rnd.nextInt(5)) {
                    case 0 -> Integer.MIN_VALUE;
                    case 1 -> -1;
                    case 2 -> rnd.nextInt(16);
                    default -> rnd.nextInt();
                };
            }
            assertArrayEquals(keys, SolrSchema.decode(SolrSchema.encode(keys)));
            assertArrayEquals(keys, SolrSchema.decode((Object) SolrSchema.encodeBytes(keys)), "as bytes (tmsh-5)");
            assertArrayEquals(keys, SolrSchema.decode((Object) java.nio.ByteBuffer.wrap(SolrSchema.encodeBytes(keys))));
        }
    }

    @Test
    void theWrittenFormIsHexSeparatedBySpaces() {
        assertEquals("0 ffffffff 80000000 1a", SolrSchema.encode(new int[] {0, -1, Integer.MIN_VALUE, 26}));
        assertArrayEquals(new int[] {0, -1, Integer.MIN_VALUE, 26}, SolrSchema.decode("0 ffffffff 80000000 1a"));
        assertArrayEquals(new int[0], SolrSchema.decode(""));
        assertNull(SolrSchema.decode(null));
        assertThrows(NumberFormatException.class, () -> SolrSchema.decode("12 zz"));
    }

    @Test
    void theBytesFormIsFourBytesAKeyBigEndian() {
        assertArrayEquals(new byte[] {0, 0, 0, 0, -1, -1, -1, -1, -128, 0, 0, 0, 0, 0, 0, 26},
                SolrSchema.encodeBytes(new int[] {0, -1, Integer.MIN_VALUE, 26}));
        assertArrayEquals(new int[0], SolrSchema.decode((Object) new byte[0]));
        assertNull(SolrSchema.decode((Object) null));
        assertThrows(NumberFormatException.class, () -> SolrSchema.decode((Object) new byte[] {1, 2, 3}));
        assertArrayEquals(new int[] {26}, SolrSchema.decode((Object) "1a"), "a string is the configsets' before");
    }

    @Test
    void textsReadBackFromBytesOrStrings() {
        String t = "Größe \u00e9t\u00e9 \ud83d\ude00 日本";
        assertEquals(t, SolrSchema.string(t.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(t, SolrSchema.string(t));
        assertEquals("", SolrSchema.string(new byte[0]));
        assertNull(SolrSchema.string(null));
    }
}
