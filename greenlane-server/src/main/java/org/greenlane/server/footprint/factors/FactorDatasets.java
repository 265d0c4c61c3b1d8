package org.greenlane.server.footprint.factors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.footprint.factors.EmissionFactor;
import org.greenlane.core.footprint.factors.FactorDataset;
import org.greenlane.core.footprint.factors.FactorLibrary;
import org.greenlane.core.footprint.factors.GreenhouseGas;
import org.greenlane.core.footprint.factors.Provenance;
import org.greenlane.core.footprint.factors.RegionHierarchy;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.core.footprint.units.Units;
import org.greenlane.server.footprint.systems.UncertaintyDto;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Factor datasets: stored once, never changed (a new edition is a new version), so results that record
 * key@version can always be recalculated. Loaded datasets and composed libraries are cached by id, which is safe
 * because datasets are immutable.
 */
@Repository
public class FactorDatasets {

    private static final String COLUMNS = "id, organisation_id, dataset_key, version, name, publisher, licence, "
            + "source_file, factor_count, notes, built_in, imported_at";
    private static final String FACTOR_COLUMNS = "d.id as dataset_id, d.dataset_key, d.version, f.activity, f.name, "
            + "f.region, f.unit, f.gases, f.co2e_basis, f.source, f.publisher, f.year, f.licence, f.uncertainty, "
            + "f.dqr_technological, f.dqr_geographical, f.dqr_temporal";
    private static final int CACHED_DATASETS = 32;
    private static final TypeReference<Map<String, Double>> GASES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;
    private final Map<UUID, FactorDataset> loaded = new ConcurrentHashMap<>();
    private final Map<List<UUID>, FactorLibrary> libraries = new ConcurrentHashMap<>();

    FactorDatasets(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** The datasets an organisation sees: its own, then the platform's reference data. */
    public List<FactorDatasetRecord> visibleTo(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from factor_dataset where organisation_id is null "
                        + "or organisation_id = :organisation "
                        + "order by organisation_id is null, built_in desc, imported_at desc, dataset_key, version")
                .param("organisation", organisationId)
                .query(FactorDatasets::map).list();
    }

    public Optional<FactorDatasetRecord> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from factor_dataset where id = :id "
                        + "and (organisation_id is null or organisation_id = :organisation)")
                .param("id", id)
                .param("organisation", organisationId)
                .query(FactorDatasets::map).optional();
    }

    Optional<FactorDatasetRecord> findPlatform(String key, String version) {
        return jdbc.sql("select " + COLUMNS + " from factor_dataset where organisation_id is null "
                        + "and dataset_key = :key and version = :version")
                .param("key", key)
                .param("version", version)
                .query(FactorDatasets::map).optional();
    }

    private boolean referenceTaken(UUID organisationId, String key, String version) {
        return jdbc.sql("select count(*) from factor_dataset where dataset_key = :key and version = :version "
                        + "and (organisation_id is null or organisation_id = :organisation)")
                .param("key", key)
                .param("version", version)
                .param("organisation", organisationId)
                .query(Integer.class).single() > 0;
    }

    /**
     * Stores a dataset and its factors in one transaction.
     *
     * @param organisationId null for platform-wide reference data
     * @throws DuplicateDataset if key@version is already stored where the organisation would see both
     */
    @Transactional
    public FactorDatasetRecord store(UUID organisationId, DatasetContent content, boolean builtIn) {
        // One import at a time per key, so two concurrent imports of the same edition cannot both pass the check.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", "factor_dataset:" + content.key())
                .query((row, n) -> 1).list();
        if (organisationId == null ? findPlatform(content.key(), content.version()).isPresent()
                : referenceTaken(organisationId, content.key(), content.version())) {
            throw new DuplicateDataset(content.reference());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into factor_dataset (id, organisation_id, dataset_key, version, name, publisher, licence, "
                        + "source_file, factor_count, notes, built_in) values (:id, :organisation, :key, :version, "
                        + ":name, :publisher, :licence, :file, :count, :notes, :builtIn)")
                .param("id", id)
                .param("organisation", organisationId)
                .param("key", content.key())
                .param("version", content.version())
                .param("name", content.name())
                .param("publisher", content.publisher())
                .param("licence", content.licence())
                .param("file", content.sourceFile())
                .param("count", content.factors().size())
                .param("notes", content.notes().toArray(String[]::new))
                .param("builtIn", builtIn)
                .update();
        List<Object[]> rows = new ArrayList<>();
        int position = 0;
        for (NamedFactor named : content.factors()) {
            EmissionFactor f = named.factor();
            Map<String, Double> gases = new LinkedHashMap<>();
            f.kgPerUnit().forEach((gas, value) -> gases.put(gas.name(), value));
            rows.add(new Object[]{id, position++, f.activity(), named.name(), f.region(), f.unit().symbol(),
                    write(gases), f.co2eBasis(), f.provenance().source(), f.provenance().publisher(),
                    f.provenance().year(), f.provenance().licence(),
                    f.uncertainty() == null ? null : write(UncertaintyDto.of(f.uncertainty())),
                    f.quality().technological(), f.quality().geographical(), f.quality().temporal()});
        }
        batch.batchUpdate("insert into emission_factor (dataset_id, position, activity, name, region, unit, gases, "
                + "co2e_basis, source, publisher, year, licence, uncertainty, dqr_technological, dqr_geographical, "
                + "dqr_temporal) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)",
                rows);
        return find(organisationId, id).orElseThrow();
    }

    /** Removes an organisation's own dataset, unless a stored result was calculated with it. */
    @Transactional
    public boolean remove(UUID organisationId, UUID id) {
        Optional<FactorDatasetRecord> dataset = find(organisationId, id);
        if (dataset.isEmpty() || dataset.get().platformWide()) {
            return false;
        }
        boolean used = jdbc.sql("select exists (select 1 from footprint_result where :id = any(library))")
                .param("id", id).query(Boolean.class).single();
        if (used) {
            throw new DataIntegrityViolationException("factor dataset " + dataset.get().reference()
                    + " was used by a stored result and must stay for recalculation");
        }
        jdbc.sql("delete from factor_dataset where id = :id and organisation_id = :organisation")
                .param("id", id).param("organisation", organisationId).update();
        loaded.remove(id);
        libraries.keySet().removeIf(ids -> ids.contains(id));
        return true;
    }

    /**
     * The library for a new calculation: the organisation's own datasets first (latest version of each), then the
     * built-in set, then the platform's imported datasets (latest version of each, newest import first).
     */
    public LibraryComposition libraryFor(UUID organisationId) {
        List<FactorDatasetRecord> chosen = new ArrayList<>();
        Map<String, Boolean> keys = new LinkedHashMap<>();
        List<FactorDatasetRecord> visible = visibleTo(organisationId);
        for (FactorDatasetRecord d : visible) {
            if (!d.platformWide() && keys.putIfAbsent("own:" + d.key(), true) == null) {
                chosen.add(d);
            }
        }
        for (FactorDatasetRecord d : visible) {
            if (d.builtIn() && keys.putIfAbsent("platform:" + d.key(), true) == null) {
                chosen.add(d);
            }
        }
        for (FactorDatasetRecord d : visible) {
            if (d.platformWide() && !d.builtIn() && keys.putIfAbsent("platform:" + d.key(), true) == null) {
                chosen.add(d);
            }
        }
        return compose(chosen);
    }

    /** The library a stored result was calculated with, for recalculation; every dataset must still exist. */
    public LibraryComposition library(UUID organisationId, List<UUID> ids) {
        List<FactorDatasetRecord> chosen = new ArrayList<>();
        for (UUID id : ids) {
            chosen.add(find(organisationId, id).orElseThrow(() -> new IllegalStateException(
                    "factor dataset " + id + " of a stored result is gone")));
        }
        return compose(chosen);
    }

    private LibraryComposition compose(List<FactorDatasetRecord> chosen) {
        List<UUID> ids = chosen.stream().map(FactorDatasetRecord::id).toList();
        if (libraries.size() > CACHED_DATASETS) {
            libraries.clear();
        }
        FactorLibrary library = libraries.computeIfAbsent(ids, key -> new FactorLibrary(
                key.stream().map(this::load).toList(), RegionHierarchy.standard()));
        return new LibraryComposition(chosen, library);
    }

    /** The engine's form of a stored dataset. */
    public FactorDataset load(UUID id) {
        FactorDataset cached = loaded.get(id);
        if (cached != null) {
            return cached;
        }
        if (loaded.size() > CACHED_DATASETS) {
            loaded.clear();
        }
        FactorDatasetRecord record = jdbc.sql("select " + COLUMNS + " from factor_dataset where id = :id")
                .param("id", id).query(FactorDatasets::map).single();
        List<EmissionFactor> factors = jdbc.sql("select " + FACTOR_COLUMNS + " from emission_factor f "
                        + "join factor_dataset d on d.id = f.dataset_id where f.dataset_id = :id order by f.position")
                .param("id", id)
                .query((row, n) -> engineFactor(row)).list();
        FactorDataset dataset = new FactorDataset(record.key(), record.version(), record.name(), factors);
        loaded.put(id, dataset);
        return dataset;
    }

    /**
     * Factors whose activity id or name contains every word of {@code query}, in the datasets the organisation
     * sees (or one of them), optionally in one region.
     */
    public List<FactorView> search(UUID organisationId, UUID datasetId, String query, String region, int limit,
                                   int offset) {
        StringBuilder sql = new StringBuilder("select " + FACTOR_COLUMNS + " from emission_factor f "
                + "join factor_dataset d on d.id = f.dataset_id "
                + "where (d.organisation_id is null or d.organisation_id = :organisation)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("organisation", organisationId);
        if (datasetId != null) {
            sql.append(" and d.id = :dataset");
            params.put("dataset", datasetId);
        }
        String[] words = query == null ? new String[0] : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        int w = 0;
        for (String word : words) {
            if (word.isEmpty() || w == 8) {
                continue;
            }
            sql.append(" and (lower(f.activity) like :w").append(w).append(" escape '\\' or lower(f.name) like :w")
                    .append(w).append(" escape '\\')");
            params.put("w" + w, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            w++;
        }
        if (region != null && !region.isBlank()) {
            sql.append(" and f.region = :region");
            params.put("region", region.strip().toUpperCase(Locale.ROOT));
        }
        sql.append(" order by d.built_in desc, d.imported_at desc, f.position limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql.toString()).params(params).query((row, n) -> view(row)).list();
    }

    private EmissionFactor engineFactor(ResultSet row) throws SQLException {
        Map<GreenhouseGas, Double> gases = new EnumMap<>(GreenhouseGas.class);
        read(row.getString("gases"), GASES).forEach((gas, value) -> gases.put(GreenhouseGas.valueOf(gas), value));
        String uncertainty = row.getString("uncertainty");
        return new EmissionFactor(row.getString("activity"), row.getString("region"), Units.of(row.getString("unit")),
                gases, row.getString("co2e_basis"),
                new Provenance(row.getString("source"), row.getString("publisher"), row.getInt("year"),
                        row.getString("licence")),
                uncertainty == null ? null : read(uncertainty, UncertaintyDto.class).toEngine("uncertainty"),
                new DataQualityRating(row.getDouble("dqr_technological"), row.getDouble("dqr_geographical"),
                        row.getDouble("dqr_temporal")));
    }

    private FactorView view(ResultSet row) throws SQLException {
        String uncertainty = row.getString("uncertainty");
        return new FactorView(row.getObject("dataset_id", UUID.class),
                row.getString("dataset_key") + "@" + row.getString("version"), row.getString("activity"),
                row.getString("name"), row.getString("region"), row.getString("unit"),
                read(row.getString("gases"), GASES), row.getString("co2e_basis"), row.getString("source"),
                row.getString("publisher"), row.getInt("year"), row.getString("licence"),
                uncertainty == null ? null : read(uncertainty, UncertaintyDto.class),
                row.getDouble("dqr_technological"), row.getDouble("dqr_geographical"), row.getDouble("dqr_temporal"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + text, e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + text, e);
        }
    }

    private static FactorDatasetRecord map(ResultSet row, int index) throws SQLException {
        Array notes = row.getArray("notes");
        return new FactorDatasetRecord(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getString("dataset_key"), row.getString("version"), row.getString("name"),
                row.getString("publisher"), row.getString("licence"), row.getString("source_file"),
                row.getInt("factor_count"), notes == null ? List.of() : Arrays.asList((String[]) notes.getArray()),
                row.getBoolean("built_in"), row.getTimestamp("imported_at").toInstant());
    }

    /** The datasets of a library in precedence order, and the engine's library built from them. */
    public record LibraryComposition(List<FactorDatasetRecord> datasets, FactorLibrary library) {

        public LibraryComposition {
            datasets = List.copyOf(datasets);
        }

        public List<UUID> ids() {
            return datasets.stream().map(FactorDatasetRecord::id).toList();
        }
    }

    /** key@version is already stored. */
    public static class DuplicateDataset extends RuntimeException {
        public DuplicateDataset(String reference) {
            super("factor dataset " + reference + " is already stored; a new edition needs a new version");
        }
    }
}
