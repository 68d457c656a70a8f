package org.tmsh.formats.html;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tmsh.align.Alignment;
import org.tmsh.align.Link;
import org.tmsh.common.AtomicFiles;
import org.tmsh.common.Xml;
import org.tmsh.qa.Finding;

/**
 * Self-contained HTML pages a translator opens in a browser, offline: no scripts, no fonts, no
 * links to anything outside the file. The alignment report puts source and target side by side, one
 * row per link, coloured by confidence (green sure, red weak: below Link.WEAK_BELOW, grey unaligned), with
 * the numbers and glossary names that anchor a link marked; the QA report lists the findings by
 * severity with their suggestions.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:sans-serif;margin:1.5em;color:#222;background:#fff}
            h1{font-size:1.3em} p.summary{color:#444}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            th,td{border:1px solid #bbb;padding:.35em .5em;vertical-align:top;text-align:left;font-size:.95em;
            overflow-wrap:anywhere}
            th{background:#eee} .id{width:7.5em} td.id{font-family:monospace;font-size:.85em}
            tr.sure td{background:#e3f5e1} tr.weak td{background:#f8d7da}
            tr.none td{background:#f0f0f0;color:#777}
            tr.error td{background:#f8d7da} tr.warning td{background:#fff3cd} tr.info td{background:#e7f1ff}
            mark{background:#cfe2ff;border-radius:.2em;padding:0 .1em} mark.num{background:#d1ecf1}
            .legend span{display:inline-block;padding:.1em .6em;margin-right:.5em;border:1px solid #bbb}
            """;

    private HtmlReport() {
    }

    /** The alignment side by side. {@code names} are glossary spellings to mark (may be empty). */
    public static void alignment(Path out, String title, Alignment a, List<String> names) {
        StringBuilder sb = head(title);
        int pairs = 0;
        int weak = 0;
        for (Link l : a.links()) {
            if (!l.isNull()) {
                pairs++;
                if (l.isWeak()) {
                    weak++;
                }
            }
        }
        sb.append("<p class=\"summary\">").append(pairs).append(" links, ").append(weak)
                .append(" weak; unaligned segments in grey.</p>\n<p class=\"legend\"><span style=\"background:#e3f5e1\">sure</span>"
                        + "<span style=\"background:#f8d7da\">weak (below " + Link.WEAK_BELOW + ": review)</span>"
                        + "<span style=\"background:#f0f0f0\">unaligned</span><mark>name</mark> <mark class=\"num\">number</mark></p>\n");
        sb.append("<table>\n<tr><th class=\"id\">link</th><th>source</th><th>target</th><th class=\"id\">confidence</th></tr>\n");
        for (Link l : a.links()) {
            String cls = l.isNull() ? "none" : l.isWeak() ? "weak" : "sure";
            sb.append("<tr class=\"").append(cls).append("\"><td class=\"id\">");
            Xml.text(sb, l.format());
            sb.append("</td><td>").append(marked(a.sourceText(l), names)).append("</td><td>")
                    .append(marked(a.targetText(l), names)).append("</td><td class=\"id\">")
                    .append(l.isNull() ? "-" : String.format(Locale.ROOT, "%.2f", l.confidence())).append("</td></tr>\n");
        }
        sb.append("</table>\n</body>\n</html>\n");
        write(out, sb);
    }

    /** The QA findings. */
    public static void qa(Path out, String title, List<Finding> findings) {
        StringBuilder sb = head(title);
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        sb.append("<p class=\"summary\">").append(findings.size()).append(" findings, ").append(errors).append(" errors.</p>\n");
        sb.append("<table>\n<tr><th class=\"id\">severity</th><th class=\"id\">kind</th><th>where</th><th>text</th>"
                + "<th>message</th><th>suggestion</th></tr>\n");
        for (Finding f : findings) {
            String sev = f.severity().name().toLowerCase(Locale.ROOT);
            sb.append("<tr class=\"").append(sev).append("\"><td class=\"id\">").append(sev).append("</td><td class=\"id\">");
            Xml.text(sb, f.kind());
            sb.append("</td><td>");
            Xml.text(sb, f.where());
            sb.append("</td><td>");
            Xml.text(sb, f.text());
            sb.append("</td><td>");
            Xml.text(sb, f.message());
            sb.append("</td><td><strong>");
            Xml.text(sb, f.suggestion() == null ? "" : f.suggestion());
            sb.append("</strong></td></tr>\n");
        }
        sb.append("</table>\n</body>\n</html>\n");
        write(out, sb);
    }

    private static StringBuilder head(String title) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        Xml.text(sb, title);
        sb.append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>");
        Xml.text(sb, title);
        sb.append("</h1>\n");
        return sb;
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /** Escaped text with glossary names and numbers marked. */
    static String marked(String text, List<String> names) {
        StringBuilder alternatives = new StringBuilder();
        for (String n : names) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(n));
        }
        Pattern p = Pattern.compile((alternatives.isEmpty() ? "" : "(?<name>(?<![\\p{L}])(?:" + alternatives + ")(?![\\p{L}]))|")
                + "(?<num>" + NUMBER.pattern() + ")");
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (m.find()) {
            Xml.text(sb, text.substring(at, m.start()));
            boolean number = m.group("num") != null;
            sb.append(number ? "<mark class=\"num\">" : "<mark>");
            Xml.text(sb, m.group());
            sb.append("</mark>");
            at = m.end();
        }
        Xml.text(sb, text.substring(at));
        return sb.toString();
    }

    private static void write(Path out, StringBuilder sb) {
        AtomicFiles.writeString(out, sb);
    }
}
