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
 * <p>NOTE: a TMX holds units, not the documents' segments, so merging and splitting links need the
 * alignment itself ({@code review} right after {@code align}); an edit changes a target's text and
 * is refused for a target with inline codes.
 */
public final class TmxReview {

    /** A decision on a unit. */
    public enum Decision { ACCEPT, REJECT, EDIT }

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
    /** Decisions by unit key, in the order made: "a", "r" or "e" + the edited text. */
    private final Map<String, String> decisions = new LinkedHashMap<>();
    private final Deque<String> order = new ArrayDeque<>();

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
            if (item.unit().xml().matches("(?s).*<(bpt|ept|ph|it|hi)[ >].*")) {
                throw new IllegalArgumentException("this unit has inline codes: edit it in your CAT tool, or accept or reject it");
            }
        }
        String k = unitKey(item.unit());
        decisions.put(k, switch (d) {
            case ACCEPT -> "a";
            case REJECT -> "r";
            case EDIT -> "e" + text.strip();
        });
        order.push(k);
        save();
    }

    /** Decides every undecided unit alike ({@code accept} or reject), saved at once. */
    public int decideRest(boolean accept) {
        int n = 0;
        for (int k : queue) {
            String key = unitKey(units.get(k));
            if (!decisions.containsKey(key)) {
                decisions.put(key, accept ? "a" : "r");
                order.push(key);
                n++;
            }
        }
        save();
        return n;
    }

    /** Takes back the last decision of this review; false when there is none. */
    public boolean undo() {
        if (order.isEmpty()) {
            return false;
        }
        decisions.remove(order.pop());
        save();
        return true;
    }

    /** Every unit not rejected, the decided ones as decided (accepted: confidence 1.00, no mark); the undecided weak ones still marked. */
    public List<TmxUnit> result() {
        List<TmxUnit> out = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            TmxUnit u = units.get(k);
            String d = queue.contains(k) ? decisions.get(unitKey(u)) : null;
            if (d == null) {
                out.add(queue.contains(k) ? marked(u) : u);
            } else if (!d.equals("r")) {
                out.add(accepted(u, d.startsWith("e") ? d.substring(1) : null));
            }
        }
        return out;
    }

    /** The units a memory may take: those that were never weak, and the accepted and edited ones. */
    public List<TmxUnit> trusted() {
        List<TmxUnit> out = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            TmxUnit u = units.get(k);
            String d = decisions.get(unitKey(u));
            if (!queue.contains(k)) {
                out.add(u);
            } else if (d != null && !d.equals("r")) {
                out.add(accepted(u, d.startsWith("e") ? d.substring(1) : null));
            }
        }
        return out;
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
            xml = replaceTarget(xml, editedTarget);
            variants = variants.stream().map(v -> v.lang().equals(tgtLang) ? new TmxUnit.Variant(v.lang(), editedTarget) : v)
                    .toList();
        }
        return new TmxUnit(u.tuid(), variants, xml);
    }

    private String replaceTarget(String xml, String text) {
        Matcher m = TARGET_SEG.matcher(xml);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            boolean target = m.group(1).contains("\"" + tgtLang + "\"");
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
