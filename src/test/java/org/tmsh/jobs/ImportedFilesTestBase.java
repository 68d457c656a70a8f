package org.tmsh.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.memory.TmLibrary;

/**
 * What the tests of files from other tools share: a fresh TM library in a temporary folder for each test,
 * and the units of one of its TMs, as units or as one line a unit ("de-DE=text | en-US=text", languages in
 * order), so that a test states what was read in a line it can compare.
 */
abstract class ImportedFilesTestBase {

    @TempDir
    Path dir;
    TmLibrary library;

    @BeforeEach
    void openLibrary() {
        library = new TmLibrary(dir.resolve("tms"));
    }

    @AfterEach
    void closeLibrary() {
        library.close();
    }

    /** The units of TM {@code tm}, in the order of import. */
    List<TmxUnit> units(String tm) throws Exception {
        List<TmxUnit> out = new ArrayList<>();
        library.open(tm).forEachUnit(out::add);
        return out;
    }

    /** The units of TM {@code tm} as lines "lang=text | lang=text", languages sorted. */
    List<String> unitLines(String tm) throws Exception {
        List<String> out = new ArrayList<>();
        for (TmxUnit u : units(tm)) {
            Map<String, String> m = new TreeMap<>();
            for (TmxUnit.Variant v : u.variants()) {
                m.put(v.lang(), v.text());
            }
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add(k + "=" + v));
            out.add(String.join(" | ", parts));
        }
        return out;
    }
}
