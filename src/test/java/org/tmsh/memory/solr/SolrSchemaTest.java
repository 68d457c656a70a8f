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
}
