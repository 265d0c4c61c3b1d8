package org.greenlane.server.footprint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.core.ledger.jcs.Jcs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Published footprints (PACT v3 ProductFootprints) of an organisation. A published footprint never changes except
 * for its status: publishing a newer one for the same product deprecates the Active one and lists it (and its own
 * predecessors) in precedingPfIds. Every publication and status change is announced as a {@link FootprintPublication}
 * in the same transaction, which is how the exchange capability (PACT API) and the ledger learn of them.
 */
@Repository
public class PublishedFootprints {

    private static final String COLUMNS = "id, organisation_id, product_id, result_id, status, preceding_pf_ids, "
            + "created_at, status_changed_at, product_ids, product_classifications, geography_country, "
            + "geography_subdivision, geography_region, validity_period_start, validity_period_end, "
            + "reference_period_start, reference_period_end, document";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    PublishedFootprints(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /** The organisation's published footprints, newest first. */
    public List<PublishedFootprint> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from published_footprint where organisation_id = :organisation "
                        + "order by created_at desc, id")
                .param("organisation", organisationId)
                .query((row, n) -> map(row)).list();
    }

    public Optional<PublishedFootprint> find(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from published_footprint where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id)
                .query((row, n) -> map(row)).optional();
    }

    /** The Active footprints of a product, newest first (normally one). */
    public List<PublishedFootprint> active(UUID organisationId, UUID productId) {
        return jdbc.sql("select " + COLUMNS + " from published_footprint where organisation_id = :organisation "
                        + "and product_id = :product and status = 'Active' order by created_at desc, id")
                .param("organisation", organisationId).param("product", productId)
                .query((row, n) -> map(row)).list();
    }

    /** Serialises publications of one product until the transaction ends. */
    public void lockProduct(UUID productId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", "published:" + productId)
                .query((row, n) -> 1).list();
    }

    @Transactional
    public PublishedFootprint add(PublishedFootprint pf) {
        jdbc.sql("insert into published_footprint (" + COLUMNS + ") values (:id, :organisation, :product, :result, "
                        + ":status, :preceding, :created, :changed, :productIds, :classifications, :country, "
                        + ":subdivision, :region, :validStart, :validEnd, :refStart, :refEnd, cast(:document as jsonb))")
                .param("id", pf.id()).param("organisation", pf.organisationId()).param("product", pf.productId())
                .param("result", pf.resultId()).param("status", pf.status().pact())
                .param("preceding", pf.precedingPfIds().toArray(UUID[]::new))
                .param("created", Timestamp.from(pf.created()))
                .param("changed", pf.statusChangedAt() == null ? null : Timestamp.from(pf.statusChangedAt()))
                .param("productIds", pf.productIds().toArray(String[]::new))
                .param("classifications", pf.productClassifications().toArray(String[]::new))
                .param("country", pf.geographyCountry()).param("subdivision", pf.geographySubdivision())
                .param("region", pf.geographyRegion())
                .param("validStart", timestamp(pf.validityPeriodStart()))
                .param("validEnd", timestamp(pf.validityPeriodEnd()))
                .param("refStart", timestamp(pf.referencePeriodStart()))
                .param("refEnd", timestamp(pf.referencePeriodEnd()))
                .param("document", write(pf.pact()))
                .update();
        PublishedFootprint stored = find(pf.organisationId(), pf.id()).orElseThrow();
        announce(stored, stored.created());
        return stored;
    }

    /**
     * Tells the exchange (and any other listener) in this transaction that a footprint was published or changed
     * status; a listener that refuses the document rolls the publication back.
     */
    private void announce(PublishedFootprint pf, Instant when) {
        events.publishEvent(new FootprintPublication(pf.id(), pf.organisationId(), Jcs.canonicalize(write(pf.pact())),
                when));
    }

    /** Marks a footprint Deprecated (in its row and its PACT document); false if it is not the organisation's. */
    @Transactional
    public boolean deprecate(UUID organisationId, UUID id, Instant when) {
        boolean changed = jdbc.sql("update published_footprint set status = 'Deprecated', status_changed_at = :when, "
                        + "document = jsonb_set(document, '{status}', '\"Deprecated\"') "
                        + "where organisation_id = :organisation and id = :id and status = 'Active'")
                .param("when", Timestamp.from(when)).param("organisation", organisationId).param("id", id)
                .update() == 1;
        Optional<PublishedFootprint> pf = find(organisationId, id);
        if (changed) {
            announce(pf.orElseThrow(), when);
        }
        return pf.isPresent();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private PublishedFootprint map(ResultSet row) throws SQLException {
        return new PublishedFootprint(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
                row.getObject("product_id", UUID.class), row.getObject("result_id", UUID.class),
                FootprintStatus.ofPact(row.getString("status")),
                Arrays.asList((UUID[]) row.getArray("preceding_pf_ids").getArray()),
                row.getTimestamp("created_at").toInstant(), instant(row, "status_changed_at"),
                Arrays.asList((String[]) row.getArray("product_ids").getArray()),
                Arrays.asList((String[]) row.getArray("product_classifications").getArray()),
                row.getString("geography_country"), row.getString("geography_subdivision"),
                row.getString("geography_region"), instant(row, "validity_period_start"),
                instant(row, "validity_period_end"), instant(row, "reference_period_start"),
                instant(row, "reference_period_end"), read(row.getString("document")));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp t = row.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private String write(ObjectNode document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a PACT document", e);
        }
    }

    private ObjectNode read(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored PACT document is unreadable", e);
        }
    }
}
