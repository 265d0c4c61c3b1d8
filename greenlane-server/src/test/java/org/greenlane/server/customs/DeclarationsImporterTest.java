package org.greenlane.server.customs;

import org.greenlane.server.ServerTest;
import org.greenlane.server.platform.imports.DatasetImporter;
import org.greenlane.server.platform.imports.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** ./greenlane import customs-declarations | customs-kcs | hs-2017: all or nothing, problems by line and column. */
class DeclarationsImporterTest extends ServerTest {

    private static final String HEADER = "reference,flow,date,office,declarant,trader,hsCode,originCountry,"
            + "departureCountry,taxRate,netMassKg,customsValue,inspectionResult,findingCategory,findingSeverity";

    @Autowired
    List<DatasetImporter> importers;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private ImportReport run(String name, String content) throws Exception {
        Path file = dir.resolve(name + "-" + UUID.randomUUID() + ".csv");
        Files.writeString(file, content);
        return importers.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().importFile(file);
    }

    private int stored(String prefix) {
        return jdbc.sql("select count(*) from customs_declaration where reference like :p").param("p", prefix + "%")
                .query(Integer.class).single();
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithLineAndColumn() throws Exception {
        String p = "I" + UUID.randomUUID().toString().substring(0, 6);
        String today = LocalDate.now().toString();
        ImportReport report = run("customs-declarations", HEADER + "\n"
                + p + "-1,IMPORT," + today + ",NGB-BL,DCL1,TRD001,392690,VN,VN,6.5,100,900,,,\n"
                + p + "-2,IMPORT," + today + ",NGB-BL,DCL1,TRD001,392690,VN,VN,6.5,-100,900,,,\n"
                + p + "-3,IMPORT,2031-01-01,NGB-ZZ,DCL1,TRD001,392690,VN,VN,6.5,100,900,,,\n"
                + p + "-4,IMPORT," + today + ",NGB-BL,\"DCL1,TRD001,392690,VN,VN,6.5,100,900,,,\n"
                + p + "-5,SIDEWAYS," + today + ",NGB-BL,DCL1,TRD001,392690,VN,VN,abc,100,900,,,\n");

        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).contains(
                "line 5: unterminated quoted field",
                "line 6, column 'flow': 'SIDEWAYS' must be IMPORT or EXPORT",
                "line 6, column 'taxRate': 'abc' is not a number");
        assertThat(stored(p)).isZero();

        ImportReport rules = run("customs-declarations", HEADER + "\n"
                + p + "-1,IMPORT," + today + ",NGB-BL,DCL1,TRD001,392690,VN,VN,6.5,100,900,,,\n"
                + p + "-2,IMPORT," + today + ",NGB-BL,DCL1,TRD001,392690,VN,VN,6.5,-100,900,,,\n"
                + p + "-3,IMPORT,2031-01-01,NGB-ZZ,DCL1,TRD001,392690,VN,VN,6.5,100,900,,,\n"
                + p + "-1,IMPORT," + today + ",NGB-BL,DCL1,TRD001,392690,VN,VN,6.5,100,900,,,\n"
                + p + "-6,IMPORT," + today + ",NGB-BL,DCL1,TRD001,770000,VN,VN,6.5,100,900,,,\n");
        assertThat(rules.imported()).isZero();
        assertThat(rules.rejected()).anyMatch(r -> r.startsWith("line 3, column 'netMassKg': -100.0 is negative"))
                .anyMatch(r -> r.startsWith("line 4, column 'date': 2031-01-01 is in the future"))
                .anyMatch(r -> r.startsWith("line 4, column 'office': 'NGB-ZZ' is not a known customs office"))
                .anyMatch(r -> r.startsWith("line 6, column 'hsCode': HS code 770000: chapter 77"))
                .anyMatch(r -> r.startsWith("line 5, column 'reference': '" + p + "-1' appears twice"));
        assertThat(stored(p)).isZero();
    }

    @Test
    void historyRowsAreStoredWithTheirResultAndNewRowsAreDecided() throws Exception {
        String p = "H" + UUID.randomUUID().toString().substring(0, 6);
        String day = LocalDate.now().minusDays(1).toString();
        ImportReport report = run("customs-declarations", HEADER + "\n"
                + p + "-1,IMPORT," + day + ",NGB-CS,DCL2,TRD002,470790,US,US,0,20000,4000,COMPLIANT,,\n"
                + p + "-2,IMPORT," + day + ",NGB-CS,DCL2,TRD002,470790,US,US,0,20000,4000,NON_COMPLIANT,PROHIBITED_WASTE,CRITICAL\n"
                + p + "-3,IMPORT," + day + ",NGB-CS,DCL2,TRD002,470790,US,US,0,20000,4000,,,\n");

        assertThat(report.rejected()).isEmpty();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from customs_inspection i join customs_declaration d on d.id = i.declaration_id "
                + "where d.reference like :p").param("p", p + "%").query(Integer.class).single()).isEqualTo(2);
        // Recovered paper (HS 4707) is a waste stream: criterion WASTE-4707 sends the new row to YELLOW at least.
        assertThat(jdbc.sql("select c.lane from customs_decision c join customs_declaration d on d.id = c.declaration_id "
                + "where d.reference = :r").param("r", p + "-3").query(String.class).single()).isIn("YELLOW", "RED");
    }

    @Test
    void theKoreaCustomsLayoutImportsInspectedHistory() throws Exception {
        String p = "K" + UUID.randomUUID().toString().substring(0, 6);
        String header = "Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,Mode of Transport,"
                + "Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,Country of Departure,Country of Origin,Tax Rate,"
                + "Tax Type,Country of Origin Indicator,Net Mass,Item Price,Fraud,Critical Fraud";
        ImportReport bad = run("customs-kcs", header + "\n" + p + "1,2024-03-01,NGB-BL,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,"
                + "440890,BE,BE,0.0,FEU1,G,108.0,372254.4,0,2\n");
        assertThat(bad.rejected()).containsExactly("line 2, column 'Critical Fraud': Critical Fraud 2 contradicts Fraud 0");

        ImportReport good = run("customs-kcs", header + "\n"
                + p + "1,2024-03-01,NGB-BL,B,11,21,11,10,ZZR1LT6,QLRUBN9,0VKY2BR,,440890,BE,BE,0.0,FEU1,G,108.0,372254.4,0,0\n"
                + p + "2,2024-03-01,NGB-BL,B,11,21,11,40,SWF9S4X,7JD1S2X,8WDKMC6,,690722,CN,CN,8.0,A,Y,11352.0,375751.2,1,2\n");
        assertThat(good.rejected()).isEmpty();
        assertThat(jdbc.sql("select i.severity from customs_inspection i join customs_declaration d on d.id = i.declaration_id "
                + "where d.reference = :r").param("r", p + "2").query(String.class).single()).isEqualTo("CRITICAL");
    }

    @Test
    void aLoadedNomenclatureChecksSubheadingsOfItsPeriod() throws Exception {
        ImportReport nomenclature = run("hs-2017", "section,hscode,description,parent,level\n"
                + "XV,72,Iron and steel,TOTAL,2\nXV,7208,Flat-rolled products of iron,72,4\n"
                + "XV,720839,\"Flat-rolled, hot-rolled, in coils, < 3 mm\",7208,6\n");
        assertThat(nomenclature.rejected()).isEmpty();
        assertThat(nomenclature.imported()).isEqualTo(3);
        assertThat(run("hs-2017", "section,hscode,description,parent,level\nXV,7208,Flat,72,6\n").rejected())
                .containsExactly("line 2, column 'level': 6 does not match the 4-digit code 7208");

        String p = "N" + UUID.randomUUID().toString().substring(0, 6);
        ImportReport report = run("customs-declarations", HEADER + "\n"
                + p + "-1,IMPORT,2020-05-04,NGB-BL,DCL1,TRD001,720839,KR,KR,0,100,900,COMPLIANT,,\n"
                + p + "-2,IMPORT,2020-05-04,NGB-BL,DCL1,TRD001,720890,KR,KR,0,100,900,COMPLIANT,,\n");
        assertThat(report.rejected()).containsExactly("line 3, column 'hsCode': HS code 720890: subheading 720890 "
                + "does not exist in HS 2017, in force on 2020-05-04");
    }
}
