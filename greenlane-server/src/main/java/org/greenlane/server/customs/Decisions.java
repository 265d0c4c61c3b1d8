package org.greenlane.server.customs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.customs.selectivity.Lane;
import org.greenlane.core.customs.selectivity.LaneDecision;
import org.greenlane.core.customs.selectivity.TraderStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lane decisions, written once per declaration, read by the authority that made them. */
@Repository
class Decisions {

    private static final TypeReference<List<DecisionRecord.FiredCriterion>> FIRED = new TypeReference<>() {
    };
    private static final TypeReference<List<DecisionRecord.Contribution>> CONTRIBUTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Decisions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(UUID declarationId, LaneDecision decision, UUID modelId, UUID challengerId, Double challengerScore) {
        List<DecisionRecord.FiredCriterion> fired = decision.firedCriteria().stream()
                .map(c -> new DecisionRecord.FiredCriterion(c.id(), c.lane(), c.description())).toList();
        List<DecisionRecord.Contribution> contributions = decision.model()
                .map(m -> m.topContributions().stream()
                        .map(c -> new DecisionRecord.Contribution(c.feature(), c.statement(), c.logOdds())).toList())
                .orElse(List.of());
        jdbc.sql("""
                        insert into customs_decision (declaration_id, lane, criteria_version, fired_criteria, model_id, score,
                            adjusted_score, model_lane, contributions, random_draw, random_rate, random_selected, random_lane,
                            trader_status, challenger_id, challenger_score)
                        values (:id, :lane, :criteriaVersion, :fired, :model, :score, :adjusted, :modelLane, :contributions,
                            :draw, :rate, :selected, :randomLane, :status, :challenger, :challengerScore)""")
                .param("id", declarationId).param("lane", decision.lane().name())
                .param("criteriaVersion", decision.criteriaVersion()).param("fired", write(fired))
                .param("model", decision.model().isPresent() ? modelId : null)
                .param("score", decision.model().map(LaneDecision.ModelVerdict::score).orElse(null))
                .param("adjusted", decision.model().map(LaneDecision.ModelVerdict::adjustedScore).orElse(null))
                .param("modelLane", decision.model().map(m -> m.lane().name()).orElse(null))
                .param("contributions", write(contributions))
                .param("draw", decision.random().draw()).param("rate", decision.random().rate())
                .param("selected", decision.random().selected()).param("randomLane", decision.random().lane().name())
                .param("status", decision.traderStatus().name())
                .param("challenger", challengerId).param("challengerScore", challengerScore)
                .update();
    }

    Optional<DecisionRecord> find(UUID declarationId) {
        return jdbc.sql("""
                        select d.*, m.name as model_name from customs_decision d
                        left join customs_model m on m.id = d.model_id where d.declaration_id = :id""")
                .param("id", declarationId).query(this::map).optional();
    }

    private DecisionRecord map(ResultSet row, int index) throws SQLException {
        String modelLane = row.getString("model_lane");
        return new DecisionRecord(row.getObject("declaration_id", UUID.class), Lane.valueOf(row.getString("lane")),
                row.getString("criteria_version"), read(row.getString("fired_criteria"), FIRED),
                row.getObject("model_id", UUID.class), row.getString("model_name"),
                row.getObject("score", Double.class), row.getObject("adjusted_score", Double.class),
                modelLane == null ? null : Lane.valueOf(modelLane), read(row.getString("contributions"), CONTRIBUTIONS),
                row.getDouble("random_draw"), row.getDouble("random_rate"), row.getBoolean("random_selected"),
                Lane.valueOf(row.getString("random_lane")), TraderStatus.valueOf(row.getString("trader_status")),
                row.getObject("challenger_id", UUID.class), row.getObject("challenger_score", Double.class),
                row.getTimestamp("decided_at").toInstant());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException failed) {
            throw new IllegalStateException("could not write a decision as JSON", failed);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException failed) {
            throw new IllegalStateException("a stored decision is not readable JSON", failed);
        }
    }
}
