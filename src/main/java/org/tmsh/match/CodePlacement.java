package org.tmsh.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tmsh.common.Markers;

/**
 * Gives a target made from a memory match the inline codes of the new sentence, each where its
 * words went: a match with the sentence's codes keeps the target's codes by identity; a match without
 * codes or with other codes gets each of the sentence's paired codes around the target words that
 * translate the coded source words ({@link WordLinks}: glossary names, numbers and dates by value,
 * dictionary pairs, the same word in both texts), and each standalone code beside the target word
 * of its neighbour.
 *
 * <p>Where the words of a pair have no certain counterpart (fewer than half of them linked, or the
 * linked target words interleaved with the translations of words outside the pair, or a span that
 * would cross a pair already placed), the pair is placed by guess: around the linked words when
 * some are linked, else around the first or last target word, whichever end of the sentence the
 * coded words are nearer; never empty, never unbalanced. What was guessed is reported, so that a
 * job marks the target for review.
 *
 * <p>NOTE: a code spanning two sentences (an unpaired marker) is placed as a standalone one.
 */
public final class CodePlacement {

    /** The target with the sentence's markers, and descriptions of the codes placed by guess (empty when none). */
    public record Placed(String target, List<String> guessed) {
    }

    private final WordLinks links;

    public CodePlacement(WordLinks links) {
        this.links = links;
    }

    /**
     * The marked target for {@code query} (the new sentence, canonical markers) from a match of
     * source {@code source} and target {@code target} (memory texts, canonical markers).
     */
    public Placed place(String query, String source, String target, String srcLang, String tgtLang) {
        List<Markers.Marker> qm = Markers.of(query);
        Set<String> wanted = new HashSet<>();
        qm.forEach(m -> wanted.add(m.marker()));
        boolean sameCodes = contexts(query).equals(contexts(source));
        List<Markers.Marker> tm = Markers.of(target);
        Set<String> seen = new HashSet<>();
        CodedText t = CodedText.of(target, m -> sameCodes && wanted.contains(m.marker())
                && (m.partner() < 0 || wanted.contains(tm.get(m.partner()).marker())) && seen.add(m.marker()));
        List<CodedText.Mark> marks = new ArrayList<>(t.marks);
        Set<String> present = new HashSet<>();
        marks.forEach(m -> present.add(m.marker().marker()));
        if (present.containsAll(wanted) && present.size() == wanted.size()) {
            return new Placed(CodedText.join(t.plain, marks), List.of());
        }
        CodedText q = CodedText.of(query, m -> true);
        WordLinks.Links l = links.link(q.plain, srcLang, t.plain, tgtLang);
        List<String> guessed = new ArrayList<>();
        new Placer(q, t.plain, l, marks, present, guessed).run();
        return new Placed(CodedText.join(t.plain, marks), guessed);
    }

    /**
     * Each marker of a text with the words it stands by: the content tokens inside a pair, or the one
     * before a standalone code (numbers as "a number"). Two texts with the same contexts carry the
     * same codes on the same words, so a target's codes can be kept by their ids.
     */
    private static Map<String, List<String>> contexts(String text) {
        CodedText c = CodedText.of(text, m -> true);
        List<Token> tokens = Tokenizer.standard().tokens(c.plain);
        Map<String, List<String>> out = new HashMap<>();
        for (CodedText.Mark m : c.marks) {
            Markers.Marker mk = m.marker();
            if (mk.closing()) {
                continue;
            }
            int from = mk.partner() < 0 ? -1 : m.offset();
            int to = mk.partner() < 0 ? m.offset() : c.marks.get(mk.partner()).offset();
            List<String> keys = new ArrayList<>();
            for (Token t : tokens) {
                if (t.content() && (from < 0 ? t.end() <= to : t.start() >= from && t.end() <= to)) {
                    keys.add(t.key());
                }
            }
            out.put(mk.marker(), from < 0 && !keys.isEmpty() ? List.of(keys.get(keys.size() - 1)) : keys);
        }
        return out;
    }

    /** Places the codes of one sentence that the target lacks. */
    private static final class Placer {
        private final CodedText q;
        private final String target;
        private final WordLinks.Links links;
        private final List<CodedText.Mark> marks;
        private final Set<String> present;
        private final List<String> guessed;
        /** Target spans of pairs already placed (character offsets), to keep new ones nested. */
        private final List<int[]> spans = new ArrayList<>();

        Placer(CodedText q, String target, WordLinks.Links links, List<CodedText.Mark> marks, Set<String> present,
               List<String> guessed) {
            this.q = q;
            this.target = target;
            this.links = links;
            this.marks = marks;
            this.present = present;
            this.guessed = guessed;
            Map<Integer, Integer> opened = new HashMap<>();
            for (CodedText.Mark m : marks) {
                if (m.marker().partner() >= 0 && !m.marker().closing()) {
                    opened.put(m.marker().number(), m.offset());
                } else if (m.marker().closing() && opened.containsKey(m.marker().number())) {
                    spans.add(new int[] {opened.get(m.marker().number()), m.offset()});
                }
            }
        }

        void run() {
            List<CodedText.Mark[]> pairs = new ArrayList<>();
            List<CodedText.Mark> singles = new ArrayList<>();
            for (CodedText.Mark m : q.marks) {
                Markers.Marker mk = m.marker();
                if (present.contains(mk.marker())) {
                    continue;
                }
                if (mk.partner() < 0) {
                    singles.add(m);
                } else if (!mk.closing()) {
                    pairs.add(new CodedText.Mark[] {m, q.marks.get(mk.partner())});
                }
            }
            // outer pairs first, so inner ones nest in them
            pairs.sort(Comparator.comparingInt((CodedText.Mark[] p) -> -(p[1].offset() - p[0].offset()))
                    .thenComparingInt(p -> p[0].offset()));
            int rank = 1;
            for (CodedText.Mark[] p : pairs) {
                pair(p[0], p[1], rank++);
            }
            for (CodedText.Mark s : singles) {
                single(s);
            }
        }

        private void pair(CodedText.Mark open, CodedText.Mark close, int rank) {
            List<Integer> inside = new ArrayList<>();
            List<Integer> outside = new ArrayList<>();
            for (int i = 0; i < links.source().size(); i++) {
                Token tok = links.source().get(i);
                if (!tok.content()) {
                    continue;
                }
                (tok.start() >= open.offset() && tok.end() <= close.offset() ? inside : outside).add(i);
            }
            TreeSet<Integer> hit = new TreeSet<>();
            int linked = 0;
            for (int i : inside) {
                Set<Integer> to = links.of(i);
                linked += to.isEmpty() ? 0 : 1;
                hit.addAll(to);
            }
            int[] span = null;
            boolean certain = false;
            if (!hit.isEmpty()) {
                int from = hit.first();
                int to = hit.last();
                boolean clean = outside.stream().flatMap(i -> links.of(i).stream()).noneMatch(k -> k >= from && k <= to);
                span = new int[] {links.target().get(from).start(), links.target().get(to).end()};
                certain = clean && linked * 2 >= inside.size() && nests(span);
                if (!clean || !nests(span)) {
                    span = null;
                }
            }
            if (span == null) {
                span = guess(open.offset(), close.offset());
            }
            if (!certain) {
                guessed.add("⟨" + open.marker().number() + "⟩ around '" + q.plain.substring(open.offset(), close.offset())
                        .strip() + "' placed on '" + target.substring(span[0], span[1]) + "'");
            }
            spans.add(span);
            marks.add(new CodedText.Mark(span[0], open.marker(), rank));
            marks.add(new CodedText.Mark(span[1], close.marker(), rank));
        }

        /** Around the first or last target word, whichever end the coded words are nearer; the whole target if that would cross. */
        private int[] guess(int from, int to) {
            List<Token> words = links.target().stream().filter(Token::content).toList();
            if (words.isEmpty()) {
                return new int[] {0, target.length()};
            }
            boolean front = from + to < q.plain.length();
            Token w = front ? words.get(0) : words.get(words.size() - 1);
            int[] span = {w.start(), w.end()};
            if (nests(span)) {
                return span;
            }
            return new int[] {words.get(0).start(), words.get(words.size() - 1).end()};
        }

        private boolean nests(int[] span) {
            for (int[] s : spans) {
                boolean disjoint = span[1] <= s[0] || s[1] <= span[0];
                boolean inner = span[0] >= s[0] && span[1] <= s[1];
                boolean outer = s[0] >= span[0] && s[1] <= span[1];
                if (!disjoint && !inner && !outer) {
                    return false;
                }
            }
            return true;
        }

        private void single(CodedText.Mark m) {
            int at = -1;
            List<Token> src = links.source();
            for (int i = src.size() - 1; i >= 0; i--) {
                if (src.get(i).end() <= m.offset() && src.get(i).content()) {
                    Set<Integer> to = links.of(i);
                    at = to.isEmpty() ? -1 : links.target().get(new TreeSet<>(to).last()).end();
                    break;
                }
            }
            if (at < 0) {
                String rest = q.plain.substring(m.offset()).strip();
                boolean start = q.plain.substring(0, m.offset()).isBlank();
                at = start ? 0 : rest.isEmpty() ? target.stripTrailing().length() : endBeforePunctuation();
                if (!start && !rest.replaceAll("\\p{P}", "").isEmpty()) {
                    guessed.add("⟨" + m.marker().number() + "/⟩ placed at the end");
                }
            }
            marks.add(new CodedText.Mark(at, m.marker(), 0));
        }

        private int endBeforePunctuation() {
            List<Token> t = links.target();
            int at = target.stripTrailing().length();
            for (int i = t.size() - 1; i >= 0 && !t.get(i).content(); i--) {
                at = t.get(i).start();
            }
            return at;
        }
    }
}
