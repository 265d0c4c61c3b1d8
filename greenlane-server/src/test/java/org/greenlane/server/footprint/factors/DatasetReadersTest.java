package org.greenlane.server.footprint.factors;

import org.greenlane.core.footprint.factors.EmissionFactor;
import org.greenlane.core.footprint.factors.FactorLibrary;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.GwpSet;
import org.greenlane.core.footprint.factors.RegionHierarchy;
import org.greenlane.core.footprint.units.Units;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The dataset readers on the public files (when ../shared/data is present) and on small broken files. */
class DatasetReadersTest {

    @Test
    void desnzWorkbookAndCsvGiveTheSameFactors() throws Exception {
        Path xlsx = SharedData.require("factors/desnz-ghg-conversion-factors-2023-flat-file.xlsx", "DESNZ workbook");
        Path csv = SharedData.require("factors/desnz-ghg-conversion-factors-2023.csv", "DESNZ csv");

        DatasetRead workbook = DesnzConversionFactors.read(xlsx);
        DatasetRead longCsv = DesnzConversionFactors.read(csv);

        assertThat(workbook.problems()).isEmpty();
        assertThat(longCsv.problems()).isEmpty();
        assertThat(workbook.content().reference()).isEqualTo("desnz-ghg-conversion-factors@2023");
        Map<String, EmissionFactor> fromWorkbook = byActivity(workbook);
        Map<String, EmissionFactor> fromCsv = byActivity(longCsv);
        // The csv is a re-publication of the same factors with values rounded to 5 decimals or 9 significant digits.
        assertThat(fromWorkbook.keySet()).containsAll(fromCsv.keySet());
        fromCsv.forEach((activity, factor) -> {
            EmissionFactor same = fromWorkbook.get(activity);
            assertThat(same.unit()).as(activity).isEqualTo(factor.unit());
            double a = factor.kgPerUnit().get(GreenhouseGas.CO2E);
            double b = same.kgPerUnit().get(GreenhouseGas.CO2E);
            assertThat(a).as(activity).isCloseTo(b, within(Math.max(Math.abs(b) * 1e-6, 5e-6)));
        });
        // Butane by mass, id 1_100_1000_15_1: 3033.38067 kg CO2e per tonne in the 2023 flat file (row 7).
        EmissionFactor butane = fromWorkbook.get("desnz:1_100_1000_15");
        assertThat(butane.unit()).isEqualTo(Units.TONNE);
        assertThat(butane.kgPerUnit().get(GreenhouseGas.CO2E)).isCloseTo(3033.38067, within(1e-5));
        assertThat(butane.co2eBasis()).isEqualTo("AR5");
        assertThat(workbook.content().notes()).anyMatch(note -> note.contains("passenger.km"));
        new FactorLibrary(List.of(new org.greenlane.core.footprint.factors.FactorDataset("desnz", "2023", "DESNZ",
                workbook.content().factors().stream().map(NamedFactor::factor).toList())), RegionHierarchy.standard());
    }

    @Test
    void oefdbReadsEveryUsableRowAndCitesItsSource() throws Exception {
        Path csv = SharedData.require("factors/oefdb-open-emission-factors.csv", "OEFDB");

        DatasetRead read = OpenEmissionFactors.read(csv);

        assertThat(read.problems()).isEmpty();
        DatasetContent content = read.content();
        assertThat(content.key()).isEqualTo("oefdb");
        assertThat(content.version()).startsWith("2022-");
        assertThat(content.notes()).anyMatch(note -> note.contains("unit 'USD'"))
                .anyMatch(note -> note.contains("region 'EU'"));
        FactorLibrary library = new FactorLibrary(List.of(new org.greenlane.core.footprint.factors.FactorDataset(
                content.key(), content.version(), content.name(),
                content.factors().stream().map(NamedFactor::factor).toList())), RegionHierarchy.standard());
        // China's Central grid in the OEFDB is the GHG Protocol cross-sector tools value 0.9014 kg CO2e/kWh (AR5),
        // the same figure the built-in set cites (decision 014).
        var central = library.find("oefdb:electricity-energy_source_grid_mix_location_based/electricity_generation/kWh", "CN-C");
        assertThat(central.usedRegion()).isEqualTo("CN-C");
        assertThat(central.factor().kgCo2ePerUnit(GwpSet.AR6)).isCloseTo(0.9014, within(1e-9));
        assertThat(central.factor().provenance().source()).contains("GHG Protocol");
    }

    @Test
    void badCellsAreNamedBySheetRowAndColumnAndNothingIsKept() throws Exception {
        String csv = "id_original,Level 1,Level 2,Level 3,Level 4,Column Text,UOM,GHG/Unit,GHG Conversion Factor 2023\n"
                + "1_1_1_1_1,Fuels,Gaseous fuels,Butane,,,tonne,kg CO2e,3033.4\n"
                + "1_1_1_2_1,Fuels,Gaseous fuels,CNG,,,tonne,kg CO2e,2.5e\n"
                + "1_1_1_3_1,Fuels,Gaseous fuels,LNG,,,litre,kg CO2e,1.2\n";

        DatasetRead read = DesnzConversionFactors.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "broken.csv");

        assertThat(read.ok()).isFalse();
        assertThat(read.problems()).containsExactly(
                "sheet 'broken.csv', row 3, column I (GHG Conversion Factor 2023): '2.5e' is not a number");
    }

    @Test
    void missingColumnsAreNamed() throws Exception {
        String csv = "activity_id,name,activity_unit,region\nx,y,kg,GB\n";

        DatasetRead read = OpenEmissionFactors.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "short.csv", "0".repeat(64));

        assertThat(read.problems()).contains("sheet 'short.csv': missing column 'kgCO2e-AR5'",
                "sheet 'short.csv': missing column 'year_released'");
    }

    @Test
    void genericCsvNeedsItsHeaderCommentsAndKeepsNames() {
        String header = "activity,name,region,unit,gas,kg_per_unit,co2e_basis,source,publisher,year,licence,"
                + "dqr_technological,dqr_geographical,dqr_temporal\n";
        String row = "material.steel-billet,\"Steel billet, supplier X\",CN-ZJ,t,CO2E,1850,AR6,"
                + "\"Supplier X EPD 2024, table 3\",Supplier X,2024,proprietary,1,1,1\n";

        DatasetRead missing = FactorCsv.read(header + row, "mine.csv");
        DatasetRead good = FactorCsv.read("# dataset: supplier-x\n# version: 2024.1\n# name: Supplier X factors\n"
                + header + row, "mine.csv");
        DatasetRead badRegion = FactorCsv.read("# dataset: supplier-x\n# version: 2024.1\n# name: Supplier X\n"
                + header + row.replace("CN-ZJ", "ATLANTIS"), "mine.csv");

        assertThat(missing.problems()).contains("mine.csv: missing header comment '# dataset: ...'");
        assertThat(good.content().reference()).isEqualTo("supplier-x@2024.1");
        assertThat(good.content().factors()).singleElement()
                .satisfies(f -> assertThat(f.name()).isEqualTo("Steel billet, supplier X"));
        assertThat(badRegion.problems()).singleElement().asString().contains("ATLANTIS");
    }

    private static Map<String, EmissionFactor> byActivity(DatasetRead read) {
        return read.content().factors().stream().map(NamedFactor::factor)
                .collect(Collectors.toMap(EmissionFactor::activity, Function.identity()));
    }
}
