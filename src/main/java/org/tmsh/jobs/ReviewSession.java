package org.tmsh.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.tmsh.align.Alignment;
import org.tmsh.align.DocumentAligner;
import org.tmsh.align.Link;
import org.tmsh.align.LinkEdits;

/**
 * The review of an alignment's weak links, weakest first: the shell asks the translator about each
 * {@link #next} link and {@link #apply applies} the answer; {@link #result} is the reviewed alignment.
 * A link merged away by an earlier edit is not offered again.
 */
public final class ReviewSession {

    /** What the translator can do with a link. */
    public enum Action {
        ACCEPT, MERGE, SPLIT, MOVE, REJECT;

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

    public ReviewSession(DocumentAligner.Result base, double below) {
        this.base = base;
        this.links = new ArrayList<>(base.alignment().links());
        this.todo = links.stream().filter(l -> !l.isNull() && l.confidence() < below)
                .sorted(Comparator.comparingDouble(Link::confidence)).toList();
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
        int span = Math.max(1, links.size() - before + 1);
        List<Link> replaced = new ArrayList<>(links.subList(current, Math.min(links.size(), current + span)));
        if (action == Action.MOVE && current + 1 < links.size()) {
            replaced = new ArrayList<>(links.subList(current, current + 2));
        }
        current = -1;
        return replaced;
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
