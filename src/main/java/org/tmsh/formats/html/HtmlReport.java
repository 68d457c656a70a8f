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
            mark.bad{background:#f1aeb5;font-weight:bold} th.n,td.n{width:2.5em} td.seg{white-space:pre-wrap} p.filters select{margin:0 1em 0 .3em}
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
        StringBuilder rows = new StringBuilder();
        for (Link l : a.links()) {
            String cls = l.isNull() ? "none" : l.isWeak() ? "weak" : "sure";
            rows.append("<tr class=\"").append(cls).append("\"><td class=\"id\">");
            Xml.text(rows, l.format());
            rows.append("</td><td>").append(marked(a.sourceText(l), names)).append("</td><td>")
                    .append(marked(a.targetText(l), names)).append("</td><td class=\"id\">")
                    .append(l.isNull() ? "-" : String.format(Locale.ROOT, "%.2f", l.confidence())).append("</td></tr>\n");
        }
        String table = rows.toString();
        boolean unaligned = table.contains("<tr class=\"none\">");
        sb.append("<p class=\"summary\">").append(pairs).append(" links, ").append(weak).append(" weak")
                .append(unaligned ? "; unaligned segments in grey" : "").append(".</p>\n").append(legend(table)).append('\n');
        sb.append("<table>\n<tr><th class=\"id\">link</th><th>source</th><th>target</th><th class=\"id\">confidence</th></tr>\n");
        sb.append(table);
        sb.append("</table>\n</body>\n</html>\n");
        write(out, sb);
    }

    /** The legend of the colours {@code rows} use, and only those (a name is marked only with a glossary). */
    static String legend(String rows) {
        StringBuilder sb = new StringBuilder("<p class=\"legend\">");
        if (rows.contains("<tr class=\"sure\">")) {
            sb.append("<span style=\"background:#e3f5e1\">sure</span>");
        }
        if (rows.contains("<tr class=\"weak\">")) {
            sb.append("<span style=\"background:#f8d7da\">weak (below " + Link.WEAK_BELOW + ": review)</span>");
        }
        if (rows.contains("<tr class=\"none\">")) {
            sb.append("<span style=\"background:#f0f0f0\">unaligned</span>");
        }
        if (rows.contains("<mark>")) {
            sb.append("<mark>name</mark> ");
        }
        if (rows.contains("<mark class=\"num\">")) {
            sb.append("<mark class=\"num\">number</mark>");
        }
        return sb.append("</p>").toString();
    }

    /**
     * The QA findings: a summary, filters by check and severity (a few lines of script; without script
     * every finding shows), and one row per finding with the segment's source and target side by side,
     * the offending text marked on each side.
     */
    public static void qa(Path out, String title, List<Finding> findings) {
        StringBuilder sb = head(title);
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        sb.append("<p class=\"summary\">").append(findings.size()).append(" findings, ").append(errors).append(" errors.</p>\n");
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        findings.forEach(f -> kinds.add(f.kind()));
        sb.append("<p class=\"filters\">check <select id=\"kind\" onchange=\"filter()\"><option value=\"\">all</option>");
        for (String k : kinds) {
            sb.append("<option>");
            Xml.text(sb, k);
            sb.append("</option>");
        }
        sb.append("</select> severity <select id=\"sev\" onchange=\"filter()\"><option value=\"\">all</option>"
                + "<option>error</option><option>warning</option><option>info</option></select></p>\n");
        sb.append("<table id=\"findings\">\n<tr><th class=\"n\">#</th><th class=\"id\">severity</th><th class=\"id\">check</th>"
                + "<th class=\"id\">where</th><th>source</th><th>target</th><th>why</th><th class=\"id\">suggestion</th></tr>\n");
        int n = 0;
        for (Finding f : findings) {
            String sev = f.severity().name().toLowerCase(Locale.ROOT);
            sb.append("<tr class=\"").append(sev).append("\" data-kind=\"");
            Xml.escape(sb, f.kind(), true);
            sb.append("\" data-sev=\"").append(sev).append("\"><td class=\"n\">").append(++n).append("</td><td class=\"id\">")
                    .append(sev).append("</td><td class=\"id\">");
            Xml.text(sb, f.kind());
            sb.append("</td><td class=\"id\">");
            Xml.text(sb, f.where());
            sb.append("</td><td class=\"seg\">").append(f.source() == null ? escaped(f.inSource() == null ? "" : f.inSource()) : marked(f.source(), f.inSource()))
                    .append("</td><td class=\"seg\">").append(f.target() == null ? escaped(f.inTarget() == null && f.source() == null ? f.text() : f.inTarget() == null ? "" : f.inTarget())
                            : marked(f.target(), f.inTarget()))
                    .append("</td><td>");
            Xml.text(sb, f.message());
            sb.append("</td><td class=\"id\"><strong>");
            Xml.text(sb, f.suggestion() == null ? "" : f.suggestion());
            sb.append("</strong></td></tr>\n");
        }
        sb.append("</table>\n<script>\nfunction filter(){var k=document.getElementById('kind').value,"
                + "s=document.getElementById('sev').value;document.querySelectorAll('#findings tr[data-kind]').forEach("
                + "function(r){r.style.display=(!k||r.dataset.kind===k)&&(!s||r.dataset.sev===s)?'':'none';});}\n</script>\n");
        sb.append("</body>\n</html>\n");
        write(out, sb);
    }

    private static String escaped(String text) {
        StringBuilder sb = new StringBuilder();
        Xml.text(sb, text);
        return sb.toString();
    }

    /** Escaped text with the first occurrence of {@code piece} (bare or quoted as the message quotes it) marked. */
    static String marked(String text, String piece) {
        String p = piece;
        if (p != null && p.length() > 2 && p.startsWith("'") && p.endsWith("'") && !text.contains(p)) {
            p = p.substring(1, p.length() - 1);
        }
        int at = p == null || p.isEmpty() ? -1 : text.indexOf(p);
        if (at < 0) {
            return escaped(text);
        }
        StringBuilder sb = new StringBuilder();
        Xml.text(sb, text.substring(0, at));
        sb.append("<mark class=\"bad\">");
        Xml.text(sb, p);
        sb.append("</mark>");
        Xml.text(sb, text.substring(at + p.length()));
        return sb.toString();
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
