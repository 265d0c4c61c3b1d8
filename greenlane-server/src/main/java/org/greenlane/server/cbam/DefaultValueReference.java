package org.greenlane.server.cbam;

import org.greenlane.core.cbam.DefaultValueRow;
import org.greenlane.core.cbam.DefaultValueTable;
import org.greenlane.core.customs.selectivity.EmissionReference;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The customs emission-intensity criterion's reference: the CBAM default value (published total column, t CO2e per t of
 * good, without the mark-up, which is a charge and not an emission estimate) of the default-value dataset in use, for
 * the declaration's country of origin, falling back to "other countries and territories" (decision 067).
 *
 * <p>Declared codes are national tariff codes whose first six digits are the internationally harmonised subheading, so
 * the lookup is by HS-6: the lowest value among the country's rows under the subheading (the conservative reference
 * for an "implausibly low" test), else its heading row (xxxx 00 00), else the same in the "other countries" rows.
 */
@Component
class DefaultValueReference implements EmissionReference {

    private record Index(UUID dataset, Map<String, Map<String, BigDecimal>> bySubheading,
                         Map<String, Map<String, BigDecimal>> byHeading) {
    }

    private final ReferenceData reference;
    private final AtomicReference<Index> index = new AtomicReference<>();

    DefaultValueReference(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public OptionalDouble intensity(String hsCode, String originCountry) {
        if (hsCode == null || hsCode.length() < 6 || !hsCode.chars().allMatch(Character::isDigit) || originCountry == null) {
            return OptionalDouble.empty();
        }
        Optional<Index> current = current();
        if (current.isEmpty()) {
            return OptionalDouble.empty();
        }
        Index tables = current.get();
        String hs6 = hsCode.substring(0, 6);
        String heading = hsCode.substring(0, 4);
        for (String country : new String[]{originCountry.strip().toUpperCase(java.util.Locale.ROOT), DefaultValueTable.OTHER_COUNTRIES}) {
            BigDecimal value = tables.bySubheading().getOrDefault(country, Map.of()).get(hs6);
            if (value == null) {
                value = tables.byHeading().getOrDefault(country, Map.of()).get(heading);
            }
            if (value != null) {
                return OptionalDouble.of(value.doubleValue());
            }
        }
        return OptionalDouble.empty();
    }

    /** The index of the dataset in use; rebuilt when another dataset is imported (datasets never change). */
    private Optional<Index> current() {
        Optional<Dataset> dataset = reference.current(Dataset.Kind.DEFAULT_VALUES);
        if (dataset.isEmpty()) {
            return Optional.empty();
        }
        Index known = index.get();
        if (known != null && known.dataset().equals(dataset.get().id())) {
            return Optional.of(known);
        }
        Index built = build(dataset.get().id(), reference.defaultValues(dataset.get()));
        index.set(built);
        return Optional.of(built);
    }

    private static Index build(UUID dataset, DefaultValueTable table) {
        Map<String, Map<String, BigDecimal>> bySubheading = new HashMap<>();
        Map<String, Map<String, BigDecimal>> byHeading = new HashMap<>();
        for (DefaultValueRow row : table.rows()) {
            Optional<BigDecimal> total = row.total().or(row::direct);
            if (total.isEmpty()) {
                continue;
            }
            String cn = row.cnCode();
            if (cn.endsWith("0000")) {
                byHeading.computeIfAbsent(row.countryCode(), c -> new HashMap<>()).merge(cn.substring(0, 4), total.get(), BigDecimal::min);
            } else {
                bySubheading.computeIfAbsent(row.countryCode(), c -> new HashMap<>()).merge(cn.substring(0, 6), total.get(), BigDecimal::min);
            }
        }
        return new Index(dataset, bySubheading, byHeading);
    }
}
