package org.tmsh.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

import org.tmsh.common.TmshException;
import org.tmsh.common.TextFiles;
import org.tmsh.common.TmshHome;

/**
 * Runs tmsh in one of three ways: no arguments, the interactive shell; {@code @FILE} (or
 * {@code script FILE}), a script of commands (one a line, # for comments; stops at the first failure,
 * see {@link ScriptCommand}); otherwise one command given as program arguments. Errors go to standard error as one line; the exit status is kept for main().
 */
@Component
public class TmshRunner implements ApplicationRunner {

    private final CommandRegistry registry;
    private final TmshCommandParser parser;
    private final ObjectProvider<LineReader> lineReader;
    private final ObjectProvider<PromptProvider> prompt;
    private int exitCode;
    /** Whether lines come from the interactive shell (where 'help' is typed without 'tmsh'). */
    private boolean interactiveShell;

    public TmshRunner(CommandRegistry registry, org.springframework.shell.core.command.CommandParser parser,
                      ObjectProvider<LineReader> lineReader, ObjectProvider<PromptProvider> prompt) {
        this.registry = registry;
        this.parser = (TmshCommandParser) parser;
        this.lineReader = lineReader;
        this.prompt = prompt;
    }

    public int exitCode() {
        return exitCode;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String[] argv = args.getSourceArgs();
        if (argv.length == 0) {
            firstRunHint();
            interactive(lineReader.getObject());
            return;
        }
        exitCode = runArgs(argv);
    }

    /** One command given as program arguments, or {@code @FILE} a script; returns the exit status. */
    public int runArgs(String[] argv) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        int code = execute(() -> parser.parse(List.of(argv)), String.join(" ", argv), out);
        out.flush();
        return code;
    }

    /**
     * The interactive shell: reads a line, runs it, and goes on whatever happens. Ctrl-C on a line
     * drops the line; Ctrl-C while a command runs cancels that command ({@link Interrupts}); Ctrl-D,
     * {@code exit} or {@code quit} leave.
     */
    private void interactive(LineReader reader) {
        interactiveShell = true;
        Terminal t = reader.getTerminal();
        Terminals.widthFrom(t::getWidth);
        t.handle(Terminal.Signal.INT, signal -> Interrupts.request());
        PrintWriter out = t.writer();
        InputReader answers = new LineAnswers(t);
        PromptProvider p = prompt.getIfAvailable();
        while (true) {
            String line;
            try {
                line = reader.readLine(p == null ? "tmsh> " : p.getPrompt().toAnsi(t));
            } catch (UserInterruptException e) {
                continue; // Ctrl-C on a half-typed line: a fresh prompt
            } catch (EndOfFileException e) {
                break;
            }
            String command = line.strip();
            if (command.isEmpty() || command.startsWith("#")) {
                continue;
            }
            if (command.equalsIgnoreCase("exit") || command.equalsIgnoreCase("quit")) {
                break;
            }
            Interrupts.reset();
            execute(() -> parser.parse(command), command, out, answers);
            out.flush();
        }
    }

    /**
     * Runs the lines of {@code file} (one command a line, # for comments) until one fails; tells which on
     * standard error and returns that line's exit status, or 0.
     */
    int script(Path file, PrintWriter out, InputReader answers) {
        List<String> lines;
        try {
            lines = TextFiles.decode(file, Files.readAllBytes(file), null, "a script is UTF-8").lines().toList();
        } catch (IOException e) {
            return fail(file + ": cannot read script: " + (Files.exists(file) ? e.getMessage() : "file not found"));
        } catch (TmshException e) {
            return fail(e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNo = i + 1;
            int code = execute(() -> parser.parse(line), file + ": line " + lineNo, out, answers == null ? STDIN : answers);
            if (code != 0) {
                System.err.println("tmsh: " + Terminals.oneLine(file + ": stopped at line " + lineNo));
                return code;
            }
        }
        return 0;
    }

    /** Answers to a command's questions in one-shot and script runs: lines of standard input (prompts on stderr). */
    static final InputReader STDIN = new InputReader() {
        private java.io.BufferedReader in;
        private java.io.InputStream source;

        @Override
        public synchronized String readInput(String prompt) throws Exception {
            System.err.print(prompt);
            System.err.flush();
            if (in == null || source != System.in) {
                source = System.in;
                in = new java.io.BufferedReader(new java.io.InputStreamReader(source, java.nio.charset.StandardCharsets.UTF_8));
            }
            return in.readLine();
        }

        @Override
        public String readInput() throws Exception {
            return readInput("");
        }
    };

    private interface Parse {
        ParsedInput get();
    }

    private int execute(Parse parse, String where, PrintWriter out) {
        return execute(parse, where, out, STDIN);
    }

    private int execute(Parse parse, String where, PrintWriter out, InputReader answers) {
        ParsedInput parsed;
        try {
            parsed = parse.get();
        } catch (TmshException e) {
            return fail(e.getMessage());
        }
        CommandContext ctx = new CommandContext(parsed, registry, out, answers);
        try {
            ExitStatus status = new CommandExecutor(registry).execute(ctx);
            out.flush();
            if (status.code() != 0) {
                int code = status.code() > 0 ? status.code() : 1;
                // an empty description: the command has told what failed (a script, at its failing line)
                return status.description() == null || status.description().isEmpty() ? code
                        : fail(status.description(), code);
            }
            return 0;
        } catch (CommandNotFoundException e) {
            return fail(unknownCommand(e.getCommandName()));
        } catch (CommandExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (System.getenv("TMSH_DEBUG") != null) {
                cause.printStackTrace();
            }
            return fail(where + ": " + cause.getMessage(), TmshCommand.INTERNAL_ERROR);
        }
    }

    /**
     * The line for a word that names no command: the command it most likely meant, if one is close,
     * and how to list them (typed at the prompt, or after 'tmsh' in the system shell).
     */
    String unknownCommand(String name) {
        java.util.Set<String> known = new java.util.TreeSet<>(List.of("exit", "quit"));
        registry.getCommands().forEach(c -> known.add(c.getName().split(" ")[0]));
        return "unknown command '" + name + "' (" + DidYouMean.hint(name, known, c -> "'" + c + "'")
                + (interactiveShell ? "'help'" : "'tmsh help'") + " lists the commands)";
    }

    private static int fail(String message) {
        return fail(message, TmshCommand.USER_ERROR);
    }

    private static int fail(String message, int code) {
        System.err.println("tmsh: " + Terminals.oneLine(message));
        return code;
    }

    /**
     * {@code text} with each line longer than {@code width} wrapped between words (a path after a slash), an
     * indented line's next lines indented further, where the terminal would cut a file name in two; as it is
     * when there is no width (not a terminal).
     */
    static String fitted(String text, int width) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (width <= 20 || TextTable.width(line) <= width) {
                sb.append(line).append('\n');
                continue;
            }
            String body = line.stripLeading();
            String indent = line.substring(0, line.length() - body.length());
            TmshCommand.hanging(sb, indent, body, width, indent.length() + 4);
        }
        return sb.toString();
    }

    private static void firstRunHint() {
        Path marker = TmshHome.path().resolve(".welcomed");
        if (Files.exists(marker)) {
            return;
        }
        String hint = """
                Welcome to tmsh. A first hour with the sample texts (README.md explains it):
                  align --source seeds/000_585da5ce89297943.txt --target seeds/004_676457e338a7e9c4.txt --out /tmp/seeds.tmx --tm news
                  review /tmp/seeds.tmx --out /tmp/seeds-reviewed.tmx --tm news
                  term import glossaries/seeds.tbx
                  qa /tmp/seeds-reviewed.tmx --glossary seeds --report /tmp/qa.html
                'help' lists the commands, 'help align' explains one; Tab completes.""";
        System.out.print(fitted(hint, Terminals.liveWidth() - 1));
        System.out.flush();
        try {
            Files.createDirectories(marker.getParent());
            Files.createFile(marker); // never through a link: an existing one (even dangling) is left alone
        } catch (IOException ignored) {
            // the hint shows again next time; nothing else depends on the marker
        }
    }
}
