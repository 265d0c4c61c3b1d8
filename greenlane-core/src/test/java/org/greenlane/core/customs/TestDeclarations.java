package org.greenlane.core.customs;

import java.time.LocalDate;
import java.util.Optional;

/** Declarations for tests: everything fixed except what a test is about. */
public final class TestDeclarations {

    private TestDeclarations() {
    }

    public static Declaration declaration(String id, LocalDate date, String hsCode) {
        return declaration(id, date, hsCode, "CN", "IMP1", "30");
    }

    public static Declaration declaration(String id, LocalDate date, String hsCode, String origin, String importer,
                                          String office) {
        return new Declaration(id, date, office, "B", "11", "21", "11", "10", "DECL1", importer, "SELL1", "",
                hsCode, origin, origin, 8.0, "A", "E", 100.0, 50_000.0, Optional.empty());
    }

    public static Declaration withEmissions(Declaration d, EmissionClaim claim) {
        return new Declaration(d.id(), d.date(), d.office(), d.processType(), d.importType(), d.importUse(),
                d.paymentType(), d.transportMode(), d.declarant(), d.importer(), d.seller(), d.courier(), d.hsCode(),
                d.departureCountry(), d.originCountry(), d.taxRate(), d.taxType(), d.originIndicator(), d.netMassKg(),
                d.customsValue(), Optional.of(claim));
    }

    public static InspectedDeclaration inspected(Declaration declaration, boolean fraud) {
        return new InspectedDeclaration(declaration, new InspectionResult(fraud, false));
    }
}
