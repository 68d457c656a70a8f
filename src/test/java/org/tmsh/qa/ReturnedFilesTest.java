package org.tmsh.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA reads the file the translator returns, in the shapes CAT tools write: the target that counts is the
 * segment's target, not an alternative translation (alt-trans), a note, the previous source of a fuzzy PO
 * entry or another TMX variant; segmented units (seg-source/mrk, XLIFF 2.0 segments) are judged segment by
 * segment. Each file has one pair with a wrong date and one whose alternative holds the wrong date while
 * its target is right: only the first is reported, and its target is the one named.
 */
class ReturnedFilesTest {

    @TempDir
    Path dir;

    private List<QaSegment> read(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        List<QaSegment> out = new ArrayList<>();
        BilingualFiles.read(f, null, null, out::add);
        return out;
    }

    private static List<Finding> numbers(List<QaSegment> segments) {
        Profile p = Profile.standard();
        QaEngine engine = new QaEngine(CheckCatalog.create(p, null, List.of("numbers", "dates")), p);
        segments.forEach(engine::add);
        return engine.finish(null);
    }

    private static void onlyTheWrongTarget(List<QaSegment> segments, String wrongTarget) {
        assertTrue(segments.stream().anyMatch(s -> wrongTarget.equals(s.target())), "read targets: " + segments);
        List<Finding> f = numbers(segments);
        assertEquals(1, f.size(), f.toString());
        assertEquals(wrongTarget, f.get(0).target());
    }

    @Test
    void xliff12WithStatesAltTransAndNotes() throws Exception {
        onlyTheWrongTarget(read("r.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a.txt" source-language="de" target-language="en" datatype="plaintext"><body>
                <trans-unit id="1"><source>Am 3. März kam er.</source><target state="translated">He came on March 4.</target>
                  <alt-trans match-quality="80"><source>Am 3. März ging er.</source><target>He left on March 3.</target></alt-trans>
                  <note>checked on 5 May</note></trans-unit>
                <trans-unit id="2"><source>Am Dienstag sprach er.</source><target state="final">On Tuesday he spoke.</target>
                  <alt-trans><target>On Monday he spoke.</target></alt-trans></trans-unit>
                </body></file></xliff>
                """), "He came on March 4.");
    }

    @Test
    void xliff12SegSourceWithMrkSegments() throws Exception {
        List<QaSegment> s = read("r.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a.txt" source-language="de" target-language="en" datatype="plaintext"><body>
                <trans-unit id="1"><source>Am 3. März kam er. Am Dienstag sprach er.</source>
                  <seg-source><mrk mtype="seg" mid="1">Am 3. März kam er.</mrk> <mrk mtype="seg" mid="2">Am Dienstag sprach er.</mrk></seg-source>
                  <target><mrk mtype="seg" mid="1">He came on March 3.</mrk> <mrk mtype="seg" mid="2">On Wednesday he spoke.</mrk></target>
                </trans-unit></body></file></xliff>
                """);
        assertEquals(2, s.size(), s.toString());
        onlyTheWrongTarget(s, "On Wednesday he spoke.");
    }

    @Test
    void sdlxliffWithSegmentDefinitions() throws Exception {
        onlyTheWrongTarget(read("r.sdlxliff", """
                <?xml version="1.0" encoding="utf-8"?>
                <xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
                <file original="a.docx" datatype="x-sdlfilterframework2" source-language="de-DE" target-language="en-US"><body>
                <trans-unit id="u1"><source>Am 3. März kam er.</source>
                  <seg-source><mrk mtype="seg" mid="1">Am 3. März kam er.</mrk></seg-source>
                  <target><mrk mtype="seg" mid="1">He came on March 3.</mrk></target>
                  <sdl:seg-defs><sdl:seg id="1" conf="Translated" origin="tm" percent="100"/></sdl:seg-defs></trans-unit>
                <trans-unit id="u2"><source>Im März wird gewählt.</source>
                  <seg-source><mrk mtype="seg" mid="2">Im März wird gewählt.</mrk></seg-source>
                  <target><mrk mtype="seg" mid="2">The election is in May.</mrk></target>
                  <sdl:seg-defs><sdl:seg id="2" conf="ApprovedTranslation"/></sdl:seg-defs></trans-unit>
                </body></file></xliff>
                """), "The election is in May.");
    }

    @Test
    void mqxliffWithMemoqStatus() throws Exception {
        onlyTheWrongTarget(read("r.mqxliff", """
                <?xml version="1.0" encoding="utf-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
                <file original="a.docx" source-language="de" target-language="en" datatype="x-docx"><body>
                <trans-unit id="1" mq:status="Confirmed" mq:percent="101"><source>Die 1990er Jahre waren ruhig.</source>
                  <target>The 1980s were quiet.</target></trans-unit>
                <trans-unit id="2" mq:status="PartiallyEdited"><source>Um halb drei beginnt es.</source>
                  <target>It starts at 2:30.</target><mq:historical-unit><target>It starts at 3:30.</target></mq:historical-unit></trans-unit>
                </body></file></xliff>
                """), "The 1980s were quiet.");
    }

    @Test
    void xliff20WithSegmentsIgnorablesAndNotes() throws Exception {
        List<QaSegment> s = read("r.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
                <file id="f1"><unit id="u1"><notes><note>on 5 May</note></notes>
                  <segment id="s1" state="translated"><source>Am 3. März kam er.</source><target>He came on March 3.</target></segment>
                  <ignorable><source> </source></ignorable>
                  <segment id="s2" state="reviewed"><source>Vom 3. bis 5. März tagt der Rat.</source><target>The council meets March 3-6.</target></segment>
                </unit></file></xliff>
                """);
        assertEquals(2, s.size(), s.toString());
        onlyTheWrongTarget(s, "The council meets March 3-6.");
    }

    @Test
    void poWithFuzzyEntriesAndPreviousSources() throws Exception {
        onlyTheWrongTarget(read("r.po", """
                msgid ""
                msgstr ""
                "Content-Type: text/plain; charset=UTF-8\\n"
                "Language: en\\n"
                "X-Source-Language: de\\n"

                #. a note on 5 May
                #, fuzzy
                #| msgid "Am 4. März kam er."
                msgid "Am 3. März kam er."
                msgstr "He came on March 3."

                msgid "Am Dienstag sprach er."
                msgstr "On Wednesday he spoke."
                """), "On Wednesday he spoke.");
    }

    @Test
    void tmxWithSeveralVariants() throws Exception {
        onlyTheWrongTarget(read("r.tmx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"
                  srclang="de" datatype="plaintext"/><body>
                <tu><note>5 May</note><tuv xml:lang="de"><seg>Am 3. März kam er.</seg></tuv><tuv xml:lang="en"><seg>He came on March 3.</seg></tuv></tu>
                <tu><tuv xml:lang="de"><seg>Im März wird gewählt.</seg></tuv><tuv xml:lang="en"><seg>The election is in May.</seg></tuv></tu>
                </body></tmx>
                """), "The election is in May.");
    }

    @Test
    void trados2007TtxWithSegmentsCodesAndUntranslatedText() throws Exception {
        Path f = dir.resolve("r.ttx");
        String ttx = """
                <?xml version='1.0'?>
                <TRADOStag Version="2.0"><FrontMatter><UserSettings SourceLanguage="DE-DE" TargetLanguage="EN-GB"/></FrontMatter><Body><Raw>
                <ut Type="start" Style="external" DisplayText="p">&lt;p&gt;</ut><Tu Origin="manual" MatchPercent="0"><Tuv Lang="DE-DE">Am <ut Type="start" DisplayText="b">&lt;b&gt;</ut>3. März<ut Type="end" DisplayText="b">&lt;/b&gt;</ut> kam er.</Tuv><Tuv Lang="EN-GB">He came on <ut Type="start" DisplayText="b">&lt;b&gt;</ut>4 March<ut Type="end" DisplayText="b">&lt;/b&gt;</ut>.</Tuv></Tu> <Tu Origin="Tm" MatchPercent="100"><Tuv Lang="DE-DE">Am Dienstag sprach er.</Tuv><Tuv Lang="EN-GB">On Tuesday he spoke.</Tuv></Tu><ut Type="end" Style="external" DisplayText="p">&lt;/p&gt;</ut>
                <ut Type="start" Style="external" DisplayText="p">&lt;p&gt;</ut>Niemand hat das übersetzt.<ut Type="end" Style="external" DisplayText="p">&lt;/p&gt;</ut>
                </Raw></Body></TRADOStag>
                """;
        Files.write(f, ("\uFEFF" + ttx).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        List<QaSegment> s = new ArrayList<>();
        BilingualFiles.read(f, null, null, s::add);
        assertEquals(3, s.size(), s.toString());
        assertEquals("en-GB", s.get(0).tgtLang());
        QaSegment untranslated = s.get(2);
        assertEquals("Niemand hat das übersetzt.", untranslated.source());
        assertEquals(null, untranslated.target());
        assertEquals(4, untranslated.line());
        onlyTheWrongTarget(s.subList(0, 2), "He came on ⟨1⟩4 March⟨/1⟩.");
    }

    @Test
    void wordfastProTxmlWithRevisionsCommentsAndUnconfirmedTargets() throws Exception {
        List<QaSegment> s = read("r.txml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <txml locale="de" targetlocale="en-GB" version="1.0" createdby="WFP3.4.7">
                <skeleton>&lt;p&gt;</skeleton>
                <translatable blockId="1"><segment segmentId="1" modified="true"><source>Im März wird gewählt.</source><ws> </ws>
                  <target score="100">The election is in May.</target>
                  <comments><comment creationid="ann" creationdate="20130220T090351Z" type="text">checked 5 March</comment></comments></segment>
                <segment segmentId="2" modified="true" unconfirmed="true"><source>Am 3. März kam er.</source><target score="80">He came on 3 March.</target>
                  <revisions><revision><target>He came on 4 March.</target></revision></revisions></segment></translatable>
                </txml>
                """);
        assertEquals(List.of("1_1", "1_2"), s.stream().map(QaSegment::id).toList());
        onlyTheWrongTarget(s, "The election is in May.");
    }

    @Test
    void phraseMxliffIsReadAsTheXliffItIs() throws Exception {
        onlyTheWrongTarget(read("r.mxliff", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0" version="1.2">
                <file original="a.docx" source-language="de" target-language="en" datatype="plaintext"><body>
                <trans-unit id="s1" m:confirmed="1"><source>Am 3. März kam er.</source><target>He came on 3 March.</target></trans-unit>
                <trans-unit id="s2" m:confirmed="1"><source>Am Dienstag sprach er.</source><target>On Monday he spoke.</target></trans-unit>
                </body></file></xliff>
                """), "On Monday he spoke.");
    }

    @Test
    void aCheckThatFailsOnOneSegmentDoesNotEndTheRun() {
        Profile p = Profile.standard();
        Check failing = new Check() {
            public String id() {
                return "fragile";
            }

            public Finding.Severity severity() {
                return Finding.Severity.WARNING;
            }

            public void check(QaSegment s, java.util.function.Consumer<Finding> out) {
                if (s.source().contains("boom")) {
                    throw new IllegalStateException("a bug");
                }
            }
        };
        List<Check> checks = new ArrayList<>(CheckCatalog.create(p, null, List.of("numbers")));
        checks.add(0, failing);
        QaEngine engine = new QaEngine(checks, p);
        engine.add(new QaSegment("t.xlf", "1", 0, "boom 12", "boom 13", "en", "de", 0));
        engine.add(new QaSegment("t.xlf", "2", 1, "Sie kam um 3.", "She came at 4.", "de", "en", 0));
        List<Finding> f = engine.finish(null);
        assertTrue(f.stream().anyMatch(x -> x.kind().equals("fragile") && x.severity() == Finding.Severity.ERROR
                && x.message().contains("check it by hand")), f.toString());
        assertEquals(2, f.stream().filter(x -> x.kind().equals("numbers")).count(),
                "the numbers check still ran on the failing segment and the next: " + f);
    }

    /** The targets the unedited-match check reports in a returned file. */
    private List<String> unedited(String name, String content) throws Exception {
        Profile p = Profile.standard();
        QaEngine engine = new QaEngine(CheckCatalog.create(p, null, List.of("unedited-match")), p);
        read(name, content).forEach(engine::add);
        return engine.finish(null).stream().map(Finding::target).toList();
    }

    @Test
    void aFuzzyMatchReturnedUneditedIsReportedWhereTheFileSaysSo() throws Exception {
        // XLIFF 1.2: a target equal to its fuzzy alt-trans; a target qualified as a fuzzy match still needing review
        assertEquals(List.of("He came on March 4.", "She left."), unedited("r.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a.txt" source-language="de" target-language="en" datatype="plaintext"><body>
                <trans-unit id="1"><source>Am 3. März kam er.</source><target state="translated">He came on March 4.</target>
                  <alt-trans match-quality="80"><source>Am 4. März kam er.</source><target>He came on March 4.</target></alt-trans></trans-unit>
                <trans-unit id="2"><source>Am 3. März ging er.</source><target state="translated">He left on March 3.</target>
                  <alt-trans match-quality="80"><source>Am 4. März ging er.</source><target>He left on March 4.</target></alt-trans></trans-unit>
                <trans-unit id="3"><source>Er ging.</source><target>He went.</target>
                  <alt-trans match-quality="100"><source>Er ging.</source><target>He went.</target></alt-trans></trans-unit>
                <trans-unit id="4"><source>Sie ging.</source><target state="needs-review-translation" state-qualifier="fuzzy-match">She left.</target></trans-unit>
                <trans-unit id="5"><source>Sie kam.</source><target state="translated" state-qualifier="fuzzy-match">She came.</target></trans-unit>
                </body></file></xliff>
                """));
        // SDLXLIFF: origin "tm" under 100% (an edited one has origin "interactive")
        assertEquals(List.of("He came on March 4."), unedited("r.sdlxliff", """
                <?xml version="1.0" encoding="utf-8"?>
                <xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
                <file original="a.docx" datatype="x-sdlfilterframework2" source-language="de-DE" target-language="en-US"><body>
                <trans-unit id="u1"><source>Am 3. März kam er.</source>
                  <seg-source><mrk mtype="seg" mid="1">Am 3. März kam er.</mrk></seg-source>
                  <target><mrk mtype="seg" mid="1">He came on March 4.</mrk></target>
                  <sdl:seg-defs><sdl:seg id="1" conf="Translated" origin="tm" percent="85"/></sdl:seg-defs></trans-unit>
                <trans-unit id="u2"><source>Am 3. März ging er.</source>
                  <seg-source><mrk mtype="seg" mid="2">Am 3. März ging er.</mrk></seg-source>
                  <target><mrk mtype="seg" mid="2">He left on March 3.</mrk></target>
                  <sdl:seg-defs><sdl:seg id="2" conf="Translated" origin="interactive" percent="85"/></sdl:seg-defs></trans-unit>
                <trans-unit id="u3"><source>Er ging.</source>
                  <seg-source><mrk mtype="seg" mid="3">Er ging.</mrk></seg-source>
                  <target><mrk mtype="seg" mid="3">He went.</mrk></target>
                  <sdl:seg-defs><sdl:seg id="3" conf="Translated" origin="tm" percent="100"/></sdl:seg-defs></trans-unit>
                </body></file></xliff>
                """));
        // memoQ: pre-translated under 100%, not once edited
        assertEquals(List.of("The 1980s were quiet."), unedited("r.mqxliff", """
                <?xml version="1.0" encoding="utf-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
                <file original="a.docx" source-language="de" target-language="en" datatype="x-docx"><body>
                <trans-unit id="1" mq:status="Pretranslated" mq:percent="87"><source>Die 1990er Jahre waren ruhig.</source>
                  <target>The 1980s were quiet.</target></trans-unit>
                <trans-unit id="2" mq:status="Confirmed" mq:percent="87"><source>Die 1970er Jahre waren laut.</source>
                  <target>The 1970s were loud.</target></trans-unit>
                <trans-unit id="3" mq:status="Pretranslated" mq:percent="101"><source>Er ging.</source><target>He went.</target></trans-unit>
                </body></file></xliff>
                """));
        // gettext: an entry still flagged fuzzy
        assertEquals(List.of("He came on March 4."), unedited("r.po", """
                msgid ""
                msgstr ""
                "Content-Type: text/plain; charset=UTF-8\\n"
                "Language: en\\n"
                "X-Source-Language: de\\n"

                #, fuzzy
                #| msgid "Am 4. März kam er."
                msgid "Am 3. März kam er."
                msgstr "He came on March 4."

                msgid "Er ging."
                msgstr "He went."
                """));
    }
}
