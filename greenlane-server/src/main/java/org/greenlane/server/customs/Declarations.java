package org.greenlane.server.customs;

import org.greenlane.core.customs.InspectedDeclaration;
import org.greenlane.core.customs.InspectionResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Declarations, read either by the customs authority that received them or by the enterprise that
 * lodged them: every query names one of the two.
 */
@Repository
class Declarations {

    static final String COLUMNS = "d.id, d.authority_id, d.declarant_org_id, d.reference, d.flow, d.declared_on, d.office, "
            + "d.process_type, d.import_type, d.import_use, d.payment_type, d.transport_mode, d.declarant, d.trader, "
            + "d.seller, d.courier, d.hs_code, d.hs_check, d.origin_country, d.departure_country, d.tax_type, d.tax_rate, "
            + "d.origin_indicator, d.net_mass_kg, d.customs_value, d.footprint_ref, d.certificate_ref, "
            + "d.emission_intensity, d.source, d.lodged_at, d.released_at";

    private final JdbcClient jdbc;

    Declarations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(CustomsDeclaration d) {
        jdbc.sql("""
                        insert into customs_declaration (id, authority_id, declarant_org_id, reference, flow, declared_on,
                            office, process_type, import_type, import_use, payment_type, transport_mode, declarant, trader,
                            seller, courier, hs_code, hs_check, origin_country, departure_country, tax_type, tax_rate,
                            origin_indicator, net_mass_kg, customs_value, footprint_ref, certificate_ref,
                            emission_intensity, source, lodged_at, released_at)
                        values (:id, :authority, :declarantOrg, :reference, :flow, :date, :office, :processType,
                            :importType, :importUse, :paymentType, :transport, :declarant, :trader, :seller, :courier, :hs,
                            :hsCheck, :origin, :departure, :taxType, :taxRate, :originIndicator, :mass, :value,
                            :footprint, :certificate, :emissions, :source, :lodgedAt, :releasedAt)""")
                .param("id", d.id()).param("authority", d.authorityId()).param("declarantOrg", d.declarantOrganisationId())
                .param("reference", d.reference()).param("flow", d.flow().name()).param("date", d.date())
                .param("office", d.office()).param("processType", d.processType()).param("importType", d.importType())
                .param("importUse", d.importUse()).param("paymentType", d.paymentType())
                .param("transport", d.transportMode()).param("declarant", d.declarant()).param("trader", d.trader())
                .param("seller", d.seller()).param("courier", d.courier()).param("hs", d.hsCode())
                .param("hsCheck", d.hsCheck()).param("origin", d.originCountry()).param("departure", d.departureCountry())
                .param("taxType", d.taxType()).param("taxRate", d.taxRate()).param("originIndicator", d.originIndicator())
                .param("mass", d.netMassKg()).param("value", d.customsValue()).param("footprint", d.footprintRef())
                .param("certificate", d.certificateRef()).param("emissions", d.embeddedEmissions())
                .param("source", d.source())
                .param("lodgedAt", Timestamp.from(d.lodgedAt() == null ? Instant.now() : d.lodgedAt()))
                .param("releasedAt", d.releasedAt() == null ? null : Timestamp.from(d.releasedAt()))
                .update();
    }

    /** References of the authority that are already taken, among the given ones. */
    Set<String> existingReferences(UUID authorityId, Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select reference from customs_declaration where authority_id = :authority "
                        + "and reference in (:references)")
                .param("authority", authorityId).param("references", references).query(String.class).list());
    }

    Optional<CustomsDeclaration> ofAuthority(UUID authorityId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from customs_declaration d where d.authority_id = :authority and d.id = :id")
                .param("authority", authorityId).param("id", id).query(Declarations::map).optional();
    }

    Optional<CustomsDeclaration> ofDeclarant(UUID organisationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from customs_declaration d where d.declarant_org_id = :organisation and d.id = :id")
                .param("organisation", organisationId).param("id", id).query(Declarations::map).optional();
    }

    /** Inspected declarations of the authority with their results, oldest first: what risk models learn from. */
    List<InspectedDeclaration> inspected(UUID authorityId) {
        return inspected(authorityId, LocalDate.MAX);
    }

    /** Inspected declarations dated strictly before {@code before}, oldest first: a leak-free history. */
    List<InspectedDeclaration> inspected(UUID authorityId, LocalDate before) {
        return jdbc.sql("select " + COLUMNS + ", i.compliant, i.severity from customs_declaration d "
                        + "join customs_inspection i on i.declaration_id = d.id "
                        + "where d.authority_id = :authority and d.declared_on < :before order by d.declared_on, d.lodged_at, d.id")
                .param("authority", authorityId).param("before", before)
                .query((row, index) -> new InspectedDeclaration(map(row, index).toEngine(false),
                        new InspectionResult(!row.getBoolean("compliant"), "CRITICAL".equals(row.getString("severity")))))
                .list();
    }

    void released(UUID id, Instant at) {
        jdbc.sql("update customs_declaration set released_at = :at where id = :id and released_at is null")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    static CustomsDeclaration map(ResultSet row, int index) throws SQLException {
        Timestamp released = row.getTimestamp("released_at");
        Double intensity = row.getObject("emission_intensity", Double.class);
        return new CustomsDeclaration(row.getObject("id", UUID.class), row.getObject("authority_id", UUID.class),
                row.getObject("declarant_org_id", UUID.class), row.getString("reference"), Flow.valueOf(row.getString("flow")),
                row.getObject("declared_on", LocalDate.class), row.getString("office"), row.getString("process_type"),
                row.getString("import_type"), row.getString("import_use"), row.getString("payment_type"),
                row.getString("transport_mode"), row.getString("declarant"), row.getString("trader"),
                row.getString("seller"), row.getString("courier"), row.getString("hs_code"), row.getString("hs_check"),
                row.getString("origin_country"), row.getString("departure_country"), row.getString("tax_type"),
                row.getDouble("tax_rate"), row.getString("origin_indicator"), row.getDouble("net_mass_kg"),
                row.getDouble("customs_value"), row.getString("footprint_ref"), row.getString("certificate_ref"),
                intensity, row.getString("source"), row.getTimestamp("lodged_at").toInstant(),
                released == null ? null : released.toInstant());
    }
}
