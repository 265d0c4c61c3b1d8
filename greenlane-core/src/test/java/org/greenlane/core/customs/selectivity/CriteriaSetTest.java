package org.greenlane.core.customs.selectivity;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.EmissionClaim;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenlane.core.customs.TestDeclarations.declaration;
import static org.greenlane.core.customs.TestDeclarations.withEmissions;

class CriteriaSetTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static Declaration hs(String code) {
        return declaration("D-" + code, DAY, code);
    }

    @Test
    void hsRangesCompareOnTheirOwnNumberOfDigits() {
        Condition wool = Condition.parse("hs:5103-5104");
        assertThat(wool.matches(hs("510310"), EmissionReference.NONE)).isTrue();
        assertThat(wool.matches(hs("510400"), EmissionReference.NONE)).isTrue();
        assertThat(wool.matches(hs("510500"), EmissionReference.NONE)).isFalse();
        assertThat(wool.matches(hs("510290"), EmissionReference.NONE)).isFalse();
        Condition batteries = Condition.parse("hs:854810");
        assertThat(batteries.matches(hs("854810"), EmissionReference.NONE)).isTrue();
        assertThat(batteries.matches(hs("854890"), EmissionReference.NONE)).isFalse();
    }

    @Test
    void listsAndConjunctions() {
        Condition condition = Condition.parse("hs:7204 & origin:VN,MY & importer:IMP1");
        assertThat(condition.matches(declaration("1", DAY, "720449", "VN", "IMP1", "30"), EmissionReference.NONE)).isTrue();
        assertThat(condition.matches(declaration("2", DAY, "720449", "CN", "IMP1", "30"), EmissionReference.NONE)).isFalse();
        assertThat(condition.matches(declaration("3", DAY, "720449", "VN", "IMP2", "30"), EmissionReference.NONE)).isFalse();
        assertThat(condition.toString()).isEqualTo("hs:7204 & origin:MY,VN & importer:IMP1");
    }

    @Test
    void cbamGoodsNeedVerifiedEmissions() {
        Condition unverified = Condition.parse("cbam-unverified");
        Declaration flatSteel = hs("720851");
        assertThat(unverified.matches(flatSteel, EmissionReference.NONE)).isTrue();
        assertThat(unverified.matches(withEmissions(flatSteel, new EmissionClaim(1.9, false)), EmissionReference.NONE)).isTrue();
        assertThat(unverified.matches(withEmissions(flatSteel, new EmissionClaim(1.9, true)), EmissionReference.NONE)).isFalse();
        // Ferrous scrap (7204) and ferro-silicon (7202 21) are outside Annex I; aluminium bars (7604) are inside.
        assertThat(unverified.matches(hs("720410"), EmissionReference.NONE)).isFalse();
        assertThat(unverified.matches(hs("720221"), EmissionReference.NONE)).isFalse();
        assertThat(unverified.matches(hs("760410"), EmissionReference.NONE)).isTrue();
    }

    @Test
    void implausiblyLowIntensityAgainstTheReference() {
        Condition low = Condition.parse("intensity-below:0.5");
        EmissionReference reference = (code, origin) -> code.startsWith("7208") && origin.equals("CN")
                ? OptionalDouble.of(2.0) : OptionalDouble.empty();
        Declaration steel = hs("720851");
        // Reference 2.0 t CO2e/t; half of it is 1.0: 0.9 fires, 1.0 does not.
        assertThat(low.matches(withEmissions(steel, new EmissionClaim(0.9, true)), reference)).isTrue();
        assertThat(low.matches(withEmissions(steel, new EmissionClaim(1.0, true)), reference)).isFalse();
        assertThat(low.matches(steel, reference)).isFalse();
        assertThat(low.matches(withEmissions(hs("760410"), new EmissionClaim(0.1, true)), reference)).isFalse();
    }

    @Test
    void theTextFormRoundTripsAndErrorsNameTheLine() {
        CriteriaSet set = CriteriaSet.parse("""
                # analyst's notes
                criteria-set 2025.2 effective 2025-02-01
                WASTE-3915 | YELLOW | hs:3915 | Waste, parings and scrap, of plastics (HS 3915)
                WATCH-1 | RED | declarant:DECL1 & hs:61-62 | Declarant under investigation, apparel
                """);
        assertThat(set.version()).isEqualTo("2025.2");
        assertThat(CriteriaSet.parse(set.format())).isEqualTo(set);
        assertThat(set.fired(hs("620342"), EmissionReference.NONE)).extracting(RiskCriterion::id).containsExactly("WATCH-1");
        assertThatThrownBy(() -> CriteriaSet.parse("criteria-set 1 effective 2025-01-01\nX | PURPLE | hs:3915 | d"))
                .hasMessage("criteria line 2: lane must be RED, YELLOW or BLUE, was 'PURPLE'");
        assertThatThrownBy(() -> CriteriaSet.parse("criteria-set 1 effective 2025-01-01\nX | RED | hs:3916-3915 | d"))
                .hasMessage("criteria line 2: HS range 3916-3915 ends before it starts");
        assertThatThrownBy(() -> CriteriaSet.parse("criteria-set 1 effective 2025-01-01\nX | GREEN | hs:3915 | d"))
                .hasMessageContaining("its lane cannot be GREEN");
        assertThatThrownBy(() -> CriteriaSet.parse("X | RED | hs:3915 | d"))
                .hasMessageContaining("criteria line 1: expected 'criteria-set <version> effective <yyyy-mm-dd>'");
        assertThatThrownBy(() -> set.with("2025.3", DAY, set.criteria().get(0)))
                .hasMessageContaining("criterion id WASTE-3915 appears twice");
    }

    @Test
    void theShippedSetCoversTheWasteHeadingsOfTheIssue() {
        CriteriaSet defaults = CriteriaSet.defaults();
        for (String code : new String[]{"261800", "262190", "391510", "400400", "470710", "500300", "510320", "510400",
                "520210", "630900", "631010", "700100", "711292", "720430", "740400", "750300", "760200", "780200",
                "790200", "800200", "854810", "854911"}) {
            assertThat(defaults.fired(hs(code), EmissionReference.NONE)).as(code).isNotEmpty();
        }
        assertThat(defaults.fired(hs("392690"), EmissionReference.NONE)).isEmpty();
        assertThat(defaults.fired(hs("262011"), EmissionReference.NONE)).extracting(RiskCriterion::lane)
                .containsExactly(Lane.RED);
    }
}
