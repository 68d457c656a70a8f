package org.tmsh.shell;

import java.util.List;
import java.util.Locale;

import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

import org.tmsh.memory.TmLibrary;
import org.tmsh.terms.GlossaryStore;

/** Completes option values by kind: file paths, language codes, TM and glossary names, glossary spellings. */
final class TmshCompletion implements CompletionProvider {

    private static final List<String> LANGUAGES = List.of("de", "en", "fr", "ru", "uk", "ko", "ar", "es", "it",
            "is", "en-GB", "en-US", "de-CH", "de-AT");

    private final List<OptionSpec> specs;
    private final FileNameCompletionProvider files = new FileNameCompletionProvider();

    TmshCompletion(List<OptionSpec> specs) {
        this.specs = specs;
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
                .map(f -> new CompletionProposal(f.contains(" ") ? "\"" + f + "\"" : f)).toList();
    }

    @Override
    public List<CompletionProposal> apply(CompletionContext ctx) {
        CommandOption option = ctx.getCommandOption();
        if (option == null) {
            return List.of();
        }
        OptionSpec spec = specs.stream().filter(s -> s.name().equals(option.longName())).findFirst().orElse(null);
        if (spec == null) {
            return List.of();
        }
        String prefix = ctx.currentWordUpToCursor() == null ? "" : ctx.currentWordUpToCursor();
        return switch (spec.kind()) {
            case FILE, OUTPUT -> files.apply(ctx);
            case LANGUAGE -> LANGUAGES.stream()
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)))
                    .map(CompletionProposal::new).toList();
            case TM -> TmLibrary.underHome().list().stream().filter(n -> n.startsWith(prefix))
                    .map(CompletionProposal::new).toList();
            case GLOSSARY -> GlossaryStore.underHome().list().stream().filter(n -> n.startsWith(prefix))
                    .map(CompletionProposal::new).toList();
            case TERM -> termForms(prefix);
            default -> List.of();
        };
    }
}
