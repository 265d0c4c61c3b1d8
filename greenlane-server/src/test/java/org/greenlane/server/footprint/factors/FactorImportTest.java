package org.greenlane.server.footprint.factors;

import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.platform.imports.DatasetImporter;
import org.greenlane.server.platform.imports.ImportReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `./greenlane import` of factor datasets into the real database: all or nothing, once per version. */
class FactorImportTest extends ServerTest {

    @Autowired
    List<DatasetImporter> importers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWithAnyBadRowImportsNothing() throws Exception {
        Path file = Files.createTempFile("factors", ".csv");
        Files.writeString(file, "# dataset: broken-set\n# version: 1\n# name: Broken\n"
                + "activity,region,unit,gas,kg_per_unit,co2e_basis,source,publisher,year,licence,dqr_technological,"
                + "dqr_geographical,dqr_temporal\n"
                + "material.a,CN,kg,CO2E,1.5,AR6,Source A,Pub,2024,CC BY 4.0,1,1,1\n"
                + "material.b,CN,kg,CO2E,lots,AR6,Source B,Pub,2024,CC BY 4.0,1,1,1\n");

        ImportReport report = importer("emission-factors-csv").importFile(file);

        assertThat(report.rejected()).singleElement().asString().contains("line 6", "kg_per_unit", "not a number");
        assertThat(jdbc.sql("select count(*) from factor_dataset where dataset_key = 'broken-set'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void oefdbIsImportedOnceAndUsableInCalculations() {
        Path csv = SharedData.require("factors/oefdb-open-emission-factors.csv", "OEFDB import");
        DatasetImporter oefdb = importer("oefdb");

        ImportReport first = oefdb.importFile(csv);
        ImportReport again = oefdb.importFile(csv);

        assertThat(first.rejected()).isEmpty();
        assertThat(first.imported()).isGreaterThan(3000);
        assertThat(again.rejected()).singleElement().asString().contains("already stored");
        String token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        var found = Https.read(https().get("/api/v1/emission-factors?q=grid_mix_location_based&region=CN-C", token).body());
        assertThat(found.get(0).get("dataset").asText()).startsWith("oefdb@");
        assertThat(found.get(0).get("source").asText()).contains("GHG Protocol");
    }

    private DatasetImporter importer(String name) {
        return importers.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }
}
