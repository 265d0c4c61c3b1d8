package org.greenlane.server.footprint.results;

import org.greenlane.core.footprint.electricity.Certificate;
import org.greenlane.core.footprint.electricity.CertificateAllocation;
import org.greenlane.core.footprint.electricity.CertificateLedger;
import org.greenlane.core.footprint.electricity.InstrumentType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's certificates and the ledger of their claims. Claims are made inside the calculation's
 * transaction under an advisory lock per organisation, so two calculations never claim the same MWh.
 */
@Repository
public class Certificates {

    private static final String COLUMNS = "c.id, c.certificate_id, c.instrument, c.market, c.vintage, c.mwh, "
            + "c.kg_co2e_per_mwh, c.description, c.created_at, "
            + "coalesce((select sum(a.mwh) from certificate_allocation a where a.certificate_id = c.id), 0) as claimed";

    private final JdbcClient jdbc;

    Certificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CertificateRecord> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from electricity_certificate c where c.organisation_id = :organisation "
                        + "order by c.market, c.vintage, c.certificate_id")
                .param("organisation", organisationId)
                .query((row, n) -> new CertificateRecord(row.getObject("id", UUID.class), row.getString("certificate_id"),
                        row.getString("instrument"), row.getString("market"), row.getInt("vintage"),
                        row.getDouble("mwh"), row.getDouble("kg_co2e_per_mwh"), row.getString("description"),
                        row.getDouble("claimed"), row.getTimestamp("created_at").toInstant()))
                .list();
    }

    public Optional<CertificateRecord> find(UUID organisationId, UUID id) {
        return of(organisationId).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Transactional
    public CertificateRecord add(UUID organisationId, CertificateDraft draft) {
        CertificateDraft d = draft.checked();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into electricity_certificate (id, organisation_id, certificate_id, instrument, market, "
                        + "vintage, mwh, kg_co2e_per_mwh, description) values (:id, :organisation, :certificate, "
                        + ":instrument, :market, :vintage, :mwh, :rate, :description)")
                .param("id", id).param("organisation", organisationId).param("certificate", d.certificateId())
                .param("instrument", d.instrument()).param("market", d.market()).param("vintage", d.vintage())
                .param("mwh", d.mwh()).param("rate", d.kgCo2ePerMWh()).param("description", d.description())
                .update();
        return find(organisationId, id).orElseThrow();
    }

    /** Removes a certificate nobody has claimed; a claimed one stays, since footprints rest on it. */
    @Transactional
    public boolean remove(UUID organisationId, UUID id) {
        Optional<CertificateRecord> certificate = find(organisationId, id);
        if (certificate.isEmpty()) {
            return false;
        }
        if (certificate.get().claimedMWh() > 0) {
            throw new DataIntegrityViolationException("certificate " + certificate.get().certificateId()
                    + " is claimed by a footprint");
        }
        return jdbc.sql("delete from electricity_certificate where organisation_id = :organisation and id = :id")
                .param("organisation", organisationId).param("id", id).update() == 1;
    }

    /** Serialises ledger changes of one organisation until the surrounding transaction ends. */
    void lock(UUID organisationId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", "certificates:" + organisationId)
                .query((row, n) -> 1).list();
    }

    /** The ledger, keyed by the certificates' database ids; null if the organisation holds no instruments. */
    Ledger ledger(UUID organisationId) {
        List<CertificateRecord> records = of(organisationId);
        if (records.isEmpty()) {
            return null;
        }
        Map<String, Certificate> certificates = new LinkedHashMap<>();
        Map<String, String> printedIds = new LinkedHashMap<>();
        for (CertificateRecord r : records) {
            certificates.put(r.id().toString(), new Certificate(r.id().toString(), InstrumentType.valueOf(r.instrument()),
                    r.market(), r.vintage(), r.mwh(), r.kgCo2ePerMWh()));
            printedIds.put(r.id().toString(), r.certificateId());
        }
        List<CertificateAllocation> allocations = new ArrayList<>();
        jdbc.sql("select a.certificate_id, a.claim, a.mwh from certificate_allocation a "
                        + "join electricity_certificate c on c.id = a.certificate_id "
                        + "where c.organisation_id = :organisation order by a.certificate_id, a.claim")
                .param("organisation", organisationId)
                .query(row -> {
                    allocations.add(new CertificateAllocation(row.getObject("certificate_id", UUID.class).toString(),
                            row.getObject("claim", UUID.class).toString(), row.getDouble("mwh")));
                });
        return new Ledger(new CertificateLedger(List.copyOf(certificates.values()), allocations), certificates,
                printedIds);
    }

    /** Replaces the claim's allocations with those of the new ledger. */
    void saveClaim(UUID organisationId, String claim, CertificateLedger ledger) {
        jdbc.sql("delete from certificate_allocation a using electricity_certificate c where c.id = a.certificate_id "
                        + "and c.organisation_id = :organisation and a.claim = :claim")
                .param("organisation", organisationId).param("claim", UUID.fromString(claim)).update();
        for (CertificateAllocation a : ledger.allocations()) {
            if (a.claim().equals(claim)) {
                jdbc.sql("insert into certificate_allocation (certificate_id, claim, mwh) values (:certificate, :claim, :mwh)")
                        .param("certificate", UUID.fromString(a.certificateId())).param("claim", UUID.fromString(claim))
                        .param("mwh", a.mwh()).update();
            }
        }
    }

    /** The engine's ledger and the certificates by database id (with the id printed on each). */
    record Ledger(CertificateLedger ledger, Map<String, Certificate> certificates, Map<String, String> printedIds) {
    }
}
