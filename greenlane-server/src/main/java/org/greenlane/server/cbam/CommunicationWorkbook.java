package org.greenlane.server.cbam;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The emissions data communication as an xlsx workbook for the EU importer: the installation, its goods with their
 * specific embedded emissions, the precursors, and every figure with formula, legal basis and data source.
 */
@Component
class CommunicationWorkbook {

    byte[] write(Results.Communication c) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);

            Sheet summary = book.createSheet("Communication");
            List<String[]> facts = new ArrayList<>();
            facts.add(new String[]{"Emissions data communication", "Regulation (EU) 2023/956 Article 10 and Annex IV; Implementing Regulation (EU) 2025/2547"});
            facts.add(new String[]{"Installation identifier", c.installation().identifier()});
            facts.add(new String[]{"Installation name", c.installation().name()});
            facts.add(new String[]{"Operator", c.installation().operator()});
            facts.add(new String[]{"Country", c.installation().country()});
            facts.add(new String[]{"City", c.installation().city()});
            facts.add(new String[]{"Address", c.installation().address()});
            facts.add(new String[]{"Reporting period", c.periodStart() + " to " + c.periodEnd()});
            if (c.recipient() != null) {
                facts.add(new String[]{"Recipient (EU importer)", c.recipient().name() + ", EORI " + c.recipient().eori()});
            }
            facts.add(new String[]{"Verification", c.verification() == null ? "not verified"
                    : c.verification().verifier() + " (accreditation " + c.verification().accreditationNumber() + "), "
                    + c.verification().date() + ": " + c.verification().opinion()});
            facts.add(new String[]{"Default values used for precursors", c.referenceData().defaultValues().name() + " ("
                    + c.referenceData().defaultValues().version() + ")"});
            for (int i = 0; i < facts.size(); i++) {
                Row row = summary.createRow(i);
                cell(row, 0, facts.get(i)[0], header);
                cell(row, 1, facts.get(i)[1], null);
            }

            Sheet goods = book.createSheet("Goods");
            headerRow(goods, header, "CN code", "Production route", "SEE direct (t CO2e/t)", "SEE indirect (t CO2e/t)",
                    "Precursor default values used", "Carbon price instrument", "Carbon price paid", "Currency",
                    "Carbon price paid per t of good (EUR)");
            Sheet precursors = book.createSheet("Precursors");
            headerRow(precursors, header, "Good CN code", "Precursor", "CN code", "Origin", "Production route",
                    "Mass per t of good (t/t)", "SEE direct (t CO2e/t)", "SEE indirect (t CO2e/t)", "Data");
            Sheet figures = book.createSheet("Figures");
            headerRow(figures, header, "Figure", "Value", "Unit", "Formula", "Legal basis", "Data source", "Version");
            int goodRow = 1;
            int precursorRow = 1;
            List<FigureView> traced = new ArrayList<>();
            for (Results.CommunicatedGood g : c.goods()) {
                Row row = goods.createRow(goodRow++);
                cell(row, 0, g.cnCode(), null);
                cell(row, 1, g.productionRoute(), null);
                number(row, 2, g.seeDirect());
                number(row, 3, g.seeIndirect());
                cell(row, 4, g.usesDefaultValues() ? "yes" : "no", null);
                if (g.carbonPricePaid() != null) {
                    cell(row, 5, g.carbonPricePaid().instrument(), null);
                    number(row, 6, g.carbonPricePaid().pricePerTonneCo2e());
                    cell(row, 7, g.carbonPricePaid().currency(), null);
                    number(row, 8, g.carbonPricePaid().eurPerTonneOfGood());
                    traced.add(g.carbonPricePaid().eurPerTonneOfGood());
                }
                traced.add(g.seeDirect());
                traced.add(g.seeIndirect());
                for (Results.CommunicatedPrecursor p : g.precursors()) {
                    Row pr = precursors.createRow(precursorRow++);
                    cell(pr, 0, g.cnCode(), null);
                    cell(pr, 1, p.name(), null);
                    cell(pr, 2, p.cnCode(), null);
                    cell(pr, 3, p.origin(), null);
                    cell(pr, 4, p.productionRoute(), null);
                    number(pr, 5, p.massPerTonneOfGood());
                    number(pr, 6, p.seeDirect());
                    number(pr, 7, p.seeIndirect());
                    cell(pr, 8, p.dataKind(), null);
                }
            }
            int figureRow = 1;
            for (FigureView f : flatten(traced)) {
                Row row = figures.createRow(figureRow++);
                cell(row, 0, f.label(), null);
                cell(row, 1, f.value(), null);
                cell(row, 2, f.unit(), null);
                cell(row, 3, f.formula(), null);
                cell(row, 4, f.legalBasis(), null);
                cell(row, 5, f.source().name(), null);
                cell(row, 6, f.source().version(), null);
            }
            for (Sheet sheet : List.of(summary, goods, precursors, figures)) {
                sheet.setColumnWidth(0, 40 * 256);
                sheet.setColumnWidth(1, 30 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<FigureView> flatten(List<FigureView> figures) {
        List<FigureView> all = new ArrayList<>();
        for (FigureView f : figures) {
            all.add(f);
            all.addAll(flatten(f.inputs()));
        }
        return all;
    }

    private static void headerRow(Sheet sheet, CellStyle style, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            cell(row, i, titles[i], style);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Numbers as numeric cells so that the importer can compute with them; the exact values are on the Figures sheet. */
    private static void number(Row row, int column, FigureView figure) {
        row.createCell(column).setCellValue(new BigDecimal(figure.value()).doubleValue());
    }
}
