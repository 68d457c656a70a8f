package org.tmsh.formats.bilingual;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.tmsh.common.LanguageTags;
import org.tmsh.common.TmshException;
import org.tmsh.formats.XmlFiles;
import org.tmsh.formats.xliff.XliffReader;

/**
 * Reads a Trados 2007 TagEditor file ({@code .ttx}, usually UTF-16): its translated segments and the
 * text it left untranslated, as {@link XliffReader.Entry}s.
 *
 * <p>The languages are {@code UserSettings}' {@code SourceLanguage} and {@code TargetLanguage} (in
 * BCP 47 case: {@code EN-US} is {@code en-US}), else the first segment's. Each {@code <Tu>} is a segment
 * the translator opened and closed: its first {@code <Tuv>} (the source language's) is the source, the
 * next the target, state {@code translated}; its {@code Origin} ({@code manual}, {@code Tm},
 * {@code xtranslate}, {@code mt}) and {@code MatchPercent} are kept as {@code ttx:origin} and
 * {@code ttx:matchpercent} ({@code unit-fields.txt} maps them). A {@code <Tu>} may sit inside a
 * paragraph's formatting ({@code <df>}) and between tags. Text of the body outside any {@code <Tu>}
 * (a paragraph no one translated) is an entry without a target, so that QA reports it and an import
 * leaves it out; runs that hold no letters or digits are not entries.
 *
 * <p>Inline codes: a {@code <ut>} is a code whose content is the native tag: {@code Type="start"} opens
 * a paired code ({@code ⟨n⟩}), {@code Type="end"} closes the last one open ({@code ⟨/n⟩}), one without
 * a type (or a start or end without its partner in the segment) is standalone ({@code ⟨n/⟩}). TTX
 * codes carry no ids: a source's codes are numbered in order, and a target's code takes the number of
 * the source's code with the same type and native tag (its identity), a new number if none. A
 * {@code <df>} (font formatting, shown by TagEditor as formatting, not as a tag) is no code: its text
 * is kept. A {@code ut} with {@code Style="external"} outside segments ends an untranslated run (it is
 * the structure between paragraphs).
 *
 * <p>NOTE: Written directly over StAX rather than through Okapi's TTX filter: the filter's events
 * carry no line numbers (a refusal must name the place), and it reads through its own XML factory,
 * where every tmsh reader of XML uses the hardened one ({@link XmlFiles}).
 */
public final class TtxReader {

    private TtxReader() {
    }

    /** Reads a TTX file; runs of white space in a segment become one space, trimmed. */
    public static XliffReader.Content read(Path file) {
        return read(file, false);
    }

    /** As above; with {@code keepSpaces} a segment's white space stays as written (what QA needs). */
    public static XliffReader.Content read(Path file, boolean keepSpaces) {
        return XmlFiles.read(file, x -> parse(file, x, keepSpaces));
    }

    private static XliffReader.Content parse(Path file, XMLStreamReader x, boolean keep) throws XMLStreamException {
        XmlFiles.root(file, x, "TRADOStag", "TTX (Trados TagEditor)");
        String src = null;
        String tgt = null;
        List<XliffReader.Entry> entries = new ArrayList<>();
        boolean inBody = false;
        int segments = 0;
        Run run = new Run();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                if (inBody) {
                    run.text(x.getText(), x.getLocation().getLineNumber());
                }
                continue;
            }
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("Body")) {
                run.flush(entries, keep);
                inBody = false;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "UserSettings" -> {
                    src = lang(XmlFiles.attr(x, "SourceLanguage"));
                    tgt = lang(XmlFiles.attr(x, "TargetLanguage"));
                }
                case "Body" -> inBody = true;
                case "Tu" -> {
                    if (!inBody) {
                        XmlFiles.skip(x);
                        continue;
                    }
                    run.flush(entries, keep);
                    Segment s = tu(file, x, keep, src, "tu" + ++segments);
                    if (src == null) {
                        src = s.srcLang;
                    }
                    if (tgt == null) {
                        tgt = s.tgtLang;
                    }
                    entries.add(s.entry);
                }
                case "ut" -> {
                    if (!inBody) {
                        XmlFiles.skip(x);
                    } else if ("external".equalsIgnoreCase(XmlFiles.attr(x, "Style"))) {
                        run.flush(entries, keep);
                        XmlFiles.skip(x);
                    } else {
                        run.code(x);
                    }
                }
                default -> {
                    // FrontMatter, Raw, df and other structure: their text (if in the body) is read as it comes
                }
            }
        }
        return new XliffReader.Content(new XliffReader.Header("ttx", null, null, null, src, tgt), entries);
    }

    private record Segment(XliffReader.Entry entry, String srcLang, String tgtLang) {
    }

    /** One {@code <Tu>}: its source and target {@code <Tuv>}s; leaves the reader on its end tag. */
    private static Segment tu(Path file, XMLStreamReader x, boolean keep, String srcLang, String id)
            throws XMLStreamException {
        int line = x.getLocation().getLineNumber();
        Map<String, String> meta = new LinkedHashMap<>();
        String origin = XmlFiles.attr(x, "Origin");
        String percent = XmlFiles.attr(x, "MatchPercent");
        if (origin != null && !origin.isBlank()) {
            meta.put("ttx:origin", origin.strip());
        }
        if (percent != null && !percent.isBlank()) {
            meta.put("ttx:matchpercent", percent.strip());
        }
        List<String> langs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Codes codes = new Codes();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("Tu")) {
                break;
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("Tuv")) {
                    int at = x.getLocation().getLineNumber();
                    String l = lang(XmlFiles.attr(x, "Lang"));
                    if (l == null) {
                        throw TmshException.inFile(file, at, "a <Tuv> without a Lang attribute (TTX names each side's language)");
                    }
                    langs.add(l);
                    texts.add(tuv(x, keep, codes, texts.isEmpty()));
                } else {
                    XmlFiles.skip(x);
                }
            }
        }
        if (texts.isEmpty()) {
            throw TmshException.inFile(file, line, "a <Tu> without a <Tuv> (a TTX segment holds its source and target)");
        }
        // the source is the side in the file's source language (TagEditor writes it first)
        int s = 0;
        for (int i = 0; srcLang != null && i < langs.size(); i++) {
            if (langs.get(i).equalsIgnoreCase(srcLang)) {
                s = i;
                break;
            }
        }
        int t = s == 0 ? 1 : 0;
        String target = t < texts.size() && XliffReader.hasText(texts.get(t)) ? texts.get(t) : null;
        XliffReader.Entry e = new XliffReader.Entry(id, texts.get(s), target, target == null ? null : "translated", line,
                null, false, meta, List.of());
        return new Segment(e, langs.get(s), t < langs.size() ? langs.get(t) : null);
    }

    /** A {@code <Tuv>}'s content as marked text; leaves the reader on its end tag. */
    private static String tuv(XMLStreamReader x, boolean keep, Codes codes, boolean source) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        codes.startSide(source);
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                sb.append(x.getText());
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("ut")) {
                    sb.append(codes.marker(XmlFiles.attr(x, "Type"), XmlFiles.attr(x, "DisplayText"), XmlFiles.text(x)));
                } else {
                    depth++; // df and other formatting: its text is the segment's
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return codes.closeOpen(keep ? sb.toString() : normal(sb.toString()));
    }

    /**
     * The codes of one segment, numbered by identity: the source's in order; a target's code takes the
     * number of the source's code with the same type and native tag not yet taken, else a new one.
     */
    private static final class Codes {
        private final Map<String, Deque<Integer>> sourceNumbers = new LinkedHashMap<>();
        private Map<String, Deque<Integer>> free = new LinkedHashMap<>();
        private final Deque<Integer> open = new ArrayDeque<>();
        private boolean source;
        private int next = 1;

        void startSide(boolean isSource) {
            source = isSource;
            open.clear();
            if (!isSource) {
                free = new LinkedHashMap<>();
                sourceNumbers.forEach((k, v) -> free.put(k, new ArrayDeque<>(v)));
            }
        }

        String marker(String type, String display, String nativeCode) {
            String kind = type == null ? "" : type.strip().toLowerCase(java.util.Locale.ROOT);
            String key = kind + "\u0000" + (display == null ? "" : display) + "\u0000" + nativeCode;
            if (kind.equals("end") && !open.isEmpty()) {
                return "⟨/" + open.pop() + "⟩";
            }
            int n;
            Deque<Integer> same = source ? null : free.get(key);
            if (same != null && !same.isEmpty()) {
                n = same.poll();
            } else {
                n = next++;
                if (source) {
                    sourceNumbers.computeIfAbsent(key, k -> new ArrayDeque<>()).add(n);
                }
            }
            if (kind.equals("start")) {
                open.push(n);
                return "⟨" + n + "⟩";
            }
            return "⟨" + n + "/⟩";
        }

        /** A start never closed in the segment stays a start: its end is in another segment (TMX's {@code it}). */
        String closeOpen(String text) {
            open.clear();
            return text;
        }
    }

    /** Text of the body outside any segment: untranslated, an entry without a target when it has letters. */
    private static final class Run {
        private final StringBuilder text = new StringBuilder();
        private Codes codes = new Codes();
        private int line;
        private int count;

        Run() {
            codes.startSide(true);
        }

        void text(String s, int at) {
            if (line == 0 && !s.isBlank()) {
                line = at;
            }
            text.append(s);
        }

        void code(XMLStreamReader x) throws XMLStreamException {
            text.append(codes.marker(XmlFiles.attr(x, "Type"), XmlFiles.attr(x, "DisplayText"), XmlFiles.text(x)));
        }

        void flush(List<XliffReader.Entry> entries, boolean keep) {
            String s = keep ? text.toString() : normal(text.toString());
            if (s.codePoints().anyMatch(Character::isLetterOrDigit)) {
                entries.add(new XliffReader.Entry("text" + ++count, keep ? s.strip() : s, null, null, line));
            }
            text.setLength(0);
            line = 0;
            codes = new Codes();
            codes.startSide(true);
        }
    }

    private static String lang(String written) {
        return written == null || written.isBlank() ? null : LanguageTags.tag(written.strip());
    }

    private static String normal(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }
}
