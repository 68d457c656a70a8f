package org.tmsh.shell;

import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;


import org.tmsh.TmshApplication;
import org.tmsh.jobs.FileGuard;
import org.tmsh.jobs.MergeJob;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TranslationMemory;
import org.tmsh.segment.SrxSegmenter;

/** {@code merge FILE.xlf}: the translated document in its original format; the translated pairs into a memory. */
public class MergeCommand extends TmshCommand {

    private final TmLibrary library;
    private final Supplier<SrxSegmenter> segmenter;

    public MergeCommand(TmLibrary library, Supplier<SrxSegmenter> segmenter) {
        super("merge", "Write the translated document from a pre-translated XLIFF, in the original's format", "Documents",
                "merge FILE.xlf --out FILE [--accept final|needs-review|any] [--tm NAME] [--client C] [--project P] [--domain D] [--json]",
                "merge statement.xlf --out statement.en.html --tm news",
                List.of(OptionSpec.output("out", true, null, "the translated document to write (in the original's format)"),
                        OptionSpec.optional("accept", OptionSpec.Kind.TEXT, "final", "targets to write: final (confirmed:"
                                + " translated, signed-off, final, reviewed, approved or without a state), needs-review"
                                + " (also unreviewed ones), any; the others keep their source"),
                        OptionSpec.optional("tm", OptionSpec.Kind.TM, null, "also add the translated pairs to this memory"),
                        MemoryOptions.client(), MemoryOptions.project(), MemoryOptions.domain(),
                        OptionSpec.flag("json", "print the summary as JSON")));
        this.library = library;
        this.segmenter = segmenter;
    }

    @Override
    protected List<java.nio.file.Path> inputArguments(Invocation inv) {
        return inv.argumentPaths();
    }

    /** The original document the XLIFF names is read too, and --out is written in its format. */
    @Override
    protected FileGuard files(Invocation inv) {
        FileGuard g = super.files(inv);
        g.reads(original(inv));
        return g;
    }

    @Override
    protected FileGuard.Format outputFormat(Invocation inv, String option) {
        java.nio.file.Path original = original(inv);
        return original == null ? FileGuard.Format.TEXT : FileGuard.Format.like(original);
    }

    /** The call whose original was last looked up, and that original: the XLIFF is read once for the guard. */
    private Invocation looked;
    private java.nio.file.Path lookedOriginal;

    /** The original the XLIFF names, or null when the XLIFF cannot say (the merge itself then reports why). */
    private synchronized java.nio.file.Path original(Invocation inv) {
        if (inv != looked) {
            looked = inv;
            try {
                lookedOriginal = MergeJob.original(inv.argumentPath());
            } catch (org.tmsh.common.TmshException | java.io.UncheckedIOException e) {
                lookedOriginal = null;
            }
        }
        return lookedOriginal;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the XLIFF file");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        MergeJob.Accept accept = MergeJob.Accept.parse(inv.get("accept"));
        String name = inv.get("tm") == null ? null : TmLibrary.checkName(inv.get("tm"));
        boolean isNew = name != null && !library.exists(name);
        java.util.function.Supplier<TranslationMemory> tm = name == null ? null : () -> library.openOrCreate(name);
        MergeJob.Result r = new MergeJob(segmenter.get()).runOpening(inv.argumentPath(), inv.path("out"), tm,
                TmshApplication.VERSION, accept, MemoryOptions.labels(inv));
        String noPairs = !r.noPairs() ? null : "TM '" + name + "': no translated pairs to add (no target in a state"
                + " this merge accepts); " + (isNew ? "the TM was not created" : "the TM is unchanged");
        r.cautions().forEach(out::notice);
        if (out.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("out", r.out().toString());
            m.put("segments", r.segments());
            m.put("translated", r.translated());
            m.put("keptSource", r.keptSource());
            m.put("accept", accept.option());
            m.put("states", r.states());
            m.put("inSource", r.inSource());
            if (r.added() != null) {
                m.put("tm", r.added().tm());
                m.put("added", r.added().added());
            }
            if (noPairs != null) {
                m.put("tm", name);
                m.put("added", 0);
                m.put("note", noPairs);
            }
            out.json(m);
            return;
        }
        out.line(String.format("%s: %d segments, %d translated, %d kept in the source language", r.out(), r.segments(),
                r.translated(), r.keptSource()));
        out.line("units by state: " + String.join(", ", r.states().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).toList()) + "; " + written(accept.option()));
        if (!r.inSource().isEmpty()) {
            keptInSource(r.inSource(), out);
        }
        if (r.added() != null) {
            out.line("TM '" + r.added().tm() + "': " + Output.count(r.added().added(), "pair") + " added"
                    + (r.added().duplicates() == 0 ? "" : " (" + Output.count(r.added().duplicates(), "duplicate")
                    + " skipped: the TM has them)"));
        }
        if (noPairs != null) {
            out.line(noPairs);
        }
    }

    /** Most segments kept in the source language listed one by one ({@code --json} lists them all). */
    static final int LISTED = 50;

    /**
     * The segments kept in the source language as a translator finds them in a CAT tool: the segment's number in
     * the document and the start of its text (the XLIFF unit's id beside them); left out with {@code --quiet}.
     */
    static void keptInSource(List<MergeJob.Kept> kept, Output out) {
        if (out.quiet()) {
            return;
        }
        out.line("kept in the source language:");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"segment", "source", "unit id"});
        // the start of each source on one line of the table (the others' columns and borders take about 30)
        int width = Math.max(30, Math.min(100, Terminals.width() - 32));
        for (MergeJob.Kept k : kept.subList(0, Math.min(LISTED, kept.size()))) {
            rows.add(new String[] {Integer.toString(k.number()), start(k.source(), width), k.id()});
        }
        out.details(rows);
        if (kept.size() > LISTED) {
            out.line("... and " + (kept.size() - LISTED) + " more (--json lists them all)");
        }
    }

    /** The first {@code max} characters of {@code text}, cut after a word and ended by an ellipsis when longer. */
    static String start(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /** Which targets this merge wrote, in words, and how to write more ({@code --accept}). */
    static String written(String accept) {
        return switch (accept) {
            case "final" -> "written: the confirmed targets (--accept needs-review also writes the unreviewed ones)";
            case "needs-review" -> "written: the confirmed and the unreviewed targets (--accept needs-review)";
            default -> "written: every target (--accept " + accept + ")";
        };
    }
}
