package org.greenlane.core.cbam.qreport;

import org.greenlane.core.cbam.CarbonPricePaid;
import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.CnCode;
import org.greenlane.core.cbam.DataSource;
import org.greenlane.core.cbam.EmbeddedEmissions;
import org.greenlane.core.cbam.EmissionsBasis;
import org.greenlane.core.cbam.EmissionsDataCommunication;
import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.ImportLine;
import org.greenlane.core.cbam.LegalBasis;
import org.greenlane.core.cbam.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QReportXmlTest {

    private static final DataSource OPERATOR = DataSource.userInput("operator");
    // Test values for the Registry code lists; real values come from the server's configuration (decision 037).
    private static final QReport.Codes CODES = new QReport.Codes("CBAM", "40", "EU", "0", "01", "EMB", "01", "TOM01", "01", "01", "01");
    private static QReportSchema schema;

    @BeforeAll
    static void loadSchema() {
        schema = QReportSchema.load(SharedData.require(SharedData.QREPORT_XSD, "QReport schema validation"));
    }

    private static Figure f(String value, String unit) {
        return Figure.given("value", new BigDecimal(value), unit, LegalBasis.cbam("Annex IV"), OPERATOR);
    }

    private static String validReport() {
        EmbeddedEmissions clinker = EmbeddedEmissions.communicated(CnCode.parse("25231000"), "(A)",
                f("0.833333333333", "t CO2e/t"), f("0.025", "t CO2e/t"));
        CarbonPricePaid ets = new CarbonPricePaid("Türkiye ETS pilot", "TR", f("10", "TRY/t CO2e"), "TRY", f("0.028", "EUR/TRY"),
                f("0.1", "t CO2e/t"));
        EmissionsDataCommunication.Good good = EmissionsDataCommunication.Good.of(clinker, ets);
        EmissionsDataCommunication communication = new EmissionsDataCommunication(new EmissionsDataCommunication.Installation(
                "TR-INST-0042", "Kiln 1", "Cimento A.S.", "TR", "Izmir"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(good), Optional.empty());
        ImportLine line = new ImportLine("L1", CnCode.parse("25231000"), "TR", new BigDecimal("1200.5"), LocalDate.of(2026, 2, 3),
                new EmissionsBasis.ActualData(clinker, null, ets));
        QReport report = new QReport("Q1", 2026, new QReport.Declarant("DE123456789012345", "Importer GmbH", "CBAM", "Hamburg"),
                new QReport.Signature("Hamburg", "A. Signer", "Customs manager"),
                List.of(QReport.ImportedGood.of(1, line, "Grey clinker", communication, good, "Izmir", CODES)));
        return QReportXml.write(report);
    }

    @Test
    void generatedReportIsValidAgainstTheRegistrySchema() {
        String xml = validReport();

        assertThat(schema.validate(xml)).isEmpty();
        assertThat(xml).contains("<CnCode>25231000</CnCode>").contains("<HsCode>252310</HsCode>")
                // 0.833333333333 rounded half up to the 7 decimals of dec16-7
                .contains("<SpecificEmbeddedEmissions>0.8333333</SpecificEmbeddedEmissions>")
                .contains("<NetMass>1200.500000</NetMass>");
    }

    @Test
    void invalidReportIsRefusedWithEveryViolationListed() {
        String invalid = validReport()
                .replace("<Year>2026</Year>", "<Year>20266</Year>")
                .replace("<Name>Importer GmbH</Name>", "")
                .replace("<CnCode>25231000</CnCode>", "<CnCode>2523</CnCode>");

        List<QReportSchema.Violation> violations = schema.validate(invalid);

        assertThat(violations).extracting(QReportSchema.Violation::message)
                .anyMatch(m -> m.contains("20266"))
                .anyMatch(m -> m.contains("Name"))
                .anyMatch(m -> m.contains("2523"));
        assertThat(violations).allSatisfy(v -> assertThat(v.line()).isPositive());
        assertThatThrownBy(() -> schema.requireValid(invalid)).isInstanceOf(CbamInputException.class)
                .hasMessageContaining("QReport is invalid (" + violations.size() + " violations)")
                .hasMessageContaining("20266").hasMessageContaining("2523");
    }

    @Test
    void notWellFormedXmlIsReportedNotThrown() {
        // an undeclared root element and an unclosed document: both are listed, the second ends the validation
        assertThat(schema.validate("<QReport>")).hasSize(2).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }
}
