package org.tmsh.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The checked options and arguments of one command call. */
public record Invocation(Map<String, String> options, List<String> arguments) {

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

    static String expandHome(String v) {
        return v.startsWith("~/") ? System.getProperty("user.home") + v.substring(1) : v;
    }
}
