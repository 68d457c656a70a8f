package org.tmsh.shell;

import java.util.List;

import org.springframework.stereotype.Component;

import org.tmsh.common.TmshException;
import org.tmsh.match.Token;
import org.tmsh.jobs.TmRead;
import org.tmsh.memory.Match;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;

/** {@code tm search TEXT}: fuzzy matches from a translation memory, best first. */
@Component
public class TmSearchCommand extends TmshCommand {

    private final TmLibrary library;

    public TmSearchCommand(TmLibrary library) {
        super("tm search", "Fuzzy matches for a segment, best first, with their percentage", "Translation memory",
                "tm search TEXT [--tm NAME] [--min 70] [--max 5] [--source-lang L] [--target-lang L] [--json]",
                "tm search \"Open the file in a new window.\" --tm default --min 60",
                List.of(OptionSpec.optional("tm", OptionSpec.Kind.TM, TmLibrary.DEFAULT, "translation memory"),
                        OptionSpec.optional("min", OptionSpec.Kind.INTEGER, "70", "lowest match percentage shown"),
                        OptionSpec.optional("max", OptionSpec.Kind.INTEGER, "5", "most matches shown"),
                        OptionSpec.optional("source-lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of TEXT (default: the TM's source language)"),
                        OptionSpec.optional("target-lang", OptionSpec.Kind.LANGUAGE, null,
                                "language of the translations (default: the TM's other language)"),
                        OptionSpec.flag("json", "print the matches as a JSON array")));
        this.library = library;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireText(arguments, "the text to look up");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        int min = inv.integer("min");
        int max = inv.integer("max");
        if (min < 0 || min > 100 || max < 1) {
            throw new TmshException(getName() + ": --min must be 0 to 100 and --max at least 1");
        }
        TranslationMemory tm = library.open(TmLibrary.checkName(inv.get("tm")));
        List<Match> matches;
        String[] langs = TmRead.of(tm, () -> tm.resolveLanguages(inv.get("source-lang"), inv.get("target-lang")));
        matches = TmRead.of(tm, () -> tm.search(inv.text(), langs[0], langs[1], min, max));
        if (out.json()) {
            out.json(matches.stream().map(MatchView::of).toList());
            return;
        }
        if (matches.isEmpty()) {
            out.line("no match of " + min + "% or more in TM '" + tm.name() + "'");
            return;
        }
        for (Match m : matches) {
            out.line(String.format("%4d%%  %s%s", m.score(), highlight(m),
                    m.tuid() == null ? "" : Output.colour("  [" + m.tuid() + "]", 2)));
            out.line("       " + m.target());
        }
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
    record MatchView(int score, String source, String target, String tuid, String sourceLang, String targetLang) {
        static MatchView of(Match m) {
            return new MatchView(m.score(), m.source(), m.target(), m.tuid(), m.sourceLang(), m.targetLang());
        }
    }
}
