package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The checked options and arguments of one command call. */
public record Invocation(Map<String, String> options, List<String> arguments) {

    /** Between the values of a repeatable option in {@link #options} (a character no typed value holds). */
    static final String SEPARATOR = "\u0000";

    /** Every value of a repeatable option, in the order given; empty if not given. */
    public List<String> all(String name) {
        String v = options.get(name);
        return v == null ? List.of() : List.of(v.split(SEPARATOR, -1));
    }

    public String get(String name) {
        return options.get(name);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(options.getOrDefault(name, "false"));
    }

    public Path path(String name) {
        String v = options.get(name);
        return v == null || v.isEmpty() ? null : Path.of(expandHome(v));
    }

    /** An option's value with a leading {@code ~/} taken for the home folder; null if not given. */
    public String expanded(String name) {
        String v = options.get(name);
        return v == null ? null : expandHome(v);
    }

    public int integer(String name) {
        return Integer.parseInt(options.get(name));
    }

    /** The positional arguments joined by spaces (a text typed without quotes in the shell). */
    public String text() {
        return String.join(" ", arguments);
    }

    /** The single positional argument as a path. */
    public Path argumentPath() {
        return Path.of(expandHome(arguments.get(0)));
    }

    /** All positional arguments as paths. */
    public List<Path> argumentPaths() {
        return arguments.stream().map(a -> Path.of(expandHome(a))).toList();
    }

    static String expandHome(String v) {
        return v.startsWith("~/") ? System.getProperty("user.home") + v.substring(1) : v;
    }
}
