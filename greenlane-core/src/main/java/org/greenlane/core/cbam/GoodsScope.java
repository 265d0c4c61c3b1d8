package org.greenlane.core.cbam;

import org.greenlane.core.cbam.internal.CsvReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The goods scope of the EU CBAM (Annex I of Regulation (EU) 2023/956 as amended by Regulation (EU) 2025/2083),
 * from the curated table shipped with the engine. A lookup explains which row matched, or why none did.
 */
public final class GoodsScope {

    static final String RESOURCE = "annex-i-goods.csv";
    private static final List<String> COLUMNS =
            List.of("code", "description", "sector", "gases", "indirectEmissions", "emissionsBasis", "exclusions");

    private final List<AnnexIRow> rows;

    GoodsScope(List<AnnexIRow> rows) {
        this.rows = List.copyOf(rows);
        for (AnnexIRow a : this.rows) {
            for (AnnexIRow b : this.rows) {
                if (a != b && b.prefix().startsWith(a.prefix())) {
                    throw new IllegalStateException("Annex I rows " + a + " and " + b + " overlap");
                }
            }
        }
    }

    /** The table shipped with the engine. */
    public static GoodsScope annexI() {
        try (InputStream in = GoodsScope.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, "resource " + RESOURCE + " missing from the classpath");
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static GoodsScope read(Reader in, String sourceName) throws IOException {
        List<AnnexIRow> rows = new ArrayList<>();
        for (CsvReader.Record r : CsvReader.read(in, sourceName, COLUMNS)) {
            String code = CnCode.digitsOf(r.get("code"));
            if (!code.matches("\\d{2,8}")) {
                throw new IllegalStateException(sourceName + " line " + r.line() + ": column code: '" + code + "' is not a CN code or prefix");
            }
            List<AnnexIRow.Exclusion> exclusions = new ArrayList<>();
            if (!r.get("exclusions").isEmpty()) {
                for (String item : r.get("exclusions").split("\\|")) {
                    String[] parts = item.split("=", 2);
                    if (parts.length != 2) {
                        throw new IllegalStateException(sourceName + " line " + r.line() + ": column exclusions: '" + item + "' is not code=description");
                    }
                    String excluded = CnCode.digitsOf(parts[0]);
                    exclusions.add(new AnnexIRow.Exclusion(excluded, prefix(excluded), parts[1].strip()));
                }
            }
            String indirect = r.get("indirectEmissions").toLowerCase(Locale.ROOT);
            if (!indirect.equals("true") && !indirect.equals("false")) {
                throw new IllegalStateException(sourceName + " line " + r.line() + ": column indirectEmissions: '" + indirect + "' is not true or false");
            }
            rows.add(new AnnexIRow(code, prefix(code), r.get("description"), Sector.valueOf(r.get("sector")), r.get("gases"),
                    Boolean.parseBoolean(indirect), LegalBasis.cbam(r.get("emissionsBasis")), exclusions));
        }
        return new GoodsScope(rows);
    }

    /** A code ending in "00" groups is the undivided subheading or heading, so it covers every code under it. */
    private static String prefix(String code) {
        String p = code;
        while (p.length() > 4 && p.endsWith("00")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    public List<AnnexIRow> rows() {
        return rows;
    }

    /** The Annex I row of an in-scope CN code; refuses codes outside the scope, naming the reason. */
    public AnnexIRow require(CnCode cn) {
        ScopeDecision decision = lookup(cn.digits());
        if (!decision.inScope()) {
            throw new CbamInputException("CN " + cn + " is not a CBAM good: " + decision.explanation());
        }
        return decision.row().orElseThrow();
    }

    /** Looks up an 8-digit CN code or a 6-digit HS code ("7208 51 20", "720851"). */
    public ScopeDecision lookup(String rawCode) {
        Objects.requireNonNull(rawCode, "code");
        String code = CnCode.digitsOf(rawCode);
        if (!code.matches("\\d{6}|\\d{8}")) {
            throw new CbamInputException("code '" + rawCode + "' is neither an 8-digit CN code nor a 6-digit HS code");
        }
        String kind = code.length() == 8 ? "CN" : "HS";
        String shown = kind + " " + CnCode.format(code);
        for (AnnexIRow row : rows) {
            if (!code.startsWith(row.prefix())) {
                continue;
            }
            for (AnnexIRow.Exclusion ex : row.exclusions()) {
                if (code.startsWith(ex.prefix())) {
                    return new ScopeDecision(code, ScopeDecision.Coverage.OUT_OF_SCOPE, Optional.of(row),
                            shown + " is outside the CBAM: Annex I row '" + row + "' excludes " + ex, row.basis());
                }
            }
            List<AnnexIRow.Exclusion> partly = row.exclusions().stream()
                    .filter(ex -> ex.prefix().length() > code.length() && ex.prefix().startsWith(code)).toList();
            if (!partly.isEmpty()) {
                return new ScopeDecision(code, ScopeDecision.Coverage.PARTIALLY_IN_SCOPE, Optional.of(row),
                        shown + " is partly in scope: Annex I row '" + row + "' covers it except "
                                + partly.stream().map(Object::toString).collect(Collectors.joining("; ")),
                        row.basis());
            }
            return new ScopeDecision(code, ScopeDecision.Coverage.IN_SCOPE, Optional.of(row),
                    shown + " is in scope: Annex I row '" + row + "' (" + row.sector().label() + "; "
                            + (row.indirectEmissionsCount() ? "direct and indirect emissions count"
                            : "direct emissions only, " + row.emissionsBasis().provision()) + ")",
                    row.basis());
        }
        List<AnnexIRow> narrower = rows.stream()
                .filter(r -> r.prefix().length() > code.length() && r.prefix().startsWith(code)).toList();
        if (!narrower.isEmpty()) {
            return new ScopeDecision(code, ScopeDecision.Coverage.PARTIALLY_IN_SCOPE, Optional.of(narrower.get(0)),
                    shown + " is partly in scope: only " + narrower.stream().map(r -> "CN " + r)
                            .collect(Collectors.joining(", ")) + " under it are listed in Annex I",
                    narrower.get(0).basis());
        }
        return new ScopeDecision(code, ScopeDecision.Coverage.OUT_OF_SCOPE, Optional.empty(),
                shown + " is outside the CBAM: no row of Annex I covers it", LegalBasis.cbam("Annex I"));
    }
}
