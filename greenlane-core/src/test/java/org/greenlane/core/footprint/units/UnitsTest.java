package org.greenlane.core.footprint.units;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitsTest {

    @Test
    void convertsByExactDefinitions() {
        // 1 lb = 0.45359237 kg exactly; 1 kWh = 3.6 MJ; 1 MWh = 1000 kWh; 1 t*mi = 1.609344 t*km; 250 g = 0.25 kg.
        assertThat(Quantity.of(1, "lb").in(Units.KG)).isEqualTo(0.45359237);
        assertThat(Quantity.of(1, "kWh").in(Units.MJ)).isEqualTo(3.6);
        assertThat(Quantity.of(1, "MWh").in(Units.KWH)).isEqualTo(1000);
        assertThat(Quantity.of(1, "t*mi").in(Units.TKM)).isEqualTo(1.609344);
        assertThat(Quantity.of(250, "g").in(Units.KG)).isEqualTo(0.25);
        assertThat(Quantity.of(1, "US gal").in(Units.LITRE)).isEqualTo(3.785411784);
    }

    @Test
    void aliasesResolveToTheSameUnit() {
        assertThat(Units.of("tonne.km")).isSameAs(Units.TKM);
        assertThat(Units.of("tkm")).isSameAs(Units.TKM);
        // Case matters first: "mg" is the milligram, 1e-6 kg.
        assertThat(Quantity.of(1, "mg").in(Units.KG)).isEqualTo(1e-6);
    }

    @Test
    void refusesToMixDimensions() {
        assertThatThrownBy(() -> Quantity.of(1, "kg").in(Units.KWH))
                .isInstanceOf(UnitException.class)
                .hasMessageContaining("cannot convert kg (MASS) to kWh (ENERGY)");
        assertThatThrownBy(() -> Units.of("parsec")).hasMessageContaining("unknown unit 'parsec'");
    }
}
