package org.tmsh.qa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.tmsh.common.RuleFiles;
import org.tmsh.common.TmshException;
import org.tmsh.qa.check.RegexCheck;

/**
 * A QA profile: which checks run, at which severity, with which options, and the team's own
 * regular-expression checks, each with examples. A data file of tab-separated rows:
 * <pre>
 * check    ID    on|off    error|warning|info|default
 * severity KIND  error|warning|info          (one kind of finding, e.g. missing-term)
 * option   NAME  VALUE                       (length.spread 4)
 * regex    ID    SEVERITY  target|source|kept  PATTERN  MESSAGE
 * example  ID    finding|clean  SRC-LANG  TGT-LANG  SOURCE  TARGET  [STATUS: unconfirmed, rejected, locked]
 * </pre>
 * A user's profile starts from the default one ({@code tmsh/qa/default.profile}) and changes what it
 * names. Its examples are run when it is read: a profile whose own examples fail is refused.
 */
public final class Profile {

    /** One example of a check: whether the pair must give a finding of that check or none. */
    public record Example(String check, boolean finding, String srcLang, String tgtLang, String source, String target,
                          String where, QaSegment.Status status) {

        public Example(String check, boolean finding, String srcLang, String tgtLang, String source, String target,
                       String where) {
            this(check, finding, srcLang, tgtLang, source, target, where, QaSegment.Status.CONFIRMED);
        }
    }

    /** A check's switch and severity (null: the check's own). */
    public record Switch(boolean on, Finding.Severity severity) {
    }

    private static final String DEFAULT = "/tmsh/qa/default.profile";

    private final Map<String, Switch> checks = new LinkedHashMap<>();
    private final Map<String, Finding.Severity> kinds = new LinkedHashMap<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<RegexCheck> regexes = new ArrayList<>();
    private final List<Example> examples = new ArrayList<>();
    /** Kinds of the terms check's findings left out ({@code --skip}), and the only ones kept ({@code --only}; null: all). */
    private final java.util.Set<String> skippedKinds = new java.util.HashSet<>();
    private java.util.Set<String> onlyKinds;

    private Profile() {
    }

    /** The default profile of the tmsh jar. */
    public static Profile standard() {
        Profile p = new Profile();
        java.io.InputStream in = Profile.class.getResourceAsStream(DEFAULT);
        if (in == null) {
            throw new TmshException(DEFAULT + ": data file missing from the tmsh jar");
        }
        try (in) {
            p.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), DEFAULT);
        } catch (IOException e) {
            throw new TmshException(DEFAULT + ": cannot read: " + e.getMessage(), e);
        }
        return p;
    }

    /** The default profile changed by the rows of {@code file}; its examples are checked. */
    public static Profile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TmshException(file + ": no such profile file");
        }
        Profile p = standard();
        int before = p.examples.size();
        try {
            p.parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new TmshException(file + ": cannot read the profile: " + e.getMessage(), e);
        }
        List<String> failed = ExampleRunner.failures(p, p.examples.subList(before, p.examples.size()));
        if (!failed.isEmpty()) {
            throw new TmshException(failed.get(0) + (failed.size() > 1 ? " (and " + (failed.size() - 1) + " more)" : ""));
        }
        return p;
    }

    private void parse(String text, String name) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String where = name + ": line " + (i + 1);
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "check" -> {
                    columns(c, 4, where);
                    if (!c[2].equals("on") && !c[2].equals("off")) {
                        throw new TmshException(where + ": '" + c[2] + "' is neither on nor off");
                    }
                    checks.put(c[1], new Switch(c[2].equals("on"), c[3].equals("default") ? null : severity(c[3], where)));
                }
                case "severity" -> {
                    columns(c, 3, where);
                    kinds.put(c[1], severity(c[2], where));
                }
                case "option" -> {
                    columns(c, 3, where);
                    options.put(c[1], c[2]);
                }
                case "regex" -> {
                    columns(c, 6, where);
                    RegexCheck.Side side;
                    try {
                        side = RegexCheck.Side.valueOf(c[3].toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new TmshException(where + ": side '" + c[3] + "' is not target, source or kept");
                    }
                    Pattern p;
                    try {
                        p = Pattern.compile(c[4], Pattern.UNICODE_CHARACTER_CLASS);
                    } catch (PatternSyntaxException e) {
                        throw new TmshException(where + ": bad regular expression '" + c[4] + "': " + e.getDescription());
                    }
                    regexes.removeIf(r -> r.id().equals(c[1]));
                    regexes.add(new RegexCheck(c[1], severity(c[2], where), p, side, c[5]));
                    checks.putIfAbsent(c[1], new Switch(true, null));
                }
                case "example" -> {
                    if (c.length != 8) {
                        columns(c, 7, where);
                    }
                    if (!c[2].equals("finding") && !c[2].equals("clean")) {
                        throw new TmshException(where + ": '" + c[2] + "' is neither finding nor clean");
                    }
                    QaSegment.Status status = QaSegment.Status.CONFIRMED;
                    if (c.length > 7) {
                        try {
                            status = QaSegment.Status.valueOf(c[7].strip().toUpperCase(java.util.Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            throw new TmshException(where + ": '" + c[7] + "' is no segment status (confirmed, unconfirmed, rejected, locked)");
                        }
                    }
                    examples.add(new Example(c[1], c[2].equals("finding"), c[3], c[4], unescape(c[5]), unescape(c[6]), where, status));
                }
                default -> throw new TmshException(where + ": unknown row '" + c[0] + "' (check, severity, option, regex, example)");
            }
        }
    }

    /** {@code \t}, {@code \n} and {@code \\} in example texts, so that white space can be shown. */
    private static String unescape(String s) {
        return s.indexOf('\\') < 0 ? s : s.replace("\\t", "\t").replace("\\n", "\n").replace("\\s", " ").replace("\\\\", "\\");
    }

    private static void columns(String[] c, int n, String where) {
        if (c.length != n) {
            throw new TmshException(where + ": '" + c[0] + "' takes " + (n - 1) + " tab-separated values, found " + (c.length - 1));
        }
    }

    private static Finding.Severity severity(String s, String where) {
        try {
            return Finding.Severity.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TmshException(where + ": severity '" + s + "' is not error, warning or info");
        }
    }

    /**
     * Keeps only the named checks on ({@code --only}); a name may also be a kind of the terminology check's
     * findings ({@link TermChecker#KINDS}, as qa's table shows them: the {@code terms} check then runs and
     * reports only the kinds named, unless {@code terms} is named too); an unknown name is an error.
     */
    public void only(List<String> ids) {
        java.util.Set<String> on = new java.util.HashSet<>();
        java.util.Set<String> termKinds = new java.util.HashSet<>();
        for (String id : ids) {
            if (known(id, "--only")) {
                on.add(id);
            } else {
                termKinds.add(id);
            }
        }
        if (!termKinds.isEmpty() && !on.contains("terms")) {
            on.add("terms");
            onlyKinds = termKinds;
        }
        checks.replaceAll((k, v) -> new Switch(on.contains(k), v.severity()));
    }

    /** Turns the named checks off ({@code --skip}), or the named kinds of the terminology check's findings; an unknown name is an error. */
    public void skip(List<String> ids) {
        for (String id : ids) {
            if (known(id, "--skip")) {
                checks.put(id, new Switch(false, checks.get(id).severity()));
            } else {
                skippedKinds.add(id);
            }
        }
    }

    /** Whether a finding of {@code kind} reported by the check {@code check} is kept (not left out by --skip/--only of kinds). */
    public boolean keeps(String check, String kind) {
        return !skippedKinds.contains(kind) && (onlyKinds == null || !check.equals("terms") || onlyKinds.contains(kind));
    }

    /** True for a check's id, false for a kind of the terminology check's findings; else an error naming both lists. */
    private boolean known(String id, String option) {
        if (checks.containsKey(id)) {
            return true;
        }
        if (TermChecker.KINDS.contains(id)) {
            return false;
        }
        throw new TmshException("qa " + option + ": unknown check '" + id + "' (checks: " + String.join(", ", checks.keySet())
                + "; kinds of the terms check's findings: " + String.join(", ", TermChecker.KINDS) + ")");
    }

    public boolean on(String check) {
        Switch s = checks.get(check);
        return s != null && s.on();
    }

    /** The severity a finding gets: its kind's, else its check's, else its own. */
    public Finding.Severity severity(String check, Finding f) {
        Finding.Severity k = kinds.get(f.kind());
        if (k != null) {
            return k;
        }
        Switch s = checks.get(check);
        return s == null || s.severity() == null ? f.severity() : s.severity();
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public double number(String name, double fallback) {
        String v = options.get(name);
        try {
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new TmshException("profile option " + name + ": '" + v + "' is not a number");
        }
    }

    /** The check ids in the profile's order. */
    public List<String> checkIds() {
        return List.copyOf(checks.keySet());
    }

    public List<RegexCheck> regexes() {
        return Collections.unmodifiableList(regexes);
    }

    public List<Example> examples() {
        return Collections.unmodifiableList(examples);
    }
}
