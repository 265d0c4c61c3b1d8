package org.greenlane.core.footprint.factors;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Checks the built-in numbers against the public files they were copied from, where those files are present. */
class BuiltInFactorsSharedDataTest {

    private static final Path DATA = Path.of(System.getProperty("greenlane.repo.root", "."))
            .resolve("../shared/data/factors");

    @Test
    void chinaRegionalGridFactorsMatchTheOefdbRows() throws IOException {
        Path p = DATA.resolve("oefdb-open-emission-factors.csv");
        assumeTrue(Files.exists(p), "../shared/data/factors/oefdb-open-emission-factors.csv not present: skipping"
                + " the China grid cross-check");
        Map<String, String> published = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                List<String> cells = FactorTable.split(line, ',', 0);
                if (cells.size() > 19 && cells.get(2).equals("electricity-energy_source_grid_mix_location_based")
                        && cells.get(19).startsWith("CN-")) {
                    published.put(cells.get(19), cells.get(5));
                }
            }
        }
        FactorLibrary library = FactorLibrary.builtIn();
        for (String grid : List.of("CN-N", "CN-NE", "CN-E", "CN-C", "CN-NW", "CN-S")) {
            double builtIn = library.find(BuiltInFactors.GRID_ELECTRICITY, grid).factor().kgPerUnit()
                    .get(GreenhouseGas.CO2E);
            assertThat(builtIn).as(grid).isEqualTo(Double.parseDouble(published.get(grid)));
        }
    }

    @Test
    void freightIntensitiesAreDesnzTankToWheelPlusWellToTank() throws IOException {
        Path p = DATA.resolve("desnz-ghg-conversion-factors-2023.csv");
        assumeTrue(Files.exists(p), "../shared/data/factors/desnz-ghg-conversion-factors-2023.csv not present:"
                + " skipping the DESNZ freight cross-check");
        Map<String, Double> byId = desnzById(p);
        assumeThat(byId).containsKeys("4517", "5277");
        FactorLibrary library = FactorLibrary.builtIn();
        Map<String, String[]> ids = Map.of(
                "transport.road.diesel", new String[] {"4517", "5277"},
                "transport.rail.average-mix", new String[] {"4937", "5382"},
                "transport.sea.conventional", new String[] {"5117", "5427"},
                "transport.air.conventional", new String[] {"4933", "5381"});
        for (Map.Entry<String, String[]> e : ids.entrySet()) {
            double expected = byId.get(e.getValue()[0]) + byId.get(e.getValue()[1]);
            double builtIn = library.find(e.getKey(), "GLOBAL").factor().kgPerUnit().get(GreenhouseGas.CO2E);
            assertThat(builtIn).as(e.getKey()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void fuelVariantsAreTheBaselineIntensityScaledByWellToWheelFuelFactors() throws IOException {
        Path p = DATA.resolve("desnz-ghg-conversion-factors-2023.csv");
        assumeTrue(Files.exists(p), "../shared/data/factors/desnz-ghg-conversion-factors-2023.csv not present:"
                + " skipping the fuel-variant cross-check");
        Map<String, Double> byId = desnzById(p);
        assumeThat(byId).containsKeys("185", "2439", "41", "2403");
        // Decision 070: variant = baseline WTW t.km intensity x fuel WTW / baseline fuel WTW, per kWh net CV
        // (DESNZ gives biofuels per GJ: 1 GJ = 277.777... kWh).
        double diesel = byId.get("185") + byId.get("2439");
        double marineFuelOil = byId.get("389") + byId.get("2487");
        double lng = byId.get("41") + byId.get("2403");
        double biodiesel = (byId.get("473") + byId.get("2511")) / 277.7777777777778;
        double bioMethanol = (byId.get("501") + byId.get("2539")) / 277.7777777777778;
        double road = byId.get("4517") + byId.get("5277");
        double sea = byId.get("5117") + byId.get("5427");
        Map<String, Double> expected = Map.of(
                "transport.road.lng", road * lng / diesel,
                "transport.road.biodiesel", road * biodiesel / diesel,
                "transport.sea.lng", sea * lng / marineFuelOil,
                "transport.sea.biodiesel", sea * biodiesel / marineFuelOil,
                "transport.sea.green-methanol", sea * bioMethanol / marineFuelOil);
        FactorLibrary library = FactorLibrary.builtIn();
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            double builtIn = library.find(e.getKey(), "GLOBAL").factor().kgPerUnit().get(GreenhouseGas.CO2E);
            // the table keeps five significant digits
            assertThat(builtIn).as(e.getKey()).isCloseTo(e.getValue(),
                    org.assertj.core.api.Assertions.within(e.getValue() * 5e-5));
        }
    }

    @Test
    void inlandWaterwayAndElectricRailAreTheUbaRows() throws IOException {
        Path p = DATA.resolve("oefdb-open-emission-factors.csv");
        assumeTrue(Files.exists(p), "../shared/data/factors/oefdb-open-emission-factors.csv not present: skipping"
                + " the UBA freight cross-check");
        Map<String, String> ar4ByActivity = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                List<String> cells = FactorTable.split(line, ',', 0);
                if (cells.size() > 15 && cells.get(15).equals("UBA")) {
                    ar4ByActivity.put(cells.get(2), cells.get(6));
                }
            }
        }
        FactorLibrary library = FactorLibrary.builtIn();
        String barge = "sea_freight-vessel_type_cargo-route_type_inland-vessel_length_na-tonnage_500t-fuel_source_diesel";
        String electricTrain = "freight_train-route_type_domestic-fuel_type_electricity";
        assertThat(library.find("transport.inland-waterway.diesel", "GLOBAL").factor().kgPerUnit().get(GreenhouseGas.CO2E))
                .isEqualTo(Double.parseDouble(ar4ByActivity.get(barge)));
        assertThat(library.find("transport.rail.electric", "GLOBAL").factor().kgPerUnit().get(GreenhouseGas.CO2E))
                .isEqualTo(Double.parseDouble(ar4ByActivity.get(electricTrain)));
    }

    private static Map<String, Double> desnzById(Path p) throws IOException {
        Map<String, Double> byId = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            while ((line = in.readLine()) != null) {
                List<String> cells = FactorTable.split(line, ',', 0);
                if (cells.size() > 17) {
                    try {
                        byId.put(cells.get(0), Double.parseDouble(cells.get(17)));
                    } catch (NumberFormatException ignored) {
                        // rows without a numeric factor are not used here
                    }
                }
            }
        }
        return byId;
    }
}
