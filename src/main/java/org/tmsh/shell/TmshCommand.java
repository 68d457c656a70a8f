package org.tmsh.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

import org.tmsh.common.Languages;
import org.tmsh.common.TmshException;
import org.tmsh.jobs.FileGuard;
import org.tmsh.terms.GlossaryStore;

/**
 * Base of every tmsh command: declares its options, rejects unknown options and bad values,
 * and turns a {@link TmshException} into one line and a non-zero exit status.
 *
 * <p>A subclass only implements {@link #run}: it calls one service and prints its result
 * through {@link Output} (a table or text, or JSON with {@code --json}).
 */
public abstract class TmshCommand extends AbstractCommand {

    /** Exit status for a user error (bad input, bad option). */
    public static final int USER_ERROR = 2;
    /** Exit status for an unexpected failure. */
    public static final int INTERNAL_ERROR = 3;

    private final List<OptionSpec> specs;
    private final String usage;
    private final String example;

    /**
     * The option every command takes: no item-by-item listing ({@link Output#details}: links, findings, skipped
     * units) and no progress bar, only what sums the work up; errors are shown as ever.
     */
    static final OptionSpec QUIET = OptionSpec.flag("quiet",
            "only the summary: no list of links, findings or skipped units, no progress bar");

    protected TmshCommand(String name, String description, String group, String usage, String example,
                          List<OptionSpec> specs) {
        super(name, description, group, "", false);
        List<OptionSpec> all = new ArrayList<>(specs);
        if (specs.stream().noneMatch(s -> s.name().equals(QUIET.name()))) {
            all.add(QUIET);
        }
        specs = all;
        this.specs = List.copyOf(specs);
        this.usage = usage;
        this.example = example;
        setOptions(specs.stream().map(OptionSpec::toCommandOption).toList());
        setCompletionProvider(new TmshCompletion(this));
    }

    public List<OptionSpec> specs() {
        return specs;
    }

    /** The synopsis ({@code tm search TEXT [--tm NAME] ...}): help shows it, Tab reads the choices it lists. */
    String usage() {
        return usage;
    }

    /**
     * True for a command whose work goes over every unit of a TM (an export, a merge of its index, a search
     * for duplicates): a one-shot run of it can last minutes, so the launcher ({@code tmsh}) keeps the
     * optimising compiler for it, as for the shell and scripts, where any other one-shot run gets the client
     * compiler only. The launcher's list {@code whole_tm} must name exactly these commands
     * ({@code LauncherTest} fails otherwise; docs/shell.md, "The first steps").
     */
    public boolean overWholeMemory() {
        return false;
    }

    /**
     * What the command's positional arguments are, for Tab: by default a file when the usage names its first
     * argument FILE, FILES, DIR or FILE.ext ({@code tm import FILE.tmx}), else nothing Tab can offer; a command
     * whose argument is a TM or a spelling says so here.
     */
    protected OptionSpec.Kind argumentKind() {
        String rest = usage.startsWith(getName()) ? usage.substring(getName().length()) : usage;
        rest = rest.replaceAll("\\[--[^\\]]*\\]", " ").replaceAll("--\\S+( [A-Z]\\S*)?", " ");
        for (String word : rest.trim().split("\\s+")) {
            String w = word.replaceAll("^[\\[(]+", "");
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return w.matches("(FILE|DIR).*") ? OptionSpec.Kind.FILE : null;
            }
        }
        return null;
    }

    /** What Tab offers for a positional argument starting with {@code prefix}, {@code given} already typed. */
    protected List<org.springframework.shell.core.command.completion.CompletionProposal> completeArgument(
            List<String> given, String prefix, org.springframework.shell.core.command.completion.CompletionContext ctx) {
        return ((TmshCompletion) getCompletionProvider()).ofKind(argumentKind(), prefix, ctx);
    }

    @Override
    public String getHelp() {
        return help(Terminals.width());
    }

    /**
     * The command's help in lines of at most {@code width} columns, wrapped at word boundaries: what
     * it does, its synopsis (an option and its value never split), each option with its meaning
     * and default, and an example.
     */
    String help(int width) {
        StringBuilder sb = new StringBuilder();
        hanging(sb, "", getName() + ": " + getDescription(), width, 2);
        List<String> synopsis = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[[^\\]]*\\]|\\S+").matcher(usage);
        while (m.find()) {
            synopsis.add(m.group().replace(' ', '\u00a0'));
        }
        hanging(sb, "usage: ", String.join(" ", synopsis), width, 7 + getName().length() + 1);
        if (!specs.isEmpty()) {
            sb.append("options:\n");
        }
        for (OptionSpec s : specs) {
            String text = s.description() + (s.required() ? " (required)" : "") + (s.repeatable() ? " (repeatable)" : "")
                    + defaultNote(s);
            hanging(sb, String.format("  --%-14s ", s.name()), text, width, 19);
        }
        hanging(sb, "example: ", example, width, 9);
        return sb.toString().stripTrailing().replace('\u00a0', ' ');
    }

    /**
     * The default an option's help shows, once: none for a flag or where the description already tells it
     * ("(default: the weak links)"); a memory or glossary by what it is (the TM that tm import makes), since
     * "(default default)" reads like a slip.
     */
    static String defaultNote(OptionSpec s) {
        if (s.defaultValue() == null || s.kind() == OptionSpec.Kind.FLAG || s.description().contains("(default")) {
            return "";
        }
        return switch (s.kind()) {
            case TM -> " (default: '" + s.defaultValue() + "', the TM that tm import makes when given no --tm)";
            case GLOSSARY -> " (default: the glossary named '" + s.defaultValue() + "')";
            default -> " (default " + s.defaultValue() + ")";
        };
    }

    /** {@code text} after {@code first}, wrapped at spaces to {@code width}, later lines indented by {@code indent}. */
    static void hanging(StringBuilder sb, String first, String text, int width, int indent) {
        int room = Math.max(20, width - Math.max(first.length(), indent));
        List<String> lines = TextTable.wrap(text, room);
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 ? first : " ".repeat(indent))
                    .append(lines.get(i)).append('\n');
        }
    }

    @Override
    public ExitStatus doExecute(CommandContext ctx) {
        PrintWriter out = ctx.outputWriter();
        try {
            Invocation inv = check(ctx.parsedInput().options(), ctx.parsedInput().arguments());
            files(inv).check();
            defaultMemory(ctx.parsedInput().options());
            Output o = new Output(out, inv.flag("json"), inv.flag("quiet"));
            run(inv, o, ctx.inputReader());
            out.flush();
            return o.exitStatus() == 0 ? ExitStatus.OK : new ExitStatus(o.exitStatus(), o.exitMessage());
        } catch (TmshException e) {
            out.flush();
            return new ExitStatus(USER_ERROR, e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            // the file system refused a read or write (full disk, file size limit, read-only): the user's to fix
            out.flush();
            if (System.getenv("TMSH_DEBUG") != null) {
                e.printStackTrace();
            }
            return new ExitStatus(USER_ERROR, "cannot read or write a file: "
                    + org.tmsh.common.AtomicFiles.message(e.getCause()));
        } catch (RuntimeException e) {
            out.flush();
            if (System.getenv("TMSH_DEBUG") != null) {
                e.printStackTrace();
            }
            return new ExitStatus(INTERNAL_ERROR, "internal error: " + e + " (set TMSH_DEBUG=1 for the stack trace)");
        } catch (OutOfMemoryError | StackOverflowError e) {
            // the input is larger (or nests deeper) than this JVM holds: the user's to fix, in one line; every file
            // tmsh writes is written whole or not at all, and a TM changes only by its commit at the end
            out.flush();
            if (System.getenv("TMSH_DEBUG") != null) {
                e.printStackTrace();
            }
            return new ExitStatus(USER_ERROR, resources(getName(), e));
        }
    }

    /** The one line for a command that ran out of heap or stack: what, how much there was, and the knob. */
    static String resources(String command, VirtualMachineError e) {
        return e instanceof OutOfMemoryError
                ? command + ": ran out of memory (Java's heap of " + org.tmsh.common.HeapBudget.heapMb() + " MB) before it"
                        + " finished; nothing was written by halves (files are written whole or not at all); give Java"
                        + " more memory: TMSH_JAVA_OPTS=-Xmx4g (or java -Xmx4g -jar tmsh.jar)"
                : command + ": the input nests deeper than Java's stack holds (StackOverflowError); nothing was written"
                        + " by halves; give Java a larger stack: TMSH_JAVA_OPTS=-Xss16m (or java -Xss16m -jar tmsh.jar)";
    }

    /** Checks options against the declared ones and fills in defaults. */
    Invocation check(List<CommandOption> given, List<CommandArgument> args) {
        Map<String, OptionSpec> byName = specs.stream().collect(Collectors.toMap(OptionSpec::name, s -> s));
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (CommandOption o : given) {
            String name = o.longName() == null || o.longName().isEmpty() ? String.valueOf(o.shortName()) : o.longName();
            OptionSpec spec = byName.get(name);
            if (spec == null) {
                throw new TmshException(getName() + ": unknown option --" + name + " ("
                        + DidYouMean.hint(name, byName.keySet(), c -> "--" + c) + "options: "
                        + specs.stream().map(s -> "--" + s.name()).collect(Collectors.joining(" ")) + ")");
            }
            if (!seen.add(name) && !spec.repeatable()) {
                throw new TmshException(getName() + ": option --" + name + " given twice");
            }
            String v = o.value() == null ? "" : o.value();
            if (spec.kind() == OptionSpec.Kind.FLAG) {
                if (!v.isEmpty() && !v.equals("true") && !v.equals("false")) {
                    throw new TmshException(getName() + ": option --" + name + " takes no value (got '" + v + "')");
                }
                v = v.isEmpty() ? "true" : v;
            } else if (v.isEmpty()) {
                throw new TmshException(getName() + ": option --" + name + " needs a value");
            }
            if (spec.kind() == OptionSpec.Kind.LANGUAGE) {
                v = language(name, v);
            }
            if (spec.kind() == OptionSpec.Kind.TERM && v.isBlank()) {
                throw new TmshException(getName() + ": option --" + name + " is empty; give a spelling");
            }
            if (spec.kind() == OptionSpec.Kind.INTEGER) {
                int n;
                try {
                    n = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new TmshException(getName() + ": option --" + name + ": '" + v + "' is not a whole number");
                }
                // every count, percentage and size an option takes is 0 or more (a negative --max was ignored)
                if (n < 0) {
                    throw new TmshException(getName() + ": option --" + name + ": '" + v + "' is negative; give 0 or more");
                }
            }
            values.merge(name, v, (a, b) -> a + Invocation.SEPARATOR + b);
        }
        for (OptionSpec s : specs) {
            if (!values.containsKey(s.name())) {
                if (s.required()) {
                    throw new TmshException(getName() + ": missing required option --" + s.name()
                            + (s.kind() == OptionSpec.Kind.TM ? memories() : ""));
                }
                if (s.defaultValue() != null) {
                    values.put(s.name(), s.defaultValue());
                }
            }
        }
        List<String> positional = new ArrayList<>();
        for (CommandArgument a : args) {
            positional.add(a.value());
        }
        checkArguments(positional);
        return new Invocation(values, positional);
    }

    /**
     * A command that reads a memory, run without {@code --tm} when there is no TM {@code 'default'} (the one
     * {@code tm import} makes without {@code --tm}): asks for {@code --tm} and names the memories there, rather
     * than saying that no TM is named 'default', a name the translator never gave. After the checks of
     * options, arguments and files, so those errors come first as before.
     */
    private void defaultMemory(List<CommandOption> given) {
        if (getName().equals("tm import")) {
            return;
        }
        for (OptionSpec s : specs) {
            if (s.kind() == OptionSpec.Kind.TM && org.tmsh.memory.TmLibrary.DEFAULT.equals(s.defaultValue())
                    && given.stream().noneMatch(o -> s.name().equals(o.longName()))
                    && !org.tmsh.memory.TmLibrary.underHome().exists(s.defaultValue())) {
                throw new TmshException(getName() + ": give the memory with --" + s.name() + " NAME" + memories());
            }
        }
    }

    /** {@code " (TMs: lo, news)"}, or how to make one when there is none. */
    private static String memories() {
        List<String> names = org.tmsh.memory.TmLibrary.underHome().list();
        return names.isEmpty() ? " (there is no TM yet: 'tm import FILE.tmx --tm NAME' or 'align ... --tm NAME' makes one)"
                : " (TMs: " + String.join(", ", names) + ")";
    }

    /**
     * A language option's value as a BCP 47 tag, checked in the one place every command shares
     * ({@link Languages#check}): "!!", "zz-!!" or "xx-invalid-!!" are refused, never cut or stored.
     */
    private String language(String option, String value) {
        try {
            return Languages.check(value);
        } catch (TmshException e) {
            throw new TmshException(getName() + ": option --" + option + ": " + e.getMessage());
        }
    }

    /** Requires exactly {@code n} positional arguments, described as {@code what}. */
    protected void requireArguments(List<String> arguments, int n, String what) {
        if (arguments.size() < n) {
            throw new TmshException(getName() + ": missing " + what + " (usage: " + usage + ")");
        }
        if (arguments.size() > n) {
            throw new TmshException(getName() + ": unexpected argument '" + arguments.get(n) + "' (usage: " + usage + ")");
        }
    }

    /** Requires at least one positional argument (a text typed without quotes), described as {@code what}. */
    protected void requireText(List<String> arguments, String what) {
        if (arguments.isEmpty()) {
            throw new TmshException(getName() + ": missing " + what + " (usage: " + usage + ")");
        }
        if (String.join(" ", arguments).isBlank()) {
            throw new TmshException(getName() + ": " + what + ": empty or only spaces (usage: " + usage + ")");
        }
    }

    /** A line the translator types in answer to {@code prompt}; null at the end of input. */
    protected String readAnswer(org.springframework.shell.core.InputReader in, String prompt) {
        try {
            return in.readInput(prompt);
        } catch (org.jline.reader.UserInterruptException e) {
            throw new TmshException(getName() + ": cancelled (Ctrl-C)");
        } catch (Exception e) {
            throw new TmshException(getName() + ": cannot read the answer: " + e.getMessage(), e);
        }
    }

    /**
     * A line the translator makes from {@code initial} in answer to {@code prompt}: at the shell's prompt the
     * line editor starts with {@code initial} on it; read from standard input, a whole new line. Null at the
     * end of input.
     */
    protected String readAnswer(org.springframework.shell.core.InputReader in, String prompt, String initial) {
        if (!(in instanceof LineAnswers editor) || initial == null) {
            return readAnswer(in, prompt);
        }
        try {
            return editor.readInput(prompt, initial);
        } catch (org.jline.reader.UserInterruptException e) {
            throw new TmshException(getName() + ": cancelled (Ctrl-C)");
        }
    }

    /** A choice typed in answer to {@code prompt}, lower case; "q" (quit) at the end of input. */
    protected String choice(org.springframework.shell.core.InputReader in, String prompt) {
        String s = readAnswer(in, prompt);
        return s == null ? "q" : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * This call's files, declared to the one {@link FileGuard} that checks them all before the command
     * runs: the files it reads ({@link #inputs}) and those it writes, each with its format: the
     * {@link OptionSpec.Kind#OUTPUT} options and {@link #outputArguments}. A command that writes more
     * (a file beside its output) or reads more (a file its input names) adds them here.
     */
    protected FileGuard files(Invocation inv) {
        FileGuard g = new FileGuard(getName());
        inputs(inv).forEach(g::reads);
        for (OptionSpec s : specs) {
            if (s.kind() == OptionSpec.Kind.OUTPUT && inv.path(s.name()) != null) {
                g.writes(inv.path(s.name()), s.format() != null ? s.format() : outputFormat(inv, s.name()), "--" + s.name());
            }
        }
        for (Path p : outputArguments(inv)) {
            g.writes(p, outputFormat(inv, null), "the file it exports");
        }
        return g;
    }

    /** The files this call writes (as declared by {@link #files}). */
    List<Path> outputs(Invocation inv) {
        return files(inv).outputs();
    }

    /**
     * The format written into output option {@code option} (null: the positional output argument) when
     * its {@link OptionSpec} does not fix one; a command whose output format depends on the call says it here.
     */
    protected FileGuard.Format outputFormat(Invocation inv, String option) {
        return null;
    }

    /**
     * The files this call reads: its {@link OptionSpec.Kind#FILE} options, the glossary file of a
     * {@link OptionSpec.Kind#GLOSSARY} option, and {@link #inputArguments}. No output may be one of them.
     */
    List<Path> inputs(Invocation inv) {
        List<Path> in = new ArrayList<>();
        for (OptionSpec s : specs) {
            String v = inv.get(s.name());
            if (v == null || v.isEmpty()) {
                continue;
            }
            if (s.kind() == OptionSpec.Kind.FILE) {
                in.add(inv.path(s.name()));
            } else if (s.kind() == OptionSpec.Kind.GLOSSARY) {
                try {
                    in.add(org.tmsh.jobs.Glossaries.isFile(v) ? inv.path(s.name()) : GlossaryStore.underHome().file(v));
                } catch (TmshException notAName) {
                    // the command itself reports the bad name
                }
            }
        }
        in.addAll(inputArguments(inv));
        return in;
    }

    /** Positional arguments naming files this command writes ({@code tm export FILE}); none by default. */
    protected List<Path> outputArguments(Invocation inv) {
        return List.of();
    }

    /** Positional arguments naming files this command reads (documents, a file to import); none by default. */
    protected List<Path> inputArguments(Invocation inv) {
        return List.of();
    }

    /** Rejects positional arguments; commands that take some override this. */
    protected void checkArguments(List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new TmshException(getName() + ": unexpected argument '" + arguments.get(0) + "'");
        }
    }

    protected abstract void run(Invocation inv, Output out);

    /** For commands that ask the translator questions ({@code term discover --review}); the others ignore the reader. */
    protected void run(Invocation inv, Output out, org.springframework.shell.core.InputReader in) {
        run(inv, out);
    }
}
