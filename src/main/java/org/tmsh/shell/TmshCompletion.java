package org.tmsh.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

import org.tmsh.memory.TmLibrary;
import org.tmsh.terms.GlossaryStore;

/**
 * What Tab offers on a command's line, read from the command's own description (its {@link OptionSpec}s,
 * its usage line and the kind of its arguments) and nothing else, so a new option is completed as soon as
 * it is declared: after {@code --} or on an empty word, the options not yet given (anywhere on the line,
 * after positional arguments too: {@code tm search Lawrow --<Tab>}); after an option that takes a value,
 * values of its kind (files, languages, TM and glossary names, glossary spellings, or the choices its usage
 * lists, {@code --format tmx|xliff}); elsewhere, the command's arguments by their kind.
 */
final class TmshCompletion implements CompletionProvider {

    private static final List<String> LANGUAGES = List.of("de", "en", "fr", "ru", "uk", "ko", "ar", "es", "it",
            "is", "en-GB", "en-US", "de-CH", "de-AT");
    /** {@code --name a|b|c} in a usage line: the choices of an option (lower-case words, at least two). */
    private static final Pattern CHOICES = Pattern.compile("--([a-z][a-z0-9-]*) ((?:[a-z0-9.-]+\\|)+[a-z0-9.-]+)(?=[\\s\\]]|$)");

    private final TmshCommand command;
    private final FileNameCompletionProvider files = new FileNameCompletionProvider();

    TmshCompletion(TmshCommand command) {
        this.command = command;
    }

    /** Called by Spring Shell's completer and by {@link TmshCompleter}: the whole line decides, not the option it found. */
    @Override
    public List<CompletionProposal> apply(CompletionContext ctx) {
        return complete(ctx.getWords(), ctx.getWordIndex(), ctx.getPosition());
    }

    /**
     * The proposals for word {@code index} of {@code words} (the command's name words first), the cursor at
     * {@code cursor} in that word.
     */
    List<CompletionProposal> complete(List<String> words, int index, int cursor) {
        String current = index < words.size() ? words.get(index) : "";
        String prefix = current.substring(0, Math.max(0, Math.min(cursor, current.length())));
        int nameWords = Math.min(index, command.getName().split(" ").length);
        List<String> before = words.subList(Math.min(nameWords, words.size()), Math.min(index, words.size()));
        CompletionContext ctx = new CompletionContext(words, index, prefix.length(), command, null);
        if (!before.isEmpty()) {
            String previous = before.get(before.size() - 1);
            OptionSpec spec = previous.startsWith("--") ? spec(previous.substring(2)) : null;
            if (spec != null && spec.kind() != OptionSpec.Kind.FLAG) {
                return values(spec, prefix, ctx);
            }
        }
        int eq = prefix.indexOf('=');
        if (prefix.startsWith("--") && eq > 0) {
            OptionSpec spec = spec(prefix.substring(2, eq));
            if (spec == null || spec.kind() == OptionSpec.Kind.FLAG) {
                return List.of();
            }
            String head = prefix.substring(0, eq + 1);
            String value = prefix.substring(eq + 1);
            CompletionContext valueOnly = new CompletionContext(List.of(value), 0, value.length(), command, null);
            return values(spec, value, valueOnly).stream()
                    .map(p -> new CompletionProposal(head + p.value()).complete(p.complete())).toList();
        }
        List<CompletionProposal> out = new ArrayList<>();
        if (!prefix.startsWith("-")) {
            out.addAll(command.completeArgument(arguments(before), prefix, ctx));
        }
        if (prefix.isEmpty() || prefix.startsWith("-")) {
            out.addAll(options(before, prefix));
        }
        return out;
    }

    /** The options not yet on the line whose {@code --name} starts with {@code prefix}, each with its description. */
    private List<CompletionProposal> options(List<String> before, String prefix) {
        Set<String> given = new HashSet<>();
        for (String w : before) {
            if (w.startsWith("--")) {
                int eq = w.indexOf('=');
                given.add(eq < 0 ? w.substring(2) : w.substring(2, eq));
            }
        }
        List<CompletionProposal> out = new ArrayList<>();
        for (OptionSpec s : command.specs()) {
            String name = "--" + s.name();
            if (!given.contains(s.name()) && name.startsWith(prefix)) {
                out.add(new CompletionProposal(name).description(s.description()).complete(true));
            }
        }
        return out;
    }

    /** The positional arguments among {@code before}: the words that are neither an option nor an option's value. */
    private List<String> arguments(List<String> before) {
        List<String> args = new ArrayList<>();
        for (int k = 0; k < before.size(); k++) {
            String w = before.get(k);
            if (w.startsWith("--")) {
                OptionSpec s = w.contains("=") ? null : spec(w.substring(2));
                if (s != null && s.kind() != OptionSpec.Kind.FLAG) {
                    k++;
                }
            } else {
                args.add(w);
            }
        }
        return args;
    }

    private OptionSpec spec(String name) {
        return command.specs().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** Values of {@code spec}'s kind starting with {@code prefix}; the choices its usage lists, if it lists some. */
    List<CompletionProposal> values(OptionSpec spec, String prefix, CompletionContext ctx) {
        List<String> choices = choices(command.usage(), spec.name());
        if (!choices.isEmpty() && spec.kind() != OptionSpec.Kind.FILE && spec.kind() != OptionSpec.Kind.OUTPUT) {
            return startingWith(choices, prefix);
        }
        return ofKind(spec.kind(), prefix, ctx);
    }

    /** Values of {@code kind} that start with {@code prefix}: what an option or an argument of that kind takes. */
    List<CompletionProposal> ofKind(OptionSpec.Kind kind, String prefix, CompletionContext ctx) {
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case FILE, OUTPUT -> files.apply(ctx);
            case LANGUAGE -> startingWith(LANGUAGES, prefix);
            case TM -> startingWith(quietly(() -> TmLibrary.underHome().list()), prefix);
            case GLOSSARY -> prefix.contains("/") || prefix.startsWith(".") ? files.apply(ctx)
                    : startingWith(quietly(() -> GlossaryStore.underHome().list()), prefix);
            case TERM -> termForms(prefix);
            default -> List.of();
        };
    }

    /** The names a store lists, or none when it cannot list them: Tab never fails (the command will say why). */
    private static List<String> quietly(java.util.function.Supplier<List<String>> names) {
        try {
            return names.get();
        } catch (org.tmsh.common.TmshException e) {
            return List.of();
        }
    }

    /** The choices that a usage line lists for {@code --option} ({@code --format tmx|xliff}), or none. */
    static List<String> choices(String usage, String option) {
        Matcher m = CHOICES.matcher(usage);
        while (m.find()) {
            if (m.group(1).equals(option)) {
                return List.of(m.group(2).split("\\|"));
            }
        }
        return List.of();
    }

    private static List<CompletionProposal> startingWith(List<String> values, String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return values.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(p))
                .map(v -> new CompletionProposal(v).complete(true)).toList();
    }

    /** Spellings in the translator's glossaries that start with the prefix (quoted when they have spaces). */
    private static List<CompletionProposal> termForms(String prefix) {
        String p = prefix.startsWith("\"") ? prefix.substring(1) : prefix;
        List<org.tmsh.terms.Concept> concepts;
        try {
            // the healthy glossaries only: Tab must not fail on a damaged one
            concepts = new org.tmsh.jobs.Glossaries(GlossaryStore.underHome()).readReadable(null).glossary().concepts();
        } catch (org.tmsh.common.TmshException e) {
            return List.of();
        }
        return concepts.stream()
                .flatMap(c -> c.terms().stream()).map(t -> t.form()).distinct()
                .filter(f -> f.toLowerCase(Locale.ROOT).startsWith(p.toLowerCase(Locale.ROOT))).limit(50)
                .map(f -> new CompletionProposal(f.contains(" ") ? "\"" + f + "\"" : f).complete(true)).toList();
    }
}
