package org.tmsh.shell;

import java.util.List;


import org.tmsh.match.Token;
import org.tmsh.jobs.SearchJob;
import org.tmsh.memory.Match;
import org.tmsh.memory.TmLibrary;

/** {@code tm search TEXT}: fuzzy matches from a translation memory, best first. */
public class TmSearchCommand extends TmshCommand {

    private final SearchJob job;

    public TmSearchCommand(TmLibrary library) {
        super("tm search", "Fuzzy matches for a segment, best first, with their percentage", "Translation memory",
                "tm search TEXT [--tm NAME] [--min 70] [--max 5] [--source-lang L] [--target-lang L] [--filter F]... [--penalty P]... [--json]",
                "tm search \"Lawrow traf Choe Son Hui in Moskau\" --tm news --min 60",
                List.of(OptionSpec.optional("tm", OptionSpec.Kind.TM, TmLibrary.DEFAULT, "translation memory"),
                        OptionSpec.optional("min", OptionSpec.Kind.INTEGER, "70", "lowest match percentage shown"),
                        OptionSpec.optional("max", OptionSpec.Kind.INTEGER, "5", "most matches shown"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of TEXT (default: the TM side that shares more of its words)"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of the translations (default: the TM's other language)"),
                        MemoryOptions.filter(), MemoryOptions.penalty(),
                        OptionSpec.flag("json", "print the matches as a JSON array")));
        this.job = new SearchJob(library);
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the text to look up");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        int min = inv.integer("min");
        SearchJob.Outcome o = job.run(new SearchJob.Request(inv.text(), inv.get("tm"), inv.get("source-lang"),
                inv.get("target-lang"), min, inv.integer("max"), inv.all("filter"), inv.all("penalty")));
        List<Match> matches = o.matches();
        if (out.json()) {
            out.json(matches.stream().map(MatchView::of).toList());
            return;
        }
        out.paragraph("", Output.colour(side(o), 2));
        if (matches.isEmpty()) {
            out.line("no match of " + min + "% or more in TM '" + o.tm() + "'");
            return;
        }
        for (Match m : matches) {
            // wrapped to the terminal, each text indented under its first line
            out.paragraph(String.format("%5s  ", m.shown()), highlight(m)
                    + (m.tuid() == null ? "" : " " + Output.colour("[" + m.tuid() + "]", 2))
                    + (m.id() == null ? "" : " " + Output.colour("#" + m.id(), 2)));
            out.paragraph("       ", m.target());
        }
    }

    /** Which side was searched, and why when the language was taken from the query's words. */
    static String side(SearchJob.Outcome o) {
        String s = "searching the " + o.sourceLang() + " side of TM '" + o.tm() + "', translations in " + o.targetLang();
        if (o.sharedWords().isEmpty()) {
            return s;
        }
        return s + " (query words found: " + o.sharedWords().entrySet().stream().map(e -> e.getValue() + " on the "
                + e.getKey() + " side").collect(java.util.stream.Collectors.joining(", ")) + "; --source-lang to choose)";
    }

    /** The match's source with the words that differ from the query in colour (on a terminal). */
    static String highlight(Match m) {
        String text = m.source();
        List<Token> tokens = m.comparison().candidate();
        boolean[] differs = m.comparison().differs();
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (differs[k]) {
                sb.append(text, at, t.start()).append(Output.colour(t.text(), 31));
                at = t.end();
            }
        }
        return sb.append(text.substring(at)).toString();
    }

    /** A match as {@code --json} prints it. */
    record MatchView(int score, String source, String target, String tuid, String sourceLang, String targetLang,
                     int fuzzy, boolean context, List<PenaltyView> penalties, String shown, String id) {
        static MatchView of(Match m) {
            return new MatchView(m.score(), m.source(), m.target(), m.tuid(), m.sourceLang(), m.targetLang(),
                    m.fuzzy(), m.context(), m.penalties().stream().map(p -> new PenaltyView(p.points(), p.label())).toList(),
                    m.shown(), m.id());
        }
    }

    /** A penalty of a match as {@code --json} prints it. */
    record PenaltyView(int points, String label) {
    }
}
