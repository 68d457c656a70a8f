package org.tmsh.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.common.AtomicFiles;
import org.tmsh.common.FileKeys;
import org.tmsh.common.TmshException;
import org.tmsh.formats.tmx.TmxReader;
import org.tmsh.formats.tmx.TmxUnit;
import org.tmsh.segment.SrxSegmenter;

/**
 * The review of an aligned TMX's weak units, weakest first, that lasts: every decision is saved at
 * once in tmsh's own store ({@code $TMSH_HOME/reviews/}), so a review stopped by Ctrl-C, a closed
 * shell or a crash goes on where it stopped when the same file is reviewed again.
 *
 * <p>A unit is weak when it is marked {@code x-needs-review} or its {@code x-confidence} is below the
 * threshold (a unit without a confidence is offered too). Accepting one clears its mark and rates it
 * {@code 1.00}; rejecting one leaves it out; {@link #result} gives every unit that is not rejected,
 * and {@link #trusted} those that a memory may take: the confident ones and the accepted ones.
 *
 * <p>A unit can also be merged with the unit after or before it in the file (two units that are one
 * sentence pair, or a sentence pair split wrongly), and split into two at a sentence boundary of each
 * side (two pairs in one unit; a piece whose one side is empty, an untranslated sentence, is left out).
 * The document order of the TMX is the documents' order, since {@code align} writes it so. Edits,
 * merges and splits are refused for units with inline codes: those belong in the CAT tool.
 */
public final class TmxReview {

    /** A decision on a unit. */
    public enum Decision { ACCEPT, REJECT, EDIT }

    /** The sentences of a unit's two sides, as {@link #split} counts them. */
    public record Sentences(List<String> source, List<String> target) {
    }

    /** A unit to review: its place in the queue, the unit, its confidence (NaN when it has none) and texts. */
    public record Item(int number, int of, TmxUnit unit, double confidence, String source, String target) {
    }

    private static final Pattern CONFIDENCE = Pattern.compile("<prop type=\"x-confidence\">([0-9.]+)</prop>");
    private static final Pattern NEEDS_REVIEW = Pattern.compile("\\s*<prop type=\"x-needs-review\">yes</prop>");
    private static final Pattern TARGET_SEG = Pattern.compile("(<tuv[^>]*>\\s*<seg>)(.*?)(</seg>)", Pattern.DOTALL);

    private final Path tmx;
    private final Path home;
    private final Path store;
    private final String srcLang;
    private final String tgtLang;
    private final List<TmxUnit> units = new ArrayList<>();
    private final List<Integer> queue;
    private final java.util.Set<Integer> weakSet;
    /**
     * Decisions by unit key, in the order made: "a", "r", "e" + the edited text, "s" + the split
     * points ("2,1": after the second source and the first target sentence), "x" (joined onto the unit
     * before it in the file; "xe" + text when its target was edited first).
     */
    private final Map<String, String> decisions = new LinkedHashMap<>();
    /** The steps of this review, last on top: each the keys it changed with their values before (null: none). */
    private final Deque<List<String[]>> order = new ArrayDeque<>();
    private final SrxSegmenter segmenter;

    /** Reads {@code tmx} and the decisions already saved for it under {@code home}. */
    public TmxReview(Path tmx, Path home, double below) {
        this.tmx = tmx;
        List<TmxUnit> read = new ArrayList<>();
        String sl;
        try (TmxReader r = TmxReader.open(tmx)) {
            for (TmxUnit u = r.next(); u != null; u = r.next()) {
                read.add(u);
            }
            sl = r.sourceLang();
        }
        if (read.isEmpty()) {
            throw TmshException.inFile(tmx, 0, "no translation units to review");
        }
        units.addAll(read);
        srcLang = sl != null && read.get(0).text(sl) != null ? sl : read.get(0).variants().get(0).lang();
        tgtLang = read.get(0).variants().stream().map(TmxUnit.Variant::lang)
                .filter(l -> !TmxUnit.Variant.primary(l).equals(TmxUnit.Variant.primary(srcLang))).findFirst()
                .orElseThrow(() -> TmshException.inFile(tmx, 0, "the first unit has one language only"));
        this.home = home;
        this.segmenter = SrxSegmenter.withDefaultRules();
        store = home.resolve("reviews").resolve(key(tmx) + ".tsv");
        load();
        List<Integer> weak = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            double c = confidence(units.get(k));
            if (Double.isNaN(c) || c < below || NEEDS_REVIEW.matcher(units.get(k).xml()).find()) {
                weak.add(k);
            }
        }
        weak.sort(Comparator.comparingDouble(k -> {
            double c = confidence(units.get(k));
            return Double.isNaN(c) ? -1 : c;
        }));
        queue = List.copyOf(weak);
        weakSet = new java.util.HashSet<>(weak);
    }

    /** Units offered in all. */
    public int size() {
        return queue.size();
    }

    /** Units of the queue decided so far (in this review and earlier ones). */
    public int decided() {
        return (int) queue.stream().filter(k -> decisions.containsKey(unitKey(units.get(k)))).count();
    }

    /** The next undecided unit, or null when every one is decided. */
    public Item next() {
        for (int n = 0; n < queue.size(); n++) {
            TmxUnit u = units.get(queue.get(n));
            if (!decisions.containsKey(unitKey(u))) {
                return new Item(n + 1, queue.size(), u, confidence(u), u.text(srcLang), u.text(tgtLang));
            }
        }
        return null;
    }

    /** Decides the next unit ({@code text}: the new target of an edit), saved at once. */
    public void decide(Decision d, String text) {
        Item item = next();
        if (item == null) {
            throw new IllegalStateException("nothing left to review");
        }
        if (d == Decision.EDIT) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("an edit needs the new target text");
            }
            refuseCoded(item.unit(), "edit");
        }
        step(List.<String[]>of(new String[] {unitKey(item.unit()), switch (d) {
            case ACCEPT -> "a";
            case REJECT -> "r";
            case EDIT -> "e" + text.strip();
        }}));
    }

    /**
     * Merges the unit offered with the one after it in the file ({@code withNext}) or before it: one
     * unit, accepted, saved at once. Throws {@link IllegalArgumentException} saying why it cannot be.
     */
    public void merge(boolean withNext) {
        Item item = offered();
        int k = units.indexOf(item.unit());
        int head = withNext ? k : k - 1;
        int tail = head + 1;
        if (head < 0 || tail >= units.size()) {
            throw new IllegalArgumentException("there is no unit " + (withNext ? "after" : "before") + " this one");
        }
        TmxUnit h = units.get(head);
        TmxUnit t = units.get(tail);
        refuseCoded(h, "merge");
        refuseCoded(t, "merge");
        String hd = decisions.get(unitKey(h));
        String td = decisions.get(unitKey(t));
        if (hd != null && hd.startsWith("s") || td != null && td.startsWith("s")) {
            throw new IllegalArgumentException("the other unit was split in this review: undo that first");
        }
        if (td != null && td.startsWith("x")) {
            throw new IllegalArgumentException("already merged");
        }
        List<String[]> changes = new ArrayList<>();
        if (hd == null || hd.equals("r")) {
            changes.add(new String[] {unitKey(h), "a"});
        }
        changes.add(new String[] {unitKey(t), td != null && td.startsWith("e") ? "x" + td : "x"});
        step(changes);
    }

    /** The sentences of the unit offered, source and target, as a split counts them. */
    public Sentences sentences() {
        Item item = offered();
        return new Sentences(segmenter.split(item.source(), srcLang).stream().map(String::strip).filter(x -> !x.isEmpty()).toList(),
                segmenter.split(item.target(), tgtLang).stream().map(String::strip).filter(x -> !x.isEmpty()).toList());
    }

    /**
     * Splits the unit offered after its {@code afterSource}th source sentence and {@code afterTarget}th
     * target sentence into two accepted units (a piece with an empty side is left out), saved at once.
     */
    public void split(int afterSource, int afterTarget) {
        Item item = offered();
        refuseCoded(item.unit(), "split");
        Sentences s = sentences();
        int n = s.source().size();
        int m = s.target().size();
        if (n + m < 3) {
            throw new IllegalArgumentException("this unit holds one sentence a side: nothing to split");
        }
        if (afterSource < 0 || afterSource > n || afterTarget < 0 || afterTarget > m) {
            throw new IllegalArgumentException("split points go from 0 to " + n + " (source) and 0 to " + m + " (target)");
        }
        if (afterSource == 0 && afterTarget == 0 || afterSource == n && afterTarget == m) {
            throw new IllegalArgumentException("that split leaves the unit whole");
        }
        step(List.<String[]>of(new String[] {unitKey(item.unit()), "s" + afterSource + "," + afterTarget}));
    }

    private Item offered() {
        Item item = next();
        if (item == null) {
            throw new IllegalStateException("nothing left to review");
        }
        return item;
    }

    private static void refuseCoded(TmxUnit u, String what) {
        if (u.xml().matches("(?s).*<(bpt|ept|ph|it|hi)[ >].*")) {
            throw new IllegalArgumentException("a unit here has inline codes: " + what
                    + " it in your CAT tool, or accept or reject it");
        }
    }

    /** Makes one step of changes (key and new value), undoable as one, and saves at once. */
    private void step(List<String[]> changes) {
        List<String[]> before = new ArrayList<>();
        for (String[] c : changes) {
            before.add(new String[] {c[0], decisions.get(c[0])});
            decisions.put(c[0], c[1]);
        }
        order.push(before);
        save();
    }

    /** Decides every undecided unit alike ({@code accept} or reject), saved at once. */
    public int decideRest(boolean accept) {
        List<String[]> changes = new ArrayList<>();
        for (int k : queue) {
            String key = unitKey(units.get(k));
            if (!decisions.containsKey(key)) {
                changes.add(new String[] {key, accept ? "a" : "r"});
            }
        }
        if (!changes.isEmpty()) {
            step(changes);
        }
        return changes.size();
    }

    /** Takes back the last decision of this review; false when there is none. */
    public boolean undo() {
        if (order.isEmpty()) {
            return false;
        }
        for (String[] c : order.pop()) {
            if (c[1] == null) {
                decisions.remove(c[0]);
            } else {
                decisions.put(c[0], c[1]);
            }
        }
        save();
        return true;
    }

    /**
     * Every unit not rejected, the decided ones as decided (accepted: confidence 1.00, no mark; merged
     * and split ones as one or two accepted units); the undecided weak ones still marked.
     */
    public List<TmxUnit> result() {
        return units(true);
    }

    /** The units a memory may take: those that were never weak, and the accepted, edited, merged and split ones. */
    public List<TmxUnit> trusted() {
        return units(false);
    }

    private List<TmxUnit> units(boolean withUndecided) {
        List<TmxUnit> out = new ArrayList<>();
        boolean lastKept = false;
        for (int k = 0; k < units.size(); k++) {
            TmxUnit u = units.get(k);
            String d = decisions.get(unitKey(u));
            boolean weak = weakSet.contains(k);
            if (d != null && d.startsWith("x")) {
                String edited = d.startsWith("xe") ? d.substring(2) : null;
                if (lastKept) {
                    out.set(out.size() - 1, joined(out.get(out.size() - 1), u, edited));
                } else {
                    out.add(accepted(u, edited));
                }
                lastKept = true;
            } else if (d == null) {
                lastKept = !weak || withUndecided;
                if (lastKept) {
                    out.add(weak ? marked(u) : u);
                }
            } else if (d.equals("r")) {
                lastKept = false;
            } else if (d.startsWith("s")) {
                out.addAll(pieces(u, d.substring(1)));
                lastKept = false;
            } else {
                out.add(accepted(u, d.startsWith("e") ? d.substring(1) : null));
                lastKept = true;
            }
        }
        return out;
    }

    /** {@code head} with {@code tail}'s texts after its own (the target edited when {@code tailTarget} is given). */
    private TmxUnit joined(TmxUnit head, TmxUnit tail, String tailTarget) {
        String src = join(head.text(srcLang), tail.text(srcLang), srcLang);
        String tgt = join(head.text(tgtLang), tailTarget != null ? tailTarget : tail.text(tgtLang), tgtLang);
        return withTexts(head, src, tgt);
    }

    private List<TmxUnit> pieces(TmxUnit u, String points) {
        String[] p = points.split(",");
        int i = Integer.parseInt(p[0]);
        int j = Integer.parseInt(p[1]);
        List<String> src = segmenter.split(u.text(srcLang), srcLang).stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
        List<String> tgt = segmenter.split(u.text(tgtLang), tgtLang).stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
        if (i > src.size() || j > tgt.size()) {
            return List.of(accepted(u, null)); // the unit changed since; the key would not have matched
        }
        List<TmxUnit> out = new ArrayList<>();
        String[][] halves = {
            {join(src.subList(0, i), srcLang), join(tgt.subList(0, j), tgtLang), "-1"},
            {join(src.subList(i, src.size()), srcLang), join(tgt.subList(j, tgt.size()), tgtLang), "-2"}};
        for (String[] h : halves) {
            if (!h[0].isEmpty() && !h[1].isEmpty()) {
                TmxUnit piece = accepted(withTexts(u, h[0], h[1]), null);
                String tuid = u.tuid() == null ? null : u.tuid() + h[2];
                String xml = tuid == null ? piece.xml()
                        : piece.xml().replaceFirst("tuid=\"[^\"]*\"", Matcher.quoteReplacement("tuid=\"" + xmlAttr(tuid) + "\""));
                out.add(new TmxUnit(tuid, piece.variants(), xml));
            }
        }
        return out;
    }

    private static String xmlAttr(String v) {
        StringBuilder sb = new StringBuilder();
        org.tmsh.common.Xml.text(sb, v);
        return sb.toString().replace("\"", "&quot;");
    }

    private TmxUnit withTexts(TmxUnit u, String src, String tgt) {
        String xml = replaceSeg(replaceSeg(u.xml(), srcLang, src), tgtLang, tgt);
        List<TmxUnit.Variant> variants = u.variants().stream()
                .map(v -> v.lang().equals(srcLang) ? new TmxUnit.Variant(v.lang(), src)
                        : v.lang().equals(tgtLang) ? new TmxUnit.Variant(v.lang(), tgt) : v)
                .toList();
        return new TmxUnit(u.tuid(), variants, xml);
    }

    private static String join(List<String> sentences, String lang) {
        String sep = spaceless(lang) ? "" : " ";
        return String.join(sep, sentences);
    }

    private static String join(String a, String b, String lang) {
        return join(List.of(a.strip(), b.strip()), lang);
    }

    /** Languages whose sentences follow each other without a space. */
    private static boolean spaceless(String lang) {
        return List.of("zh", "ja", "th", "lo", "km", "my").contains(TmxUnit.Variant.primary(lang));
    }

    public String sourceLang() {
        return srcLang;
    }

    public String targetLang() {
        return tgtLang;
    }

    /** Forgets the saved decisions (the review is written out). */
    public void finish() {
        try {
            Files.deleteIfExists(store);
        } catch (IOException e) {
            throw TmshException.inFile(store, 0, "cannot remove the finished review: " + AtomicFiles.message(e), e);
        }
    }

    private TmxUnit marked(TmxUnit u) {
        if (NEEDS_REVIEW.matcher(u.xml()).find()) {
            return u;
        }
        String xml = u.xml().replaceFirst(">", ">\n      <prop type=\"x-needs-review\">yes</prop>");
        return new TmxUnit(u.tuid(), u.variants(), xml);
    }

    private TmxUnit accepted(TmxUnit u, String editedTarget) {
        String xml = NEEDS_REVIEW.matcher(u.xml()).replaceAll("");
        Matcher c = CONFIDENCE.matcher(xml);
        xml = c.find() ? c.replaceFirst("<prop type=\"x-confidence\">1.00</prop>")
                : xml.replaceFirst(">", ">\n      <prop type=\"x-confidence\">1.00</prop>");
        xml = xml.replaceFirst(">", ">\n      <prop type=\"x-reviewed\">yes</prop>");
        List<TmxUnit.Variant> variants = u.variants();
        if (editedTarget != null) {
            xml = replaceSeg(xml, tgtLang, editedTarget);
            variants = variants.stream().map(v -> v.lang().equals(tgtLang) ? new TmxUnit.Variant(v.lang(), editedTarget) : v)
                    .toList();
        }
        return new TmxUnit(u.tuid(), variants, xml);
    }

    /** {@code xml} with the segment of the variant in {@code lang} (as written) replaced by {@code text}. */
    private static String replaceSeg(String xml, String lang, String text) {
        Matcher m = TARGET_SEG.matcher(xml);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            boolean target = m.group(1).contains("\"" + lang + "\"");
            StringBuilder esc = new StringBuilder();
            org.tmsh.common.Xml.text(esc, text);
            m.appendReplacement(sb, Matcher.quoteReplacement(target ? m.group(1) + esc + m.group(3) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static double confidence(TmxUnit u) {
        Matcher m = CONFIDENCE.matcher(u.xml());
        if (!m.find()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A unit's identity in the saved decisions: its tuid and texts, so that a changed unit is asked about again. */
    private static String unitKey(TmxUnit u) {
        StringBuilder sb = new StringBuilder(String.valueOf(u.tuid()));
        u.variants().forEach(v -> sb.append('\u0001').append(v.lang()).append('\u0002').append(v.text()));
        return FileKeys.of(sb.toString());
    }

    /** The file's identity in the store: its real path. */
    private static String key(Path tmx) {
        try {
            return FileKeys.of(tmx.toRealPath().toString());
        } catch (IOException e) {
            throw TmshException.inFile(tmx, 0, "cannot read: " + AtomicFiles.message(e), e);
        }
    }


    private void load() {
        AtomicFiles.checkOwn(home, store);
        if (!Files.isRegularFile(store)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    decisions.put(line.substring(0, tab), line.substring(tab + 1).replace("\\n", "\n"));
                }
            }
        } catch (IOException e) {
            throw TmshException.inFile(store, 0, "cannot read the saved review: " + AtomicFiles.message(e), e);
        }
    }

    private void save() {
        StringBuilder sb = new StringBuilder();
        decisions.forEach((k, v) -> sb.append(k).append('\t').append(v.replace("\n", "\\n")).append('\n'));
        try {
            Files.createDirectories(store.getParent());
        } catch (IOException e) {
            throw TmshException.inFile(store.getParent(), 0, "cannot create: " + AtomicFiles.message(e), e);
        }
        AtomicFiles.writeOwn(home, store, os -> os.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "review of %s: %d of %d decided", tmx, decided(), size());
    }
}
