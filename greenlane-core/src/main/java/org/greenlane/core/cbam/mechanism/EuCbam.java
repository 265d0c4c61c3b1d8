package org.greenlane.core.cbam.mechanism;

import org.greenlane.core.cbam.CertificateCalculator;
import org.greenlane.core.cbam.CertificatePriceTable;
import org.greenlane.core.cbam.CnCode;
import org.greenlane.core.cbam.EmbeddedEmissions;
import org.greenlane.core.cbam.EmissionsBasis;
import org.greenlane.core.cbam.ImportLine;
import org.greenlane.core.cbam.LegalBasis;
import org.greenlane.core.cbam.LineAssessment;
import org.greenlane.core.cbam.Notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The EU CBAM (law: Regulation (EU) 2023/956) behind the common mechanism interface, for side-by-side comparisons:
 * the consignment's intensities are taken as actual data and costed by the EU engine at the certificate price table.
 * The Article 9 deduction needs the structured carbon price of the EU engine and is not applied here.
 */
public final class EuCbam implements CarbonBorderMechanism {

    private final CertificateCalculator calculator;
    private final CertificatePriceTable prices;
    private final CertificatePriceTable.GapPolicy gapPolicy;

    public EuCbam(CertificateCalculator calculator, CertificatePriceTable prices, CertificatePriceTable.GapPolicy gapPolicy) {
        this.calculator = Objects.requireNonNull(calculator, "certificate calculator");
        this.prices = Objects.requireNonNull(prices, "certificate price table");
        this.gapPolicy = Objects.requireNonNull(gapPolicy, "gap policy");
    }

    @Override
    public String name() {
        return "EU CBAM";
    }

    @Override
    public LegalStatus status() {
        return LegalStatus.LAW;
    }

    @Override
    public String statusNote() {
        return "law: Regulation (EU) 2023/956, definitive period from 1 January 2026";
    }

    @Override
    public MechanismCharge charge(Consignment c) {
        CnCode cn = CnCode.parse(c.commodityCode());
        EmbeddedEmissions ee = EmbeddedEmissions.communicated(cn, "", c.directIntensity(), c.indirectIntensity());
        ImportLine line = new ImportLine(c.id(), cn, c.countryOfOrigin(), c.tonnes(), c.importDate(),
                new EmissionsBasis.ActualData(ee, null, null));
        LineAssessment a = calculator.assess(line, prices, gapPolicy);
        List<Notice> notices = new ArrayList<>(a.notices());
        c.carbonPricePaidPerTonne().ifPresent(p -> notices.add(new Notice(LegalBasis.cbam("Article 9"), "consignment " + c.id()
                + ": the carbon price paid abroad is not deducted by this comparison; declare it with the EU engine's CarbonPricePaid")));
        return new MechanismCharge(name(), status(), c.id(), true, a.cost(), "EUR", notices);
    }
}
