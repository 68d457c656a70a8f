package org.tmsh.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.tmsh.align.Alignment;
import org.tmsh.align.DocumentAligner;
import org.tmsh.align.Link;
import org.tmsh.align.LinkEdits;
import org.tmsh.common.AtomicFiles;
import org.tmsh.common.TmshException;

/**
 * The review of an alignment's weak links, weakest first: the shell asks the translator about each
 * {@link #next} link and {@link #apply applies} the answer; {@link #result} is the reviewed alignment.
 * A link merged away by an earlier edit is not offered again.
 */
public final class ReviewSession {

    /** What the translator can do with a link. */
    public enum Action {
        ACCEPT, MERGE, SPLIT, MOVE, REJECT;

        /** The answer that stands for this action. */
        public String code() {
            return switch (this) {
                case ACCEPT -> "a";
                case MERGE -> "m";
                case SPLIT -> "s";
                case MOVE -> "v";
                case REJECT -> "r";
            };
        }

        /** The action of a typed answer ("a", "m", "s", "v", "r"), or null for anything else. */
        public static Action of(String answer) {
            return switch (answer.strip().toLowerCase(Locale.ROOT)) {
                case "a" -> ACCEPT;
                case "m" -> MERGE;
                case "s" -> SPLIT;
                case "v" -> MOVE;
                case "r" -> REJECT;
                default -> null;
            };
        }
    }

    /** A link to review: its place in the queue, its texts and those of the next link (null at the end). */
    public record Item(int number, int of, Link link, String source, String target, String nextSource, String nextTarget) {
    }

    private final DocumentAligner.Result base;
    private final List<Link> todo;
    private List<Link> links;
    private int at;
    private int offered;
    private int edits;
    private int current = -1;
    private Path home;
    private Path store;
    private final List<String> answers = new ArrayList<>();
    private int replayed;

    public ReviewSession(DocumentAligner.Result base, double below) {
        this.base = base;
        this.links = new ArrayList<>(base.alignment().links());
        this.todo = links.stream().filter(l -> !l.isNull() && l.confidence() < below)
                .sorted(Comparator.comparingDouble(Link::confidence)).toList();
    }

    /**
     * Makes the review last: its answers are saved as they are given under {@code home}'s
     * {@code reviews/} (as {@code key}), and the answers saved by an earlier review of the same
     * alignment are applied again now, so that it goes on where it stopped.
     */
    public ReviewSession lasting(Path home, String key) {
        this.home = home;
        this.store = home.resolve("reviews").resolve(key + ".links");
        AtomicFiles.checkOwn(home, store);
        if (Files.isRegularFile(store)) {
            List<String> saved;
            try {
                saved = Files.readAllLines(store, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw TmshException.inFile(store, 0, "cannot read the saved review: " + AtomicFiles.message(e), e);
            }
            for (String a : saved) {
                Action action = Action.of(a);
                if (action == null || next() == null) {
                    break;
                }
                try {
                    apply(action);
                    replayed++;
                } catch (IllegalArgumentException e) {
                    break; // the alignment changed since: the rest is asked again
                }
            }
        }
        return this;
    }

    /** Answers applied again from an earlier review of the same alignment. */
    public int replayed() {
        return replayed;
    }

    /** Forgets the saved answers (the review is written out). */
    public void finish() {
        if (store == null) {
            return;
        }
        try {
            Files.deleteIfExists(store);
        } catch (IOException e) {
            throw TmshException.inFile(store, 0, "cannot remove the finished review: " + AtomicFiles.message(e), e);
        }
    }

    /** Links to review in all. */
    public int size() {
        return todo.size();
    }

    /** Edits made so far. */
    public int edits() {
        return edits;
    }

    /** The next link to review, or null when none is left. */
    public Item next() {
        while (at < todo.size()) {
            Link l = todo.get(at++);
            int k = links.indexOf(l);
            if (k < 0) {
                continue; // merged away or split by an earlier edit
            }
            current = k;
            offered++;
            Alignment view = view();
            Link next = k + 1 < links.size() ? links.get(k + 1) : null;
            return new Item(offered, todo.size(), l, view.sourceText(l), view.targetText(l),
                    next == null ? null : view.sourceText(next), next == null ? null : view.targetText(next));
        }
        current = -1;
        return null;
    }

    /**
     * Applies an action to the link last offered; returns the links that replace it (in their
     * place). Throws {@link IllegalArgumentException} saying why when the action does not apply.
     */
    public List<Link> apply(Action action) {
        if (current < 0) {
            throw new IllegalStateException("no link offered");
        }
        int before = links.size();
        links = switch (action) {
            case ACCEPT -> LinkEdits.accept(links, current);
            case MERGE -> LinkEdits.mergeWithNext(links, current);
            case SPLIT -> LinkEdits.split(links, current);
            case MOVE -> LinkEdits.moveLastTargetToNext(links, current);
            case REJECT -> LinkEdits.reject(links, current);
        };
        edits++;
        if (store != null) {
            answers.add(action.code());
            save();
        }
        int span = Math.max(1, links.size() - before + 1);
        List<Link> replaced = new ArrayList<>(links.subList(current, Math.min(links.size(), current + span)));
        if (action == Action.MOVE && current + 1 < links.size()) {
            replaced = new ArrayList<>(links.subList(current, current + 2));
        }
        current = -1;
        return replaced;
    }

    private void save() {
        try {
            Files.createDirectories(store.getParent());
        } catch (IOException e) {
            throw TmshException.inFile(store.getParent(), 0, "cannot create: " + AtomicFiles.message(e), e);
        }
        String text = String.join("\n", answers) + "\n";
        AtomicFiles.writeOwn(home, store, os -> os.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The alignment as reviewed so far. */
    public DocumentAligner.Result result() {
        return new DocumentAligner.Result(base.request(), base.source(), base.target(), view());
    }

    private Alignment view() {
        Alignment a = base.alignment();
        return a.withLinks(links);
    }
}
