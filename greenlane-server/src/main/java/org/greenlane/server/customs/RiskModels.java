package org.greenlane.server.customs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.customs.model.EvaluationReport;
import org.greenlane.core.customs.model.ModelRole;
import org.greenlane.core.customs.model.ModelVersion;
import org.greenlane.core.customs.model.RiskModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Risk model versions of each authority, with their text, evaluation and calibration scores (decision 047). */
@Repository
class RiskModels {

    private static final String COLUMNS = "id, name, target, role, training_from, training_to, training_rows, trained_at, "
            + "trained_by, feature_schema, settings, evaluation, test_from, test_to, precision_at_5, precision_at_10, auc, "
            + "promoted_at, promoted_by";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RiskModels(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    UUID add(UUID authorityId, RiskModel model, ModelRole role, String trainedBy, Map<String, double[]> referenceByOffice) {
        ModelVersion version = model.version();
        EvaluationReport report = version.evaluation().orElseThrow(
                () -> new IllegalArgumentException("model " + version.id() + " has no evaluation: it cannot be stored"));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into customs_model (id, authority_id, name, target, role, training_from, training_to,
                            training_rows, trained_at, trained_by, feature_schema, settings, model_text, evaluation,
                            test_from, test_to, precision_at_5, precision_at_10, auc, promoted_at, promoted_by)
                        values (:id, :authority, :name, :target, :role, :from, :to, :rows, :trainedAt, :by, :schema,
                            :settings, :text, :evaluation, :testFrom, :testTo, :p5, :p10, :auc, :promotedAt, :promotedBy)""")
                .param("id", id).param("authority", authorityId).param("name", version.id())
                .param("target", version.target().name()).param("role", role.name())
                .param("from", version.trainingFrom()).param("to", version.trainingTo())
                .param("rows", version.trainingRows()).param("trainedAt", Timestamp.from(version.trainedAt()))
                .param("by", trainedBy).param("schema", version.featureSchema())
                .param("settings", write(version.settings())).param("text", model.modelText())
                .param("evaluation", write(report)).param("testFrom", report.from()).param("testTo", report.to())
                .param("p5", report.fraud().precisionAt().get(5)).param("p10", report.fraud().precisionAt().get(10))
                .param("auc", report.fraud().auc())
                .param("promotedAt", role == ModelRole.CHAMPION ? Timestamp.from(version.trainedAt()) : null)
                .param("promotedBy", role == ModelRole.CHAMPION ? trainedBy : null)
                .update();
        referenceByOffice.forEach((office, scores) -> jdbc.sql(
                        "insert into customs_model_reference (model_id, office, scores) values (:model, :office, :scores::float8[])")
                .param("model", id).param("office", office)
                .param("scores", Arrays.stream(scores).mapToObj(Double::toString).collect(Collectors.joining(",", "{", "}")))
                .update());
        return id;
    }

    List<StoredModel> of(UUID authorityId) {
        return jdbc.sql("select " + COLUMNS + " from customs_model where authority_id = :authority "
                        + "order by case role when 'CHAMPION' then 0 when 'CHALLENGER' then 1 else 2 end, trained_at desc")
                .param("authority", authorityId).query(this::map).list();
    }

    Optional<StoredModel> find(UUID authorityId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from customs_model where authority_id = :authority and id = :id")
                .param("authority", authorityId).param("id", id).query(this::map).optional();
    }

    Optional<StoredModel> withRole(UUID authorityId, ModelRole role) {
        return jdbc.sql("select " + COLUMNS + " from customs_model where authority_id = :authority and role = :role "
                        + "order by trained_at desc limit 1")
                .param("authority", authorityId).param("role", role.name()).query(this::map).optional();
    }

    int count(UUID authorityId) {
        return jdbc.sql("select count(*) from customs_model where authority_id = :authority")
                .param("authority", authorityId).query(Integer.class).single();
    }

    /** The engine's model, rebuilt from the stored text and metadata. */
    RiskModel load(StoredModel stored) {
        String text = jdbc.sql("select model_text from customs_model where id = :id").param("id", stored.id())
                .query(String.class).single();
        Map<String, String> settings = new HashMap<>();
        stored.settings().forEach((key, value) -> settings.put(key, String.valueOf(value)));
        ModelVersion version = new ModelVersion(stored.name(), org.greenlane.core.customs.model.Target.valueOf(stored.target()),
                stored.role(), stored.trainingFrom(), stored.trainingTo(), stored.trainingRows(), stored.trainedAt(),
                stored.featureSchema(), settings, Optional.empty());
        return RiskModel.load(version, text);
    }

    Map<String, double[]> references(UUID modelId) {
        Map<String, double[]> references = new HashMap<>();
        jdbc.sql("select office, scores from customs_model_reference where model_id = :model").param("model", modelId)
                .query((org.springframework.jdbc.core.RowCallbackHandler) row -> {
                    Double[] scores = (Double[]) row.getArray("scores").getArray();
                    references.put(row.getString("office"), Arrays.stream(scores).mapToDouble(Double::doubleValue).toArray());
                });
        return references;
    }

    void promote(UUID authorityId, UUID challengerId, String by) {
        jdbc.sql("update customs_model set role = 'RETIRED' where authority_id = :authority and role = 'CHAMPION'")
                .param("authority", authorityId).update();
        jdbc.sql("update customs_model set role = 'CHAMPION', promoted_at = now(), promoted_by = :by "
                        + "where authority_id = :authority and id = :id")
                .param("authority", authorityId).param("id", challengerId).param("by", by).update();
    }

    void retireChallengers(UUID authorityId) {
        jdbc.sql("update customs_model set role = 'RETIRED' where authority_id = :authority and role = 'CHALLENGER'")
                .param("authority", authorityId).update();
    }

    /** Pairs (champion score, challenger score, finding) of inspected declarations scored by both. */
    List<double[]> shadowPairs(UUID authorityId, UUID challengerId) {
        return jdbc.sql("""
                        select c.score, c.challenger_score, case when i.compliant then 0 else 1 end as finding
                        from customs_decision c join customs_declaration d on d.id = c.declaration_id
                        join customs_inspection i on i.declaration_id = c.declaration_id
                        where d.authority_id = :authority and c.challenger_id = :challenger and c.score is not null""")
                .param("authority", authorityId).param("challenger", challengerId)
                .query((row, i) -> new double[]{row.getDouble(1), row.getDouble(2), row.getDouble(3)}).list();
    }

    private StoredModel map(ResultSet row, int index) throws SQLException {
        Timestamp promoted = row.getTimestamp("promoted_at");
        return new StoredModel(row.getObject("id", UUID.class), row.getString("name"), row.getString("target"),
                ModelRole.valueOf(row.getString("role")), row.getObject("training_from", LocalDate.class),
                row.getObject("training_to", LocalDate.class), row.getInt("training_rows"),
                row.getTimestamp("trained_at").toInstant(), row.getString("trained_by"), row.getString("feature_schema"),
                read(row.getString("settings")), read(row.getString("evaluation")),
                row.getObject("test_from", LocalDate.class), row.getObject("test_to", LocalDate.class),
                row.getDouble("precision_at_5"), row.getDouble("precision_at_10"), row.getObject("auc", Double.class),
                promoted == null ? null : promoted.toInstant(), row.getString("promoted_by"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException failed) {
            throw new IllegalStateException("could not write model metadata as JSON", failed);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException failed) {
            throw new IllegalStateException("stored model metadata is not readable JSON", failed);
        }
    }
}
