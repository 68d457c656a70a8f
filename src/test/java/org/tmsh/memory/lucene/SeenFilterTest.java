package org.tmsh.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.memory.UnitKeys;

/** The Bloom filter of the keys an import has seen: no key is missed, and distinct keys are rarely taken for seen ones. */
class SeenFilterTest {

    private static String key(int i) {
        return UnitKeys.dupKey(new TmxUnit(null, List.of(new TmxUnit.Variant("en", "unit " + i),
                new TmxUnit.Variant("de", "Einheit " + i)), null));
    }

    @Test
    void theKeysHexDigitsAreReadAsLongReadsThem() {
        for (int i = 0; i < 1000; i++) {
            String k = key(i);
            assertEquals(Long.parseUnsignedLong(k.substring(0, 16), 16), Duplicates.SeenFilter.hex(k, 0, 16), k);
            assertEquals(Long.parseUnsignedLong(k.substring(16, 32), 16), Duplicates.SeenFilter.hex(k, 16, 32), k);
        }
    }

    @Test
    void aKeySeenBeforeIsAlwaysAMaybeAndAMillionDistinctKeysAlmostNever() {
        Duplicates.SeenFilter seen = new Duplicates.SeenFilter();
        int maybe = 0;
        for (int i = 0; i < 1_000_000; i++) {
            maybe += seen.add(key(i)) ? 0 : 1;
        }
        // expected false "maybe"s at a million distinct keys: well below one
        assertTrue(maybe <= 2, maybe + " distinct keys taken for seen ones");
        for (int i = 0; i < 1_000_000; i += 997) {
            assertFalse(seen.add(key(i)), "key " + i + " was seen");
        }
    }
}
