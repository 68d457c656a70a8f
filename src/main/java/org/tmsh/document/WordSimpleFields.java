package org.tmsh.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple field ({@code w:fldSimple}: a citation, a date, an author) inside an inline content control
 * ({@code w:sdt} within a paragraph) keeps being a field. Okapi's Word writer writes such a field as its
 * result only (the text the field showed, joined with the runs beside it): the text is the same, but
 * Word no longer knows it as a citation or updates it. Okapi keeps a complex field (the same field as
 * {@code w:fldChar} begin, {@code w:instrText}, separate, the result's runs, end), which Word reads as the
 * same field. So the copy Okapi reads ({@link WordAsShown}) has each such simple field as its complex
 * form, its instruction marked with a Unicode noncharacter (U+FDD1), and after the writer
 * ({@link WordMarks}'s pass) each complex field so marked is a simple field again, with the instruction
 * and attributes it had and the result's runs as written (translated). A document that holds U+FDD1
 * itself is left as it is.
 *
 * <p>Edited as text; written by hand: Okapi has no option for it.
 */
final class WordSimpleFields {

    /** Marks the instruction of a field that was simple. */
    static final char MARK = '\uFDD1';

    private WordSimpleFields() {
    }

    /** {@code xml} with each simple field inside an inline content control written as a marked complex field. */
    static String complex(String xml, String w) {
        if (xml.indexOf(MARK) >= 0 || !xml.contains(w + ":fldSimple")) {
            return xml;
        }
        String p = Pattern.quote(w);
        // an inline content control: its content holds no paragraph
        Matcher sdt = Pattern.compile("<" + p + ":sdtContent>((?:(?!<" + p + ":p[\\s>/])(?!</?" + p + ":sdtContent[\\s>]).)*)</" + p + ":sdtContent>",
                Pattern.DOTALL).matcher(xml);
        Pattern simple = Pattern.compile("<" + p + ":fldSimple(\\s[^>]*?)\\s*>((?:(?!</?" + p + ":fldSimple[\\s>/]).)*)</" + p + ":fldSimple>",
                Pattern.DOTALL);
        Pattern instr = Pattern.compile("\\s" + p + ":instr\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
        StringBuilder out = new StringBuilder(xml.length() + 256);
        int at = 0;
        while (sdt.find()) {
            Matcher f = simple.matcher(sdt.group(1));
            StringBuilder content = new StringBuilder();
            int from = 0;
            while (f.find()) {
                Matcher i = instr.matcher(f.group(1));
                if (!i.find()) {
                    continue;
                }
                String instruction = i.group(1) != null ? i.group(1) : i.group(2).replace("\"", "&quot;");
                String others = (f.group(1).substring(0, i.start()) + f.group(1).substring(i.end())).strip();
                content.append(sdt.group(1), from, f.start())
                        .append("<").append(w).append(":r><").append(w).append(":fldChar ").append(w).append(":fldCharType=\"begin\"")
                        .append(others.isEmpty() ? "" : " " + others).append("/></").append(w).append(":r>")
                        .append("<").append(w).append(":r><").append(w).append(":instrText xml:space=\"preserve\">").append(instruction).append(MARK)
                        .append("</").append(w).append(":instrText></").append(w).append(":r>")
                        .append("<").append(w).append(":r><").append(w).append(":fldChar ").append(w).append(":fldCharType=\"separate\"/></")
                        .append(w).append(":r>")
                        .append(f.group(2))
                        .append("<").append(w).append(":r><").append(w).append(":fldChar ").append(w).append(":fldCharType=\"end\"/></")
                        .append(w).append(":r>");
                from = f.end();
            }
            if (from == 0) {
                continue;
            }
            content.append(sdt.group(1), from, sdt.group(1).length());
            out.append(xml, at, sdt.start(1)).append(content);
            at = sdt.end(1);
        }
        return at == 0 ? xml : out.append(xml, at, xml.length()).toString();
    }

    /** {@code xml} (as Okapi wrote it) with each marked complex field a simple field again. */
    static String simple(String xml, String w) {
        if (xml.indexOf(MARK) < 0) {
            return xml;
        }
        String p = Pattern.quote(w);
        String run = "<" + p + ":r(?:\\s[^>]*)?>\\s*(?:<" + p + ":rPr\\s*/>|<" + p + ":rPr(?:\\s[^>]*)?>(?:(?!</" + p + ":r>).)*?</" + p + ":rPr>)?\\s*";
        String endRun = "\\s*</" + p + ":r>";
        Pattern field = Pattern.compile(run + "<" + p + ":fldChar\\s+" + p + ":fldCharType=\"begin\"([^>]*?)\\s*/>" + endRun + "\\s*"
                + run + "<" + p + ":instrText(?:\\s[^>]*)?>([^<" + MARK + "]*)" + MARK + "</" + p + ":instrText>" + endRun + "\\s*"
                + run + "<" + p + ":fldChar\\s+" + p + ":fldCharType=\"separate\"\\s*/>" + endRun
                + "((?:(?!<" + p + ":fldChar[\\s/>]).)*?)"
                + run + "<" + p + ":fldChar\\s+" + p + ":fldCharType=\"end\"\\s*/>" + endRun, Pattern.DOTALL);
        Matcher m = field.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        int at = 0;
        while (m.find()) {
            String others = m.group(1).strip();
            out.append(xml, at, m.start()).append("<").append(w).append(":fldSimple ").append(w).append(":instr=\"")
                    .append(m.group(2).replace("\"", "&quot;")).append("\"").append(others.isEmpty() ? "" : " " + others).append(">")
                    .append(m.group(3)).append("</").append(w).append(":fldSimple>");
            at = m.end();
        }
        String done = at == 0 ? xml : out.append(xml, at, xml.length()).toString();
        // a marked field the writer wrote otherwise keeps its instruction without the mark
        return done.replace(String.valueOf(MARK), "");
    }
}
