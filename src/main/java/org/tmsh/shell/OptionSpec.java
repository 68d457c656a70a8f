package org.tmsh.shell;

import org.springframework.shell.core.command.CommandOption;

/**
 * One option of a tmsh command: its long name, what it takes, whether it is required, its default,
 * and what Tab completes for its value.
 */
public record OptionSpec(String name, Kind kind, boolean required, String defaultValue, String description) {

    /**
     * What an option takes; decides parsing, validation and completion. {@code FILE} is a file the command
     * reads, {@code OUTPUT} one it writes (checked by {@link org.tmsh.common.AtomicFiles#checkOutputs} first).
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

    CommandOption toCommandOption() {
        return CommandOption.with().longName(name).description(description).required(required)
                .defaultValue(defaultValue == null ? "" : defaultValue)
                .type(kind == Kind.FLAG ? boolean.class : String.class).build();
    }
}
