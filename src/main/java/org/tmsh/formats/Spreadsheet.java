package org.tmsh.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.tmsh.common.TmshException;
import org.tmsh.document.InputLimits;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an Excel workbook ({@code .xlsx}) that holds a cell, as rows of cells: what a
 * glossary or a memory that arrives as a spreadsheet is read from ({@code term import}, {@code tm import}).
 *
 * <p>Read with Apache POI's streaming reader (the sheet's XML is never held whole; POI's XML parser reads
 * no DTD and no external entity). Before POI opens it the archive is checked as a DOCX is
 * ({@link InputLimits#checkArchive}: entries, bytes as actually inflated, XML depth, no DOCTYPE), and POI's
 * own zip-bomb guard (inflation ratio) stays on. A cell's value is its text as Excel shows it (numbers and
 * dates by the cell's format); a shared string's phonetic guide (Japanese furigana, {@code <rPh>}) is not
 * part of it. A row's {@link Csv.Row#line()} is its row number in Excel, so a message names the row a
 * translator sees. Refused with one line naming the file: an empty file, an Excel 97-2003 workbook
 * ({@code .xls}), a password-protected workbook (both OLE2 files), anything else that is not a workbook.
 */
public final class Spreadsheet {

    /** A worksheet read: its name as Excel shows it on the tab, and its rows (blank rows left out). */
    public record Sheet(String name, List<Csv.Row> rows) {
    }

    private Spreadsheet() {
    }

    /** True when the file is named as an Excel workbook (.xlsx, or .xls which is refused with one line). */
    public static boolean handles(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls");
    }

    /** The first worksheet that holds a cell; a workbook with none is refused ("no worksheet holds a cell"). */
    public static Sheet read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw TmshException.inFile(file, 0, "file not found");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                throw TmshException.inFile(file, 0, "empty file (expected an Excel workbook, .xlsx)");
            }
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (magic == FileMagic.OLE2) {
            throw TmshException.inFile(file, 0, encrypted(file)
                    ? "a password-protected workbook, which tmsh cannot read: remove the password in Excel"
                    + " (File > Info > Protect Workbook) and save it again"
                    : "an Excel 97-2003 workbook (.xls), which tmsh does not read: save it in Excel as an Excel Workbook (.xlsx)");
        }
        if (magic != FileMagic.OOXML) {
            throw TmshException.inFile(file, 0, "not an Excel workbook (.xlsx): expected a zip archive with a workbook in it"
                    + (magic == FileMagic.UNKNOWN ? "" : ", found " + magic.name().toLowerCase(Locale.ROOT)));
        }
        InputLimits.current().checkArchive(file, "xl/workbook.xml", "an Excel workbook");
        ZipSecureFile.setMinInflateRatio(Math.min(ZipSecureFile.getMinInflateRatio(), 0.01d));
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                List<Csv.Row> rows;
                String name;
                try (InputStream in = sheets.next()) {
                    name = sheets.getSheetName();
                    rows = rows(in, styles, strings);
                }
                if (!rows.isEmpty()) {
                    return new Sheet(name, rows);
                }
            }
            throw TmshException.inFile(file, 0, "no worksheet holds a cell (an empty workbook)");
        } catch (OpenXML4JException e) {
            throw unreadable(file, e);
        } catch (SAXException | ParserConfigurationException e) {
            throw TmshException.inFile(file, 0, "a part of the workbook is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw TmshException.inFile(file, 0, "cannot read the workbook: " + e.getMessage(), e);
        } catch (org.apache.poi.ooxml.POIXMLException | IllegalStateException | IllegalArgumentException
                 | UnsupportedOperationException e) {
            throw unreadable(file, e);
        }
    }

    /** What POI could not read; a Strict Open XML workbook (which POI does not read) said as such. */
    private static TmshException unreadable(Path file, Exception e) {
        if (String.valueOf(e.getMessage()).contains("Strict OOXML")) {
            return TmshException.inFile(file, 0, "a Strict Open XML workbook, which tmsh does not read: save it in"
                    + " Excel as an Excel Workbook (.xlsx)", e);
        }
        return TmshException.inFile(file, 0, "not a readable Excel workbook (.xlsx): "
                + String.valueOf(e.getMessage()).replace(file.toString(), file.getFileName().toString()), e);
    }

    /** A workbook in an OLE2 file is encrypted when the file holds the encrypted package ({@code EncryptionInfo}). */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
                    || fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The rows of one sheet's XML, each padded to its cells' columns ("" where a column has no cell). */
    private static List<Csv.Row> rows(InputStream in, StylesTable styles, ReadOnlySharedStringsTable strings)
            throws IOException, SAXException, ParserConfigurationException {
        List<Csv.Row> rows = new ArrayList<>();
        XSSFSheetXMLHandler.SheetContentsHandler collect = new XSSFSheetXMLHandler.SheetContentsHandler() {
            private List<String> cells;
            private int row;

            @Override
            public void startRow(int rowNum) {
                cells = new ArrayList<>();
                row = rowNum;
            }

            @Override
            public void endRow(int rowNum) {
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                if (!cells.isEmpty()) {
                    rows.add(new Csv.Row(row + 1, List.copyOf(cells)));
                }
            }

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
                int col = ref == null ? cells.size() : new CellReference(ref).getCol();
                while (cells.size() < col) {
                    cells.add("");
                }
                if (cells.size() == col) {
                    cells.add(value == null ? "" : value);
                }
            }
        };
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collect, new DataFormatter(Locale.ROOT), false));
        xml.parse(new InputSource(in));
        return rows;
    }
}
