package org.greenlane.core.cbam;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefaultValueTableTest {

    private static final GoodsScope SCOPE = GoodsScope.annexI();

    // Albania rows as given in the golden facts (Implementing Regulation (EU) 2025/2621, Commission workbook
    // DVs_as_adopted_v20260204): grey clinker 0.87 t/t, hydrogen 14.03 t/t. The fertiliser row carries the issue's
    // 2.76 t/t fertiliser example. Only the totals are stated, so the split columns stay as the workbook prints them.
    private static final DefaultValueTable ALBANIA = TestTables.defaults("""
            AL,Albania,25231000,"Grey clinker",cement,,,0.87,0.957,1.044,1.131,(A)
            AL,Albania,25231000,"White clinker",cement,,,1.30,1.43,1.56,1.69,(B)
            AL,Albania,28041000,"Hydrogen",hydrogen,14.03,,14.03,15.433,16.836,18.239,
            AL,Albania,31023090,"Ammonium nitrate",fertilizers,,,2.76,2.7876,2.7876,2.7876,
            """);

    @Test
    void markedUpValueShowsItsFormulaAndBasis() {
        // 0.87 × 1.10 = 0.957 (issue golden fact; the year-by-year numbers are replayed from golden-facts.csv)
        Figure f = ALBANIA.select("AL", CnCode.parse("2523 10 00"), "Grey clinker")
                .markedUp(SCOPE.require(CnCode.parse("25231000")), 2026);

        assertThat(f.value()).isEqualByComparingTo("0.957");
        assertThat(f.formula()).isEqualTo("0.87 × (1 + 0.1)");
        assertThat(f.basis().act()).isEqualTo(LegalBasis.MARK_UP_APPLICATION);
        assertThat(f.inputs().get(0).basis().act()).isEqualTo(LegalBasis.DEFAULT_VALUES);
    }

    @Test
    void annexIIGoodsUseTheDirectColumnAndOthersTheTotal() {
        // hydrogen (Annex II): direct 14.03 × 1.30 = 18.239 in 2034 (mark-up stays 30 % from 2028)
        assertThat(ALBANIA.select("AL", CnCode.parse("28041000"), null).markedUp(SCOPE.require(CnCode.parse("28041000")), 2034).formula())
                .isEqualTo("14.03 × (1 + 0.3)");
        assertThat(ALBANIA.select("AL", CnCode.parse("31023090"), null).markedUp(SCOPE.require(CnCode.parse("31023090")), 2031).value())
                .isEqualByComparingTo("2.7876");
    }

    @Test
    void severalValuesForOneCodeNeedTheVariantAndTheErrorListsThem() {
        assertThatThrownBy(() -> ALBANIA.select("AL", CnCode.parse("25231000"), null))
                .isInstanceOf(CbamInputException.class)
                .hasMessageContaining("'Grey clinker' (A)").hasMessageContaining("'White clinker' (B)");
        assertThat(ALBANIA.select("AL", CnCode.parse("25231000"), "(b)").row().description()).isEqualTo("White clinker");
        assertThatThrownBy(() -> ALBANIA.select("AL", CnCode.parse("25231000"), "Black clinker"))
                .hasMessageContaining("matches none");
    }

    @Test
    void unlistedCountryFallsBackToOtherCountriesVisibly() throws Exception {
        DefaultValueSelection s = TestTables.sharedDefaults().select("BR", CnCode.parse("7203 10 00"), null);

        // XX row 72030000 (heading 7203): direct 1.325 t/t, 2026 value 1.4575 (workbook DVs_as_adopted_v20260204)
        assertThat(s.row().countryCode()).isEqualTo("XX");
        assertThat(s.row().cnCode()).isEqualTo("72030000");
        assertThat(s.notices()).extracting(Notice::message)
                .anyMatch(m -> m.contains("BR is not listed") && m.contains("(XX) applies"))
                .anyMatch(m -> m.contains("XX value of heading 7203 (row 7203 00 00") && m.contains("covers CN 7203 10 00"));
        assertThat(s.markedUp(SCOPE.require(CnCode.parse("72031000")), 2026).value()).isEqualByComparingTo("1.4575");
    }

    @Test
    void listedCountryWithoutValueFallsBackToOtherCountries() throws Exception {
        // China's heading 3102 row is blank, and it has no row for 3102 10 10: the XX table has none either -> error
        DefaultValueTable shared = TestTables.sharedDefaults();
        assertThatThrownBy(() -> shared.select("CN", CnCode.parse("31021010"), null))
                .isInstanceOf(CbamInputException.class)
                .hasMessageContaining("no default value for CN 3102 10 10 from CN nor for other countries");
        DefaultValueSelection china = TestTables.sharedDefaults().select("CN", CnCode.parse("72071111"), null);
        assertThat(china.row().countryCode()).isEqualTo("CN");
        assertThat(china.notices()).isEmpty();
    }

    @Test
    void publishedMarkedUpColumnsEqualTheTotalTimesTheMarkUpInEveryRow() throws Exception {
        // Confirms decision 032 on the whole workbook: withMarkupYYYY = total × (1 + mark-up), up to one unit in the
        // 6th decimal, because the workbook multiplied unrounded totals (e.g. 7607 00 00 XX: 5.559098 × 1.3 =
        // 7.2268274, published 7.226828). The engine multiplies the printed total, the value of the regulation's annex.
        int checked = 0;
        for (DefaultValueRow row : TestTables.sharedDefaults().rows()) {
            if (row.total().isEmpty()) {
                continue;
            }
            for (var published : row.publishedWithMarkUp().entrySet()) {
                BigDecimal computed = row.total().get().multiply(BigDecimal.ONE.add(MarkUp.rate(row.sector(), published.getKey()).value()));
                assertThat(computed.subtract(published.getValue()).abs())
                        .as("line %d %s %d", row.line(), row.describe(), published.getKey())
                        .isLessThanOrEqualTo(new BigDecimal("0.000001"));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5000);
    }

    @Test
    void malformedRowsAreRefusedNamingLineAndColumn() {
        assertThatThrownBy(() -> TestTables.defaults("AL,Albania,2523100,\"Grey clinker\",cement,,,0.87,,,,\n"))
                .hasMessageContaining("line 2: column cnCode: '2523100'");
        assertThatThrownBy(() -> TestTables.defaults("AL,Albania,25231000,\"Grey clinker\",cement,,,-0.87,,,,\n"))
                .hasMessageContaining("column totalEmissions: -0.87 is negative");
        assertThatThrownBy(() -> TestTables.defaults("AL,Albania,25231000,\"Grey clinker\",glass,,,0.87,,,,\n"))
                .hasMessageContaining("column sector: unknown CBAM sector 'glass'");
        assertThatThrownBy(() -> TestTables.defaults("AL,Albania,25231000,\"Grey clinker\",cement,,,0,87,,,,\n"))
                .hasMessageContaining("line 2 has 13 fields");
    }

    @Test
    void electricityHasNoMarkUpFromThisTableAndYearsOutsideThePeriodAreRefused() {
        assertThatThrownBy(() -> MarkUp.rate(Sector.ELECTRICITY, 2026)).hasMessageContaining("grid");
        assertThatThrownBy(() -> MarkUp.rate(Sector.CEMENT, 2025)).hasMessageContaining("year 2025 is outside the definitive period");
    }
}
