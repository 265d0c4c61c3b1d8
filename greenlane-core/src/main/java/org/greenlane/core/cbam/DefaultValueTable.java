package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.CsvReader;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Default values per country and CN code (Implementing Regulation (EU) 2025/2621), read from the Commission's
 * table in csv form. Lookup order (decision 032): the country's own value for the CN-8 code, its HS-6
 * subheading row, its heading row; then the same for "XX" (other countries and territories).
 */
public final class DefaultValueTable {

    public static final String OTHER_COUNTRIES = "XX";
    private static final List<String> COLUMNS = List.of("countryCode", "countryName", "cnCode", "description", "sector",
            "directEmissions", "indirectEmissions", "totalEmissions", "withMarkup2026", "withMarkup2027", "withMarkup2028",
            "productionRoute");

    private final DataSource source;
    private final List<DefaultValueRow> rows;
    private final Map<String, Map<String, List<DefaultValueRow>>> index = new HashMap<>();

    private DefaultValueTable(DataSource source, List<DefaultValueRow> rows) {
        this.source = source;
        this.rows = List.copyOf(rows);
        for (DefaultValueRow row : this.rows) {
            index.computeIfAbsent(row.countryCode(), c -> new HashMap<>())
                    .computeIfAbsent(row.cnCode(), c -> new ArrayList<>()).add(row);
        }
    }

    /**
     * Parses the Commission's default-value csv (header: countryCode, countryName, cnCode, description, sector,
     * directEmissions, indirectEmissions, totalEmissions, withMarkup2026..2028, productionRoute). Empty values stay
     * empty (the workbook leaves group rows blank); malformed values fail naming line and column.
     */
    public static DefaultValueTable parse(Reader in, DataSource source) throws IOException {
        Objects.requireNonNull(source, "data source");
        List<DefaultValueRow> rows = new ArrayList<>();
        for (CsvReader.Record r : CsvReader.read(in, source.name(), COLUMNS)) {
            String where = source.name() + " line " + r.line();
            String country = r.get("countryCode");
            if (!country.matches("[A-Z]{2}")) {
                throw new CbamInputException(where + ": column countryCode: '" + country + "' is not a two-letter country code");
            }
            String cn = r.get("cnCode");
            if (!cn.matches("\\d{8}")) {
                throw new CbamInputException(where + ": column cnCode: '" + cn + "' is not an 8-digit CN code");
            }
            Sector sector;
            try {
                sector = Sector.fromWorkbookLabel(r.get("sector"));
            } catch (CbamInputException ex) {
                throw new CbamInputException(where + ": column sector: " + ex.getMessage());
            }
            Map<Integer, BigDecimal> published = new LinkedHashMap<>();
            for (int year = 2026; year <= 2028; year++) {
                int y = year;
                amount(r, "withMarkup" + year, where).ifPresent(v -> published.put(y, v));
            }
            rows.add(new DefaultValueRow(country, r.get("countryName"), cn, r.get("description"), sector,
                    amount(r, "directEmissions", where), amount(r, "indirectEmissions", where),
                    amount(r, "totalEmissions", where), published, r.get("productionRoute"), r.line()));
        }
        return new DefaultValueTable(source, rows);
    }

    private static Optional<BigDecimal> amount(CsvReader.Record r, String column, String where) {
        String raw = r.get(column);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException ex) {
            throw new CbamInputException(where + ": column " + column + ": '" + raw + "' is not a number");
        }
        if (value.signum() < 0) {
            throw new CbamInputException(where + ": column " + column + ": " + raw + " is negative; default values are emissions per tonne");
        }
        return Optional.of(value);
    }

    public DataSource source() {
        return source;
    }

    public List<DefaultValueRow> rows() {
        return rows;
    }

    /**
     * Selects the default value for goods of a CN code from a country of origin.
     *
     * @param variant production route ("(A)") or description ("Grey clinker") where the table has several values
     *                for one code; may be null when the code has one value
     */
    public DefaultValueSelection select(String countryCode, CnCode cn, String variant) {
        Objects.requireNonNull(countryCode, "country of origin");
        Objects.requireNonNull(cn, "CN code");
        String country = countryCode.strip().toUpperCase(Locale.ROOT);
        List<Notice> notices = new ArrayList<>();
        Optional<DefaultValueRow> own = find(country, cn, variant, notices);
        if (own.isPresent()) {
            return new DefaultValueSelection(own.get(), source, notices);
        }
        LegalBasis basis = new LegalBasis(LegalBasis.DEFAULT_VALUES, "default values for other countries and territories");
        String reason = index.containsKey(country) ? "the table has no default value for " + country + " and CN " + cn
                : country + " is not listed in the table";
        notices.add(new Notice(basis, reason + "; the value for other countries and territories (" + OTHER_COUNTRIES + ") applies"));
        DefaultValueRow other = find(OTHER_COUNTRIES, cn, variant, notices).orElseThrow(() -> new CbamInputException(
                "no default value for CN " + cn + " from " + country + " nor for other countries and territories ("
                        + OTHER_COUNTRIES + ") in " + source));
        return new DefaultValueSelection(other, source, notices);
    }

    private Optional<DefaultValueRow> find(String country, CnCode cn, String variant, List<Notice> notices) {
        Map<String, List<DefaultValueRow>> byCode = index.getOrDefault(country, Map.of());
        for (String code : List.of(cn.digits(), cn.hs6() + "00", cn.heading() + "0000")) {
            List<DefaultValueRow> valued = byCode.getOrDefault(code, List.of()).stream().filter(DefaultValueRow::hasValue).toList();
            if (valued.isEmpty()) {
                continue;
            }
            DefaultValueRow row = pick(valued, variant, cn);
            if (!code.equals(cn.digits())) {
                String level = code.equals(cn.hs6() + "00") ? "subheading " + CnCode.format(cn.hs6()) : "heading " + cn.heading();
                notices.add(new Notice(new LegalBasis(LegalBasis.DEFAULT_VALUES, "default values by CN code"),
                        "the " + country + " value of " + level + " (row " + CnCode.format(code) + " '" + row.description()
                                + "', line " + row.line() + ") covers CN " + cn));
            }
            return Optional.of(row);
        }
        return Optional.empty();
    }

    private DefaultValueRow pick(List<DefaultValueRow> rows, String variant, CnCode cn) {
        if (variant == null || variant.isBlank()) {
            if (rows.size() == 1) {
                return rows.get(0);
            }
            throw new CbamInputException("CN " + cn + " has several default values for " + rows.get(0).countryCode()
                    + "; name the variant (production route or description): " + variants(rows));
        }
        List<DefaultValueRow> matching = rows.stream()
                .filter(r -> r.productionRoute().equalsIgnoreCase(variant.strip()) || r.description().equalsIgnoreCase(variant.strip()))
                .toList();
        if (matching.size() != 1) {
            throw new CbamInputException("variant '" + variant + "' " + (matching.isEmpty() ? "matches none" : "matches several")
                    + " of the default values for CN " + cn + " from " + rows.get(0).countryCode() + ": " + variants(rows));
        }
        return matching.get(0);
    }

    private static String variants(List<DefaultValueRow> rows) {
        return rows.stream().map(r -> "'" + r.description() + "'" + (r.productionRoute().isEmpty() ? "" : " " + r.productionRoute()))
                .collect(Collectors.joining(", "));
    }
}
