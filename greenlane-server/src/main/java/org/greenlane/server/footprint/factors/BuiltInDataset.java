package org.greenlane.server.footprint.factors;

import org.greenlane.core.footprint.factors.BuiltInFactors;
import org.greenlane.core.footprint.factors.EmissionFactor;
import org.greenlane.core.footprint.factors.FactorDataset;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Stores the engine's curated starter factors (decision 014) as platform reference data at start, once per
 * version, so calculations, results and the factor browser treat them like any other dataset.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BuiltInDataset implements ApplicationRunner {

    private final FactorDatasets datasets;

    BuiltInDataset(FactorDatasets datasets) {
        this.datasets = datasets;
    }

    @Override
    public void run(ApplicationArguments args) {
        FactorDataset builtIn = BuiltInFactors.dataset();
        if (datasets.findPlatform(builtIn.id(), builtIn.version()).isPresent()) {
            return;
        }
        List<NamedFactor> factors = builtIn.factors().stream().map(f -> new NamedFactor(name(f), f)).toList();
        try {
            datasets.store(null, new DatasetContent(builtIn.id(), builtIn.version(), builtIn.name(),
                    "Greenlane (compiled from the public sources cited on each factor)",
                    "each factor's own licence", "builtin-factors.tsv", factors,
                    List.of("Curated starter set shipped with Greenlane; see docs/decisions/014")), true);
        } catch (FactorDatasets.DuplicateDataset storedByAnotherNode) {
            // another node stored it first
        }
    }

    /** "Electricity grid, CN" from "electricity.grid": readable without knowing the id scheme. */
    static String name(EmissionFactor factor) {
        String[] parts = factor.activity().split("\\.");
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(part.replace('-', ' '));
        }
        String text = name.toString();
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + ", " + factor.region();
    }
}
