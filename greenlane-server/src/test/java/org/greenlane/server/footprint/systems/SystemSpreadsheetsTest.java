package org.greenlane.server.footprint.systems;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenlane.core.footprint.Exchange;
import org.greenlane.core.footprint.Process;
import org.greenlane.server.footprint.DeclaredUnit;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.platform.api.InvalidInput;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spreadsheet uploads: the templates we hand out read back, and every problem names sheet, row and column. */
class SystemSpreadsheetsTest {

    private static final Product COIL = new Product(UUID.randomUUID(), UUID.randomUUID(), "Hot-rolled coil", "", null,
            "72083900", DeclaredUnit.TONNE, 0, Instant.EPOCH, Instant.EPOCH);

    @Test
    void billOfMaterialsTemplateReadsBackAsAGuidedSystem() {
        ProductSystemModel fromXlsx = SystemSpreadsheets.read("bom.xlsx", SystemSpreadsheets.template(false), COIL, "x");
        ProductSystemModel fromCsv = SystemSpreadsheets.read("bom.csv",
                SystemSpreadsheets.csvTemplate(false).getBytes(StandardCharsets.UTF_8), COIL, "x");

        assertThat(fromXlsx.kind()).isEqualTo(ProductSystemModel.Kind.GUIDED);
        assertThat(fromXlsx.processes()).isEqualTo(fromCsv.processes());
        // production + 1 material + 1 transport leg
        assertThat(fromXlsx.processes()).extracting(Process::id).containsExactly("production", "material-1", "transport-1");
        Process production = fromXlsx.processes().get(0);
        assertThat(production.site()).isEqualTo("CN-ZJ");
        // The template's slab line has ±10 %: a lognormal around 1.03 with GSD sqrt(1.1).
        Exchange slab = production.exchanges().stream().filter(e -> e.label().startsWith("material 1")).findFirst().orElseThrow();
        assertThat(slab.amount().value()).isEqualTo(1.03);
        assertThat(slab.uncertainty().mean()).isGreaterThan(1.03);
    }

    @Test
    void processDataTemplateReadsBackAsProcesses() {
        ProductSystemModel fromXlsx = SystemSpreadsheets.read("p.xlsx", SystemSpreadsheets.template(true), COIL, "x");
        ProductSystemModel fromCsv = SystemSpreadsheets.read("p.csv",
                SystemSpreadsheets.csvTemplate(true).getBytes(StandardCharsets.UTF_8), COIL, "x");

        assertThat(fromXlsx.kind()).isEqualTo(ProductSystemModel.Kind.PROCESSES);
        assertThat(fromXlsx.referenceProcess()).isEqualTo("rolling");
        assertThat(fromXlsx.processes()).isEqualTo(fromCsv.processes());
        assertThat(fromXlsx.processes().get(0).exchanges()).hasSize(3);
    }

    @Test
    void everyUnreadableCellIsNamedAndNothingIsKept() throws Exception {
        byte[] workbook = workbook(book -> {
            var product = book.createSheet("Product");
            row(product, 0, "field", "value");
            row(product, 1, "site", "CN-ZJ");
            row(product, 2, "produced_amount", "one");
            row(product, 3, "produced_unit", "t");
            var materials = book.createSheet("Materials");
            row(materials, 0, "name", "amount", "unit", "supplier", "supplier_kg_co2e_per_unit");
            row(materials, 1, "Slab", "1.03", "t", "Mill", "1850");
            row(materials, 2, "Zinc", "0,5", "kg", "Smelter", "3.6");
        });

        assertThatThrownBy(() -> SystemSpreadsheets.read("bom.xlsx", workbook, COIL, "x"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
                        .extracting(InvalidInput.FieldProblem::message)
                        .containsExactlyInAnyOrder("sheet 'Product', row 3, column B (value): 'one' is not a number",
                                "sheet 'Materials', row 3, column B (amount): '0,5' is not a number"));
    }

    @Test
    void ruleViolationsPointAtTheirCell() {
        String csv = "sheet,field,value,name,amount,unit,supplier,supplier_kg_co2e_per_unit,activity\r\n"
                + "Product,site,CN-ZJ,,,,,,\r\n"
                + "Product,produced_amount,1,,,,,,\r\n"
                + "Product,produced_unit,t,,,,,,\r\n"
                + "Materials,,,Slab,1.03,t,Mill,1850,\r\n"
                + "Materials,,,Zinc,0.01,lbs,Smelter,3.6,\r\n";

        assertThatThrownBy(() -> SystemSpreadsheets.read("bom.csv", csv.getBytes(StandardCharsets.UTF_8), COIL, "x"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors().get(0).message())
                        .startsWith("sheet 'Materials', row 6, column F (unit): unknown unit 'lbs'"));
    }

    @Test
    void exchangesOfAnUnknownProcessAreRefused() {
        String broken = "sheet,field,value,id,stage,process,type,flow,flow_type,direction,amount,unit\r\n"
                + "System,reference_process,rolling,,,,,,,,,\r\n"
                + "System,reference_flow,coil,,,,,,,,,\r\n"
                + "Processes,,,rolling,PRODUCTION,,,,,,,\r\n"
                + "Exchanges,,,,,rolling,technosphere,coil,PRODUCT,OUTPUT,1,t\r\n"
                + "Exchanges,,,,,rolling,technosphere,slab,PRODUCT,INPUT,1.03,t\r\n"
                + "Exchanges,,,,,slag,technosphere,slab,PRODUCT,OUTPUT,1,t\r\n";

        assertThatThrownBy(() -> SystemSpreadsheets.read("p.csv", broken.getBytes(StandardCharsets.UTF_8), COIL, "x"))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors().get(0).message())
                        .isEqualTo("sheet 'Exchanges', row 7, column F (process): 'slag' is not an id on sheet Processes"));
    }

    @Test
    void aFileThatIsNeitherLayoutIsNamed() {
        assertThatThrownBy(() -> SystemSpreadsheets.read("x.csv", "sheet,a\r\nOther,1\r\n".getBytes(StandardCharsets.UTF_8),
                COIL, "x"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("expected the sheets of a bill of materials");
        assertThatThrownBy(() -> SystemSpreadsheets.read("x.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8),
                COIL, "x"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("x.xlsx");
    }

    private interface Filler {
        void fill(XSSFWorkbook book);
    }

    private static byte[] workbook(Filler filler) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void row(org.apache.poi.ss.usermodel.Sheet sheet, int index, String... cells) {
        var row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
