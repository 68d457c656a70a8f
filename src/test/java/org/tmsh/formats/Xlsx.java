package org.tmsh.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Excel workbook part by part, in the shape Excel itself saves one (written from ECMA-376 Part 1
 * and the parts of a workbook Excel saved, read by hand; no file copied): {@code [Content_Types].xml},
 * the package and workbook relationships, {@code xl/workbook.xml} with the sheets in tab order,
 * {@code xl/worksheets/sheetN.xml} whose text cells point into {@code xl/sharedStrings.xml}
 * ({@code t="s"}), numbers as {@code <v>} with a style, empty cells left out, and {@code xl/styles.xml}
 * with a date format. A test may give a sheet's {@code sheetData} or a shared string's {@code <si>} raw,
 * for what a plain string cannot show (rich-text runs, a phonetic guide, an inline string).
 */
public final class Xlsx {

    private final List<String> strings = new ArrayList<>();
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();

    /** A part written as {@code text} instead of what this class writes (a hostile or broken part). */
    public Xlsx part(String name, String text) {
        overrides.put(name, text);
        return this;
    }

    /** A shared string (plain text), its index. */
    public int string(String text) {
        return rawString("<t xml:space=\"preserve\">" + escape(text) + "</t>");
    }

    /** A shared string given as the inside of its {@code <si>} (runs {@code <r>}, a phonetic {@code <rPh>}). */
    public int rawString(String siInner) {
        strings.add(siInner);
        return strings.size() - 1;
    }

    /** A sheet whose rows are text cells from column A ("" or null: no cell, as Excel leaves it out). */
    public Xlsx sheet(String name, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            sb.append(row(r + 1, rows.get(r)));
        }
        return rawSheet(name, sb.toString());
    }

    /** A row of text cells from column A, as Excel writes it. */
    public String row(int number, List<String> cells) {
        StringBuilder sb = new StringBuilder("<row r=\"" + number + "\">");
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            if (v == null || v.isEmpty()) {
                continue;
            }
            sb.append("<c r=\"").append(column(c)).append(number).append("\" t=\"s\"><v>").append(string(v)).append("</v></c>");
        }
        return sb.append("</row>").toString();
    }

    /** A sheet given as the inside of its {@code <sheetData>}. */
    public Xlsx rawSheet(String name, String sheetData) {
        sheets.put(name, sheetData);
        return this;
    }

    /** The column letters of a 0-based column: A, B, ..., Z, AA. */
    public static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : column(c / 26 - 1) + (char) ('A' + c % 26);
    }

    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
        return file;
    }

    public void write(OutputStream os) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(os);
        StringBuilder types = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
        StringBuilder book = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <workbookPr defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>""");
        StringBuilder rels = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        int n = 0;
        List<String[]> parts = new ArrayList<>();
        for (Map.Entry<String, String> s : sheets.entrySet()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            book.append("<sheet name=\"").append(escape(s.getKey())).append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            parts.add(new String[] {"xl/worksheets/sheet" + n + ".xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>"""
                    + s.getValue() + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"});
        }
        types.append("</Types>");
        book.append("</sheets></workbook>");
        rels.append("<Relationship Id=\"rId").append(n + 1).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
                .append("<Relationship Id=\"rId").append(n + 2).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                .append("</Relationships>");
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + strings.size()
                + "\" uniqueCount=\"" + strings.size() + "\">");
        strings.forEach(s -> sst.append("<si>").append(s).append("</si>"));
        sst.append("</sst>");
        put(zip, "[Content_Types].xml", types.toString());
        put(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>""");
        put(zip, "xl/workbook.xml", book.toString());
        put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
        for (String[] p : parts) {
            put(zip, p[0], p[1]);
        }
        put(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""");
        put(zip, "xl/sharedStrings.xml", sst.toString());
        zip.finish();
    }

    private void put(ZipOutputStream zip, String name, String text) throws IOException {
        text = overrides.getOrDefault(name, text);
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
