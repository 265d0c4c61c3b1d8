package org.greenlane.server.footprint.tables;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads .xlsx workbooks (Apache POI) into sheets of text cells. Numbers come out in plain decimal form with every
 * digit the file stores (not as formatted on screen), dates as ISO 8601, formulas as their cached result.
 */
public final class Workbooks {

    static {
        // Refuse zip bombs: an entry may not inflate more than 100 times its compressed size.
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    private Workbooks() {
    }

    /** A sheet as rows of text, blank rows included, each with its spreadsheet row number. */
    public record RawSheet(String name, List<Table.Row> rows) {

        public RawSheet {
            rows = List.copyOf(rows);
        }

        /** The first row matching {@code isHeader} becomes the header; non-blank rows below it are the rows. */
        public Table table(Predicate<List<String>> isHeader) {
            for (int i = 0; i < rows.size(); i++) {
                if (isHeader.test(rows.get(i).cells())) {
                    Table.Builder table = new Table.Builder(name, rows.get(i).cells());
                    for (Table.Row row : rows.subList(i + 1, rows.size())) {
                        if (!row.isBlank()) {
                            table.add(row.number(), row.cells());
                        }
                    }
                    return table.build();
                }
            }
            throw new IllegalArgumentException("sheet '" + name + "' has no header row");
        }

        /** The first non-blank row is the header. */
        public Table table() {
            return table(cells -> cells.stream().anyMatch(cell -> !cell.isBlank()));
        }
    }

    public static List<RawSheet> read(InputStream in) throws IOException {
        List<RawSheet> sheets = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                List<Table.Row> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    short last = row.getLastCellNum();
                    for (int c = 0; c < last; c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    rows.add(new Table.Row(row.getRowNum() + 1, cells));
                }
                sheets.add(new RawSheet(sheet.getSheetName(), rows));
            }
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                 | org.apache.poi.EmptyFileException notAWorkbook) {
            throw new IllegalArgumentException("the file is not an .xlsx workbook: " + notAWorkbook.getMessage());
        }
        return sheets;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC).toLocalDate().toString()
                    : plain(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    /** 72083900.0 as "72083900", 0.5703 as "0.5703": every digit of the stored double, no exponent. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
