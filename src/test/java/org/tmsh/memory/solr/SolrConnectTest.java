package org.tmsh.memory.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.TranslationMemory;

/**
 * {@code tm connect} under another local name (issue 20, item 4): the TM's name in the collection is
 * its identity, so a colleague who calls team's TM "team2" works against its units, not an empty TM.
 */
class SolrConnectTest {

    private static final String COLLECTION = "shared";
    @RegisterExtension
    static final SolrTestCluster SOLR = new SolrTestCluster(1, 0);
    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void cluster() throws Exception {
        url = SOLR.url();
        SolrCluster.createCollection(url, COLLECTION, 1, 1);
        SOLR.cluster().waitForActiveCollection(COLLECTION, 1, 1);
    }

    private static List<TmxUnit> units(String prefix, int n) {
        List<TmxUnit> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(TmxUnit.pair(prefix + i, "en", "The " + prefix + " sentence number " + i + " about the window.", "de",
                    "Der " + prefix + " Satz Nummer " + i + " über das Fenster.", Map.of(), "20260101T000000Z"));
        }
        return out;
    }

    @Test
    void connectFindsTheTmOfTheCollectionWhateverTheLocalName() throws Exception {
        TranslationMemory team = SolrMemory.open("team", new TmRegistration("solr", url, COLLECTION, false));
        assertEquals(20, team.add(units("team", 20), "en", "test").added());

        try (TmLibrary lib = new TmLibrary(dir.resolve("tm"))) {
            TmRegistration reg = SolrMemory.connect("team2", url, COLLECTION, null);
            assertEquals("team", reg.nameIn("team2"), "the collection's only TM");
            lib.register("team2", reg);
            TranslationMemory mine = lib.open("team2");
            assertEquals(20, mine.size(), "the colleague's TM under another local name");
            assertEquals(100, mine.search("The team sentence number 7 about the window.", "en", "de", 90, 1).get(0).score());
            assertEquals("team2", mine.name(), "messages keep the local name");
            assertEquals(reg, TmRegistration.read(dir.resolve("tm").resolve("team2")), "the identity survives the registration file");

            // a second TM in the collection: a name that is neither must say which
            TranslationMemory other = SolrMemory.open("other", new TmRegistration("solr", url, COLLECTION, false));
            other.add(units("other", 3), "en", "test");
            TmshException e = assertThrows(TmshException.class, () -> SolrMemory.connect("team3", url, COLLECTION, null));
            assertTrue(e.getMessage().contains("other, team") && e.getMessage().contains("--remote"), e.getMessage());
            assertEquals(3, SolrMemory.open("mine", SolrMemory.connect("mine", url, COLLECTION, "other")).size());
            assertEquals("team", SolrMemory.connect("team", url, COLLECTION, null).nameIn("team"), "the same name is that TM");
            TmshException none = assertThrows(TmshException.class, () -> SolrMemory.connect("x", url, COLLECTION, "nosuch"));
            assertTrue(none.getMessage().contains("no TM named 'nosuch'") && none.getMessage().contains("other, team"),
                    none.getMessage());

            // writing through the other name adds to the same TM
            mine.add(units("late", 2), "en", "test");
            assertEquals(22, team.size());
        }
    }
}
