package org.greenlane.core.cbam;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Facts from Annex I and Annex II of Regulation (EU) 2023/956. */
class GoodsScopeTest {

    private final GoodsScope scope = GoodsScope.annexI();

    @Test
    void hotRolledSteelIsInScopeWithDirectEmissionsOnly() {
        ScopeDecision d = scope.lookup("7208 51 20");

        assertThat(d.coverage()).isEqualTo(ScopeDecision.Coverage.IN_SCOPE);
        assertThat(d.row().orElseThrow().sector()).isEqualTo(Sector.IRON_AND_STEEL);
        assertThat(d.row().orElseThrow().indirectEmissionsCount()).isFalse();
        assertThat(d.explanation()).contains("'72 Iron and steel'").contains("Annex II");
    }

    @Test
    void sinteredOreCementAndFertilisersCountIndirectEmissions() {
        assertThat(scope.lookup("26011200").row().orElseThrow().indirectEmissionsCount()).isTrue();
        assertThat(scope.lookup("25231000").row().orElseThrow().indirectEmissionsCount()).isTrue();
        assertThat(scope.lookup("31021010").row().orElseThrow().sector()).isEqualTo(Sector.FERTILISERS);
        assertThat(scope.lookup("28141000").row().orElseThrow().indirectEmissionsCount()).isTrue();
    }

    @Test
    void hydrogenElectricityAndAluminiumCountDirectEmissionsOnly() {
        assertThat(scope.lookup("28041000").row().orElseThrow().indirectEmissionsCount()).isFalse();
        assertThat(scope.lookup("27160000").row().orElseThrow().sector()).isEqualTo(Sector.ELECTRICITY);
        assertThat(scope.lookup("76011010").row().orElseThrow().indirectEmissionsCount()).isFalse();
    }

    @Test
    void ferroSiliconAndScrapAreExcludedNamingTheExclusion() {
        ScopeDecision ferroSilicon = scope.lookup("72022100");
        assertThat(ferroSilicon.coverage()).isEqualTo(ScopeDecision.Coverage.OUT_OF_SCOPE);
        assertThat(ferroSilicon.explanation()).contains("7202 2 Ferro-silicon");

        assertThat(scope.lookup("72044910").explanation()).contains("7204 Ferrous waste and scrap");
        assertThat(scope.lookup("72029910").coverage()).isEqualTo(ScopeDecision.Coverage.OUT_OF_SCOPE);
        // ferro-manganese, ferro-chromium and ferro-nickel stay in scope
        assertThat(scope.lookup("72021100").inScope()).isTrue();
        assertThat(scope.lookup("72026000").inScope()).isTrue();
    }

    @Test
    void aluminiumScrapAndKitchenwareAreNotListed() {
        assertThat(scope.lookup("76020011").coverage()).isEqualTo(ScopeDecision.Coverage.OUT_OF_SCOPE);
        assertThat(scope.lookup("761510").explanation()).contains("no row of Annex I covers it");
        assertThat(scope.lookup("73151110").coverage()).isEqualTo(ScopeDecision.Coverage.OUT_OF_SCOPE);
    }

    @Test
    void hsSixLookupSaysWhenOnlySomeCnCodesAreInScope() {
        ScopeDecision kaolin = scope.lookup("250700");
        assertThat(kaolin.coverage()).isEqualTo(ScopeDecision.Coverage.PARTIALLY_IN_SCOPE);
        assertThat(kaolin.explanation()).contains("only CN 2507 00 80 Other kaolinic clays");

        ScopeDecision otherFerroAlloys = scope.lookup("720299");
        assertThat(otherFerroAlloys.coverage()).isEqualTo(ScopeDecision.Coverage.PARTIALLY_IN_SCOPE);
        assertThat(otherFerroAlloys.explanation()).contains("7202 99 10 Ferro-phosphorus");

        assertThat(scope.lookup("310560").coverage()).isEqualTo(ScopeDecision.Coverage.OUT_OF_SCOPE);
        assertThat(scope.lookup("310520").coverage()).isEqualTo(ScopeDecision.Coverage.IN_SCOPE);
        assertThat(scope.lookup("730300").coverage()).isEqualTo(ScopeDecision.Coverage.IN_SCOPE);
    }

    @Test
    void requireRefusesGoodsOutsideTheScope() {
        assertThatThrownBy(() -> scope.require(CnCode.parse("0901 11 00")))
                .isInstanceOf(CbamInputException.class)
                .hasMessageContaining("CN 0901 11 00 is not a CBAM good");
    }

    @Test
    void malformedCodesAreRefused() {
        assertThatThrownBy(() -> scope.lookup("72A8")).hasMessageContaining("'72A8'");
        assertThatThrownBy(() -> CnCode.parse("7208 51")).hasMessageContaining("exactly 8 digits");
    }
}
