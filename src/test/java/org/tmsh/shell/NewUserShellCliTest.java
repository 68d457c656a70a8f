package org.tmsh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a new user meets in one-shot runs: --quiet keeps the summary, a long alignment prints no table of
 * thousands of lines, a file of the wrong format is named with the formats that are read, tab-separated
 * text goes into an existing TM without repeating its languages, qa takes any glossary file tmsh reads.
 */
class NewUserShellCliTest extends WithTempHome {

    private static final String SEEDS_TMX = "tmx/seeds-000-004.de-en.tmx";

    /** A segmented pair of {@code n} sentences a side. */
    private Path[] pair(int n) throws Exception {
        List<String> de = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            de.add("Am " + i + ". Tag kam der Minister " + i + " Mal nach Berlin.");
            en.add("On day " + i + " the minister came to Berlin " + i + " times.");
        }
        return new Path[] {Files.write(dir.resolve("de.txt"), de), Files.write(dir.resolve("en.txt"), en)};
    }

    private static boolean hasTable(String out) {
        return out.contains("┌") || out.contains("│");
    }

    @Test
    void aLongAlignmentPrintsItsSummaryWithoutTheTableUnlessAsked() throws Exception {
        Path[] p = pair(AlignCommand.LINK_TABLE_MAX + 50);
        String[] align = {"align", "--source", p[0].toString(), "--target", p[1].toString(), "--segmented", "--dictionary", "none"};
        CliTest.Run plain = CliTest.run(align);
        assertEquals(0, plain.code(), plain.err());
        assertFalse(hasTable(plain.out()), plain.out());
        assertTrue(plain.out().contains("(250 links: the table is left out above 200; --show-links prints it"), plain.out());
        assertTrue(plain.out().contains("250 units from 250 source and 250 target segments"), plain.out());

        List<String> args = new ArrayList<>(List.of(align));
        args.add("--show-links");
        CliTest.Run shown = CliTest.run(args.toArray(String[]::new));
        assertTrue(hasTable(shown.out()) && shown.out().lines().count() > 250, "--show-links prints the table");

        Path[] small = pair(5);
        CliTest.Run few = CliTest.run("align", "--source", small[0].toString(), "--target", small[1].toString(), "--segmented",
                "--dictionary", "none");
        assertTrue(hasTable(few.out()), "a short alignment shows its links:\n" + few.out());
        CliTest.Run quiet = CliTest.run("align", "--source", small[0].toString(), "--target", small[1].toString(),
                "--segmented", "--dictionary", "none", "--quiet");
        assertEquals(0, quiet.code(), quiet.err());
        assertFalse(hasTable(quiet.out()), quiet.out());
        assertEquals(List.of("5 units from 5 source and 5 target segments; 0 source and 0 target segments unaligned;"
                + " 0 weak links to review."), quiet.out().lines().toList(), "--quiet: the summary line only");
    }

    @Test
    void quietIsAnOptionOfEveryCommand() {
        org.springframework.shell.core.command.CommandRegistry registry = new org.springframework.shell.core.command.CommandRegistry();
        for (org.springframework.shell.core.command.Command c : Commands.all(null, () -> registry)) {
            assertTrue(((TmshCommand) c).specs().contains(TmshCommand.QUIET), c.getName());
        }
        CliTest.Run r = CliTest.run("tm", "import", SEEDS_TMX, "--tm", "news", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        CliTest.Run list = CliTest.run("tm", "list", "--quiet");
        assertTrue(list.out().contains("news"), "a table that is the answer stays:\n" + list.out());
    }

    @Test
    void aFileOfAnotherFormatIsNamedWithTheFormatsTmImportReads() throws Exception {
        Path txt = Files.writeString(dir.resolve("notes.txt"), "Lawrow kam nach Berlin.\n");
        CliTest.Run r = CliTest.run("tm", "import", txt.toString(), "--tm", "news");
        assertEquals(TmshCommand.USER_ERROR, r.code());
        assertTrue(r.err().contains(txt + ": not a format tm import reads: TMX (.tmx), tab-separated text (.tsv"), r.err());
        assertFalse(r.err().contains("malformed XML") || r.err().contains("prolog"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(home.path().resolve("tm/news")), "no TM made for a file that is refused");
        Path tabs = Files.writeString(dir.resolve("pairs.txt"), "Lawrow kam.\tLavrov came.\n");
        assertTrue(CliTest.run("tm", "import", tabs.toString()).err().contains("looks like tab-separated text: name it .tsv"));
        Path xml = Files.writeString(dir.resolve("memory.xml"), Files.readString(Path.of(SEEDS_TMX)));
        assertEquals(0, CliTest.run("tm", "import", xml.toString(), "--tm", "news").code(), "TMX under another name is read");
    }

    @Test
    void tabSeparatedTextIntoAnExistingTmTakesItsLanguagesFromTheTm() throws Exception {
        assertEquals(0, CliTest.run("tm", "import", SEEDS_TMX, "--tm", "news").code());
        Path tsv = Files.writeString(dir.resolve("more.tsv"), "Lawrow kam nach Bonn.\tLavrov came to Bonn.\n");
        CliTest.Run r = CliTest.run("tm", "import", tsv.toString(), "--tm", "news");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 unit read: 1 added") && r.out().contains("now has 12 units"), r.out());
        CliTest.Run json = CliTest.run("tm", "search", "Lawrow kam nach Bonn.", "--tm", "news", "--json");
        assertTrue(json.out().contains("\"sourceLang\" : \"de\"") && json.out().contains("Lavrov came to Bonn."), json.out());
        CliTest.Run fresh = CliTest.run("tm", "import", tsv.toString(), "--tm", "other");
        assertEquals(TmshCommand.USER_ERROR, fresh.code());
        assertTrue(fresh.err().contains("--source-lang and --target-lang"), "a new TM has no languages to take:\n" + fresh.err());
    }

    @Test
    void qaTakesAGlossaryFileOfAnyFormatTmshReads() throws Exception {
        Path csv = Files.writeString(dir.resolve("names.csv"), "de,en\nLawrow,Lavroff\n");
        CliTest.Run r = CliTest.run("qa", "--tmx", SEEDS_TMX, "--glossary", csv.toString(), "--only", "terms");
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        assertTrue(r.out().contains("Lavroff"), "the CSV's name is checked:\n" + r.out());
        Path utf8 = Files.writeString(dir.resolve("names.utf8"), "Lawrow\tLavroff\n");
        CliTest.Run omegat = CliTest.run("qa", "--tmx", SEEDS_TMX, "--glossary", utf8.toString(), "--only", "terms",
                "--source-lang", "de", "--target-lang", "en");
        assertTrue(omegat.out().contains("Lavroff"), omegat.out() + omegat.err());
        CliTest.Run missing = CliTest.run("qa", "--tmx", SEEDS_TMX, "--glossary", dir.resolve("none.csv").toString());
        assertEquals(TmshCommand.USER_ERROR, missing.code());
        assertTrue(missing.err().contains("none.csv: file not found"), missing.err());
    }

    @Test
    void theAlignmentReportsLegendShowsOnlyTheColoursItUses() throws Exception {
        Path report = dir.resolve("plain.html");
        CliTest.Run r = CliTest.run("align", "--source", org.tmsh.TestFiles.SEED_DE.toString(), "--target",
                org.tmsh.TestFiles.SEED_EN.toString(), "--report", report.toString(), "--dictionary", "none");
        assertEquals(0, r.code(), r.err());
        String legend = Files.readString(report).lines().filter(l -> l.startsWith("<p class=\"legend\">")).findFirst().orElseThrow();
        assertFalse(legend.contains(">name<"), "no glossary, no names marked, none in the legend: " + legend);
        assertTrue(legend.contains(">sure<"), legend);
        assertEquals(0, CliTest.run("term", "import", "glossaries/seeds.tbx").code());
        Path named = dir.resolve("named.html");
        assertEquals(0, CliTest.run("align", "--source", org.tmsh.TestFiles.SEED_DE.toString(), "--target",
                org.tmsh.TestFiles.SEED_EN.toString(), "--report", named.toString(), "--glossary", "seeds", "--dictionary", "none").code());
        String html = Files.readString(named);
        assertTrue(html.contains("<mark>name</mark>") && html.matches("(?s).*<mark>[^<]*Lawrow</mark>.*"),
                "with the glossary the names are marked and explained");
    }

    @Test
    void theTmxHeaderNamesTheDataTypeOfTheDocumentsItsUnitsCameFrom() throws Exception {
        Path de = Files.writeString(dir.resolve("de.html"), "<html><body><p>Lawrow kam am <b>Montag</b> nach Berlin.</p>"
                + "<p>Er traf den Kanzler.</p></body></html>");
        Path en = Files.writeString(dir.resolve("en.html"), "<html><body><p>Lavrov came to Berlin on <b>Monday</b>.</p>"
                + "<p>He met the chancellor.</p></body></html>");
        Path tmx = dir.resolve("html.tmx");
        CliTest.Run r = CliTest.run("align", "--source", de.toString(), "--target", en.toString(), "--out", tmx.toString(),
                "--dictionary", "none");
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(tmx);
        assertTrue(text.contains("datatype=\"html\"") && text.contains("<bpt"), text);
        org.tmsh.TestFiles.assertValidTmx14(tmx);
        Path plain = dir.resolve("plain.tmx");
        assertEquals(0, CliTest.run("align", "--source", org.tmsh.TestFiles.SEED_DE.toString(), "--target",
                org.tmsh.TestFiles.SEED_EN.toString(), "--out", plain.toString(), "--dictionary", "none").code());
        assertTrue(Files.readString(plain).contains("datatype=\"plaintext\""));
        assertEquals("unknown", org.tmsh.formats.tmx.TmxWriter.datatype(List.of(de, org.tmsh.TestFiles.SEED_DE)));
        assertEquals("xml", org.tmsh.formats.tmx.TmxWriter.datatype(List.of(Path.of("a.docx"))));
    }

    @Test
    void tmStatsShowsASizeAPersonReadsOrWhereTheServerKeepsIt() {
        assertEquals(0, CliTest.run("tm", "import", SEEDS_TMX, "--tm", "news").code());
        CliTest.Run r = CliTest.run("tm", "stats", "--tm", "news");
        assertTrue(r.out().lines().anyMatch(l -> l.matches("│ on disk +│ [1-9][0-9,]* KB +│")), r.out());
        assertEquals("84 KB", TmStatsCommand.onDisk("lucene", "/x", 83_200));
        assertEquals("20.1 MB", TmStatsCommand.onDisk("lucene", "/x", 20_061_000));
        assertEquals("kept by the Solr server (http://solr1:8983/solr collection team)",
                TmStatsCommand.onDisk("solr", "http://solr1:8983/solr collection team", 0));
    }

    @Test
    void aTypoIsAnsweredWithTheNameMeantAndNothingRuns() {
        assertEquals(0, CliTest.run("tm", "import", SEEDS_TMX, "--tm", "news").code());
        CliTest.Run sub = CliTest.run("tm", "serch", "Lawrow", "--tm", "news");
        assertEquals(2, sub.code());
        assertTrue(sub.err().startsWith("tmsh: tm: unknown sub-command 'serch' (did you mean 'tm search'? tm sub-commands: "),
                sub.err());
        CliTest.Run opt = CliTest.run("tm", "search", "Lawrow", "--tn", "news");
        assertEquals(2, opt.code());
        assertTrue(opt.err().startsWith("tmsh: tm search: unknown option --tn (did you mean --tm? options: --tm "), opt.err());
        assertEquals("", opt.out(), "nothing searched");
        CliTest.Run cmd = CliTest.run("aling", "--source", "a.txt");
        assertEquals(2, cmd.code());
        assertEquals("tmsh: unknown command 'aling' (did you mean 'align'? 'tmsh help' lists the commands)",
                cmd.err().strip(), "one-shot: the list is 'tmsh help' from the system shell");
        CliTest.Run far = CliTest.run("translate", "x");
        assertEquals("tmsh: unknown command 'translate' ('tmsh help' lists the commands)", far.err().strip());
    }

    @Test
    void pretranslateNamesItsBandsInWordsNotAsAProgramsMap() {
        assertEquals(0, CliTest.run("tm", "import", SEEDS_TMX, "--tm", "news").code());
        Path xlf = dir.resolve("statement.xlf");
        CliTest.Run r = CliTest.run("pretranslate", "src/test/resources/jobs/statement.de.txt", "--tm", "news",
                "--out", xlf.toString());
        assertEquals(0, r.code(), r.err());
        String first = r.out().lines().findFirst().orElse("");
        assertTrue(first.matches(".*; segments by match: 100% [1-9][0-9]*(, [a-z0-9%-]+ [1-9][0-9]*)*"), first);
        assertFalse(first.contains("{") || first.contains("=") || first.contains(" 0,"), first);
        assertEquals("100% 2, repaired 1, 50-74% 1, new 2, repetition 1", PretranslateCommand.bands(
                new java.util.LinkedHashMap<>(java.util.Map.of("context", 0)) {{
                    put("100%", 2); put("repaired", 1); put("95-99%", 0); put("50-74%", 1); put("new", 2);
                    put("repetition", 1);
                }}));
        assertEquals("none", PretranslateCommand.bands(java.util.Map.of("new", 0)));
    }

    @Test
    void termMatchSaysItsVerdictOnce() {
        assertEquals("yes (score 1.00): the same name: Lawrow ~ Lavrov: same key 'lavrov'",
                TermMatchCommand.answer(true, 1.0, "the same name: Lawrow ~ Lavrov: same key 'lavrov'"));
        assertEquals("no (score 0.20): different names: Putin ~ Lavrov",
                TermMatchCommand.answer(false, 0.2, "different names: Putin ~ Lavrov"));
        assertEquals("yes, the same name (score 0.95): written alike", TermMatchCommand.answer(true, 0.95, "written alike"));
        CliTest.Run r = CliTest.run("term", "match", "Sergei Wiktorowitsch Lawrow", "Sergei Viktorovich Lavrov");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("yes (score 1.00): the same name: "), r.out());
        assertEquals(1, r.out().split("the same name", -1).length - 1, r.out());
    }

    @Test
    void countsOfOneAreSingularAndHeldBackLinksSayHowToAddThem() throws Exception {
        Path tmx = dir.resolve("seeds.tmx");
        CliTest.Run r = CliTest.run("align", "--source", org.tmsh.TestFiles.SEED_DE.toString(), "--target",
                org.tmsh.TestFiles.SEED_EN.toString(), "--out", tmx.toString(), "--tm", "news", "--dictionary", "none");
        assertEquals(0, r.code(), r.err());
        java.util.regex.Matcher weak = java.util.regex.Pattern.compile("; ([0-9]+) weak links? to review").matcher(r.out());
        assertTrue(weak.find(), r.out());
        int n = Integer.parseInt(weak.group(1));
        assertTrue(n > 0, "the seed pair has weak links:\n" + r.out());
        assertTrue(r.out().contains(Output.count(n, "weak link") + " (less than 80% likely right) held back from TM 'news': 'review "
                + tmx + " --tm news' to add " + (n == 1 ? "it." : "them.")), r.out());
        assertEquals("1 unit added to TM 'news' (1 duplicate skipped); it now has 1 unit.", AlignCommand.added(
                new org.tmsh.memory.ImportReport("news", "x.tmx", 2, 1, 1, 0,
                List.of(), 1, 0.1)));
        assertFalse(r.out().matches("(?s).*\\b1 (units|weak links|duplicates)\\b.*"), r.out());
        assertEquals("10 units added to TM 'news'; it now has 10 units.", AlignCommand.added(
                new org.tmsh.memory.ImportReport("news", "x.tmx", 10, 10, 0, 0, List.of(), 10, 0.1)), "a count of none is left out");
    }

    @Test
    void aParagraphIsOnTheScreenBeforeTheQuestionAskedAfterIt() {
        java.io.StringWriter text = new java.io.StringWriter();
        // buffered as standard output is: without a flush the text would wait there
        Output out = new Output(new java.io.PrintWriter(new java.io.BufferedWriter(text), false), false);
        out.paragraph("  source: ", "Lawrow kam nach Berlin.");
        assertTrue(text.toString().contains("Lawrow kam nach Berlin."), "flushed, so review's prompt on standard error follows it");
    }

    @Test
    void aMemoryNotNamedIsAskedForWithTheMemoriesThere() {
        CliTest.Run none = CliTest.run("tm", "search", "Lawrow");
        assertEquals(2, none.code());
        assertEquals("tmsh: tm search: give the memory with --tm NAME (there is no TM yet: 'tm import FILE.tmx --tm NAME'"
                + " or 'align ... --tm NAME' makes one)", none.err().strip());
        assertEquals(0, CliTest.run("tm", "import", SEEDS_TMX, "--tm", "news").code());
        for (String[] cmd : new String[][] {{"tm", "search", "Lawrow"}, {"tm", "concordance", "Lawrow"}, {"tm", "stats"}}) {
            CliTest.Run r = CliTest.run(cmd);
            assertEquals(2, r.code(), r.err());
            assertEquals("tmsh: " + cmd[0] + " " + cmd[1] + ": give the memory with --tm NAME (TMs: news)", r.err().strip());
        }
        CliTest.Run analyze = CliTest.run("analyze", "src/test/resources/jobs/statement.de.txt");
        assertEquals("tmsh: analyze: missing required option --tm (TMs: news)", analyze.err().strip());
        assertEquals(0, CliTest.run("tm", "import", SEEDS_TMX).code(), "tm import without --tm makes 'default'");
        CliTest.Run found = CliTest.run("tm", "stats");
        assertEquals(0, found.code(), found.err());
        assertTrue(found.out().contains("default"), found.out());
    }
}
