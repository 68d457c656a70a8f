package org.tmsh.formats.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tmsh.common.TmshException;

/** Notes written into XLIFF 1.2 and 2.0, replaced on the next call, the rest of the file untouched. */
class XliffNotesTest {

    @TempDir
    Path dir;

    private static final String V12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="a.txt" source-language="en" target-language="de" datatype="plaintext">
                <body>
                  <!-- <trans-unit id="1"> in a comment is no unit -->
                  <trans-unit id="1">
                    <source>Save &amp; close</source>
                    <target>Speichern &amp; schließen</target>
                    <note from="translator">keep</note>
                  </trans-unit>
                  <trans-unit id="2">
                    <source>Open</source>
                    <target>Öffnen</target>
                  </trans-unit>
                </body>
              </file>
            </xliff>
            """;

    @Test
    void notesGoIntoTheirUnitsAndAreReplacedNotAddedOnTheNextCall() throws Exception {
        Path f = dir.resolve("a.xlf");
        Files.writeString(f, V12);
        assertEquals(1, XliffNotes.annotate(f, "tmsh-qa", Map.of("1", List.of(new XliffNotes.Note("[error] <numbers> & co", 1)))));
        String once = Files.readString(f);
        assertTrue(once.contains("<note from=\"tmsh-qa\" priority=\"1\">[error] &lt;numbers&gt; &amp; co</note>"), once);
        assertTrue(once.indexOf("tmsh-qa") < once.indexOf("<trans-unit id=\"2\">"), once);
        assertTrue(once.contains("<note from=\"translator\">keep</note>"));
        XliffNotes.annotate(f, "tmsh-qa", Map.of("1", List.of(new XliffNotes.Note("[error] <numbers> & co", 1))));
        assertEquals(once, Files.readString(f));
        XliffNotes.annotate(f, "tmsh-qa", Map.of());
        assertEquals(V12, Files.readString(f), "without findings the file is as it was");
        assertEquals(2, XliffReader.read(f).entries().size());
    }

    @Test
    void aSegSourceSegmentsNoteGoesIntoItsTransUnitNamingTheSegment() throws Exception {
        Path f = dir.resolve("s.xlf");
        Files.writeString(f, V12);
        assertEquals(1, XliffNotes.annotate(f, "tmsh-qa", Map.of("2_3", List.of(new XliffNotes.Note("[error] numbers: x", 1)))));
        String t = Files.readString(f);
        assertTrue(t.contains("<note from=\"tmsh-qa\" priority=\"1\">segment mid=3: [error] numbers: x</note>"), t);
        assertTrue(t.indexOf("segment mid=3") > t.indexOf("<trans-unit id=\"2\">"), t);
    }

    @Test
    void xliff2UnitsGetANotesElementOrTheirExistingOne() throws Exception {
        Path f = dir.resolve("b.xlf");
        String v2 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="de">
                  <file id="f1">
                    <unit id="u1">
                      <segment><source>Save</source><target>Speichern</target></segment>
                      <segment><source>Close</source><target>Schließen</target></segment>
                    </unit>
                    <unit id="u2">
                      <notes><note category="x">mine</note></notes>
                      <segment><source>Open</source><target>Öffnen</target></segment>
                    </unit>
                  </file>
                </xliff>
                """;
        Files.writeString(f, v2);
        XliffNotes.annotate(f, "tmsh-qa", Map.of("u1_1", List.of(new XliffNotes.Note("second segment", 2)),
                "u2", List.of(new XliffNotes.Note("joined", 2))));
        String t = Files.readString(f);
        assertEquals(2, t.split("<notes>", -1).length - 1, t);
        assertTrue(t.contains("<note category=\"tmsh-qa\" priority=\"2\">segment 2: second segment</note>"), t);
        assertTrue(t.indexOf("joined") > t.indexOf("<unit id=\"u2\">"), t);
        XliffNotes.annotate(f, "tmsh-qa", Map.of());
        assertEquals(v2, Files.readString(f));
    }

    @Test
    void anotherEncodingOrMalformedFileIsRefusedAndLeftAsItWas() throws Exception {
        Path f = dir.resolve("c.xlf");
        String latin = V12.replace("UTF-8", "ISO-8859-1");
        Files.writeString(f, latin);
        assertThrows(TmshException.class, () -> XliffNotes.annotate(f, "tmsh-qa", Map.of("1", List.of(new XliffNotes.Note("x", 1)))));
        assertEquals(latin, Files.readString(f));
    }
}
