package org.greenlane.core.footprint.factors;

import org.greenlane.core.footprint.units.Units;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FactorLibraryTest {

    private static final String HEADER = "activity,region,unit,gas,kg_per_unit,co2e_basis,source,publisher,year,"
            + "licence,dqr_technological,dqr_geographical,dqr_temporal,uncertainty_gsd\n";

    @Test
    void regionFallbackChains() {
        RegionHierarchy regions = RegionHierarchy.standard();
        assertThat(regions.fallbackChain("cn-gd")).containsExactly("CN-GD", "CN-S", "CN", "ASIA", "GLOBAL");
        assertThat(regions.fallbackChain("CN-SD")).containsExactly("CN-SD", "CN-N", "CN", "ASIA", "GLOBAL");
        assertThat(regions.fallbackChain("DE-BY")).containsExactly("DE-BY", "DE", "EUROPE", "GLOBAL");
        assertThat(regions.gridRegion("CN-ZJ")).isEqualTo("CN-E");
        assertThatThrownBy(() -> regions.fallbackChain("ZZ")).hasMessageContaining("unknown region 'ZZ'");
    }

    @Test
    void specificRegionBeatsDatasetPrecedenceAndFallbacksDowngradeQuality() throws IOException {
        FactorDataset own = FactorTable.read(new StringReader(HEADER
                + "steel.hot-rolled,GLOBAL,kg,CO2E,2.0,AR6,Own survey 2024,Greenlane test,2024,CC0,2,2,1,1.1\n"),
                "own", "1", "own factors");
        FactorDataset other = FactorTable.read(new StringReader(HEADER
                + "steel.hot-rolled,CN,kg,CO2E,2.5,AR6,Other 2023,Someone,2023,CC0,2,1,2,\n"),
                "other", "3", "other factors");
        FactorLibrary library = new FactorLibrary(List.of(own, other), RegionHierarchy.standard());
        FactorMatch cn = library.find("steel.hot-rolled", "CN-JS");
        // CN-JS -> CN-E -> CN: the CN factor of the second dataset, two steps, geographical 1 + 2 = 3.
        assertThat(cn.usedRegion()).isEqualTo("CN");
        assertThat(cn.fallbackSteps()).isEqualTo(2);
        assertThat(cn.quality().geographical()).isEqualTo(3);
        assertThat(cn.dataset().reference()).isEqualTo("other@3");
        assertThat(cn.warning()).get().asString().contains("used CN (2 fallback steps");
        FactorMatch de = library.find("steel.hot-rolled", "DE");
        assertThat(de.usedRegion()).isEqualTo("GLOBAL");
        assertThat(de.factor().kgCo2ePerUnit(GwpSet.AR6)).isEqualTo(2.0);
        assertThat(de.factor().uncertainty()).isNotNull();
        assertThatThrownBy(() -> library.find("aluminium", "DE"))
                .isInstanceOf(MissingFactorException.class)
                .hasMessageContaining("no emission factor for activity 'aluminium' in region DE");
    }

    @Test
    void perGasFactorsAreRecharacterised() throws IOException {
        // 1 TJ of diesel (IPCC 2006 Table 2.2 defaults in the built-in set): 74,100 kg CO2 + 3 kg CH4 + 0.6 kg N2O.
        // AR6: 74,100 + 3 * 29.8 + 0.6 * 273 = 74,353.2; AR5: 74,100 + 3 * 30 + 0.6 * 265 = 74,349.
        EmissionFactor diesel = FactorLibrary.builtIn().find("fuel.combustion.diesel", "GLOBAL").factor();
        assertThat(diesel.unit()).isEqualTo(Units.TJ);
        assertThat(diesel.kgCo2ePerUnit(GwpSet.AR6)).isCloseTo(74_353.2, within(1e-9));
        assertThat(diesel.kgCo2ePerUnit(GwpSet.AR5)).isCloseTo(74_349, within(1e-9));
    }

    @Test
    void tableErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> FactorTable.read(new StringReader(HEADER
                + "x,GLOBAL,kg,CO2E,abc,AR6,S,P,2024,CC0,1,1,1,\n"), "d", "1", "d"))
                .hasMessageContaining("line 2, column 'kg_per_unit': not a number: abc");
        assertThatThrownBy(() -> FactorTable.read(new StringReader(HEADER
                + "x,GLOBAL,furlong,CO2E,1,AR6,S,P,2024,CC0,1,1,1,\n"), "d", "1", "d"))
                .hasMessageContaining("line 2, column 'unit': unknown unit furlong");
        assertThatThrownBy(() -> FactorTable.read(new StringReader(HEADER
                + "x,GLOBAL,kg,CO2E,-1,AR6,S,P,2024,CC0,1,1,1,\n"), "d", "1", "d"))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> FactorTable.read(new StringReader("activity,region\n"), "d", "1", "d"))
                .hasMessageContaining("missing column 'unit'");
    }

    @Test
    void everyBuiltInFactorIsCited() {
        FactorDataset builtIn = BuiltInFactors.dataset();
        assertThat(builtIn.factors()).hasSizeGreaterThan(40);
        for (EmissionFactor f : builtIn.factors()) {
            assertThat(f.provenance().source()).as(f.activity() + " " + f.region()).hasSizeGreaterThan(20);
            assertThat(f.provenance().licence()).isNotBlank();
        }
    }
}
