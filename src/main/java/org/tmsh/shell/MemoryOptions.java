package org.tmsh.shell;

/**
 * The options every command that reads or writes a translation memory shares, declared once so that
 * help and completion say the same everywhere: {@code --filter}, {@code --penalty} (look-ups) and
 * {@code --client}, {@code --project}, {@code --domain} (the units a command adds).
 */
final class MemoryOptions {

    private MemoryOptions() {
    }

    static OptionSpec filter() {
        return OptionSpec.repeatable("filter", OptionSpec.Kind.TEXT,
                "only units that pass: client=ACME, client!=ACME, origin=aligned, creator=jdoe, project=X, domain=Y,"
                        + " changed>=2026-01-01, created<2025-06-01 (default: the TM's settings)");
    }

    static OptionSpec penalty() {
        return OptionSpec.repeatable("penalty", OptionSpec.Kind.TEXT,
                "lower a match's percentage: origin=aligned:5, client!=ACME:3, unconfirmed:2, older=2024-01-01:4"
                        + " (default: the TM's settings)");
    }

    static OptionSpec client() {
        return OptionSpec.optional("client", OptionSpec.Kind.TEXT, null, "client of the units added (x-client)");
    }

    static OptionSpec project() {
        return OptionSpec.optional("project", OptionSpec.Kind.TEXT, null, "project of the units added (x-project)");
    }

    static OptionSpec domain() {
        return OptionSpec.optional("domain", OptionSpec.Kind.TEXT, null, "domain of the units added (x-domain)");
    }

    /** The labels an invocation gives. */
    static org.tmsh.memory.UnitLabels labels(Invocation inv) {
        return new org.tmsh.memory.UnitLabels(inv.get("client"), inv.get("project"), inv.get("domain"));
    }
}
