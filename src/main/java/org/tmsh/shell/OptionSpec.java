package org.tmsh.shell;

import org.springframework.shell.core.command.CommandOption;

import org.tmsh.jobs.FileGuard;

/**
 * One option of a tmsh command: its long name, what it takes, whether it is required, its default,
 * and what Tab completes for its value.
 */
public record OptionSpec(String name, Kind kind, boolean required, String defaultValue, String description,
                         FileGuard.Format format, boolean repeatable) {

    /** An option given at most once. */
    public OptionSpec(String name, Kind kind, boolean required, String defaultValue, String description,
                      FileGuard.Format format) {
        this(name, kind, required, defaultValue, description, format, false);
    }

    /** An option that is no output (its format is null). */
    public OptionSpec(String name, Kind kind, boolean required, String defaultValue, String description) {
        this(name, kind, required, defaultValue, description, null);
    }

    /**
     * What an option takes; decides parsing, validation and completion. {@code FILE} is a file the command
     * reads, {@code OUTPUT} one it writes (declared to {@link FileGuard}, which checks it before the command runs).
     */
    public enum Kind { FLAG, TEXT, FILE, OUTPUT, LANGUAGE, INTEGER, NUMBER, TM, GLOSSARY, TERM }

    public static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, Kind.FLAG, false, "false", description);
    }

    public static OptionSpec required(String name, Kind kind, String description) {
        return new OptionSpec(name, kind, true, null, description);
    }

    public static OptionSpec optional(String name, Kind kind, String defaultValue, String description) {
        return new OptionSpec(name, kind, false, defaultValue, description);
    }

    /**
     * An optional option that may be given several times ({@code --filter a --filter b}); the command reads
     * every value with {@link Invocation#all}.
     */
    public static OptionSpec repeatable(String name, Kind kind, String description) {
        return new OptionSpec(name, kind, false, null, description, null, true);
    }

    /**
     * An option naming a file the command writes in {@code format}; null when the format depends on
     * the call (the command then says it in {@link TmshCommand#outputFormat}).
     */
    public static OptionSpec output(String name, boolean required, FileGuard.Format format, String description) {
        return new OptionSpec(name, Kind.OUTPUT, required, null, description, format);
    }

    CommandOption toCommandOption() {
        return CommandOption.with().longName(name).description(description).required(required)
                .defaultValue(defaultValue == null ? "" : defaultValue)
                .type(kind == Kind.FLAG ? boolean.class : String.class).build();
    }
}
