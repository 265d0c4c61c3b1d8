package org.greenlane.server.customs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Inspection results, one per declaration, never changed once recorded. */
@Repository
class Inspections {

    /** A recorded result. */
    record Recorded(UUID declarationId, boolean compliant, Finding finding, String note, String inspectedBy,
                    Instant inspectedAt) {
    }

    private final JdbcClient jdbc;

    Inspections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a result; false when the declaration already has one. */
    boolean add(UUID declarationId, Finding finding, String note, String by, Instant at) {
        return jdbc.sql("""
                        insert into customs_inspection (declaration_id, compliant, category, severity, note, inspected_by, inspected_at)
                        values (:id, :compliant, :category, :severity, :note, :by, :at) on conflict do nothing""")
                .param("id", declarationId).param("compliant", finding == null)
                .param("category", finding == null ? null : finding.category().name())
                .param("severity", finding == null ? null : finding.severity().name())
                .param("note", note).param("by", by).param("at", java.sql.Timestamp.from(at)).update() == 1;
    }

    Optional<Recorded> find(UUID declarationId) {
        return jdbc.sql("select * from customs_inspection where declaration_id = :id").param("id", declarationId)
                .query((row, i) -> {
                    String category = row.getString("category");
                    return new Recorded(declarationId, row.getBoolean("compliant"), category == null ? null
                            : new Finding(Finding.Category.valueOf(category), Finding.Severity.valueOf(row.getString("severity"))),
                            row.getString("note"), row.getString("inspected_by"), row.getTimestamp("inspected_at").toInstant());
                }).optional();
    }
}
