package org.greenlane.server.verification;

import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.server.customs.VerifiableRecords;
import org.greenlane.server.footprint.FootprintStatus;
import org.greenlane.server.footprint.PublishedFootprints;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What the workflow tells the rest of the platform: the attestation of a footprint for labels, and the status of a
 * footprint or certificate reference for customs (decision 061). A reference is a footprint or certificate id, bare
 * or as {@code urn:uuid:<id>}, {@code urn:greenlane:footprint:<id>} or {@code urn:greenlane:certificate:<id>}.
 * Only what is in the log counts as verified; a revocation counts as soon as it is committed.
 */
@Component
class VerifiedRecords implements VerifiableRecords, FootprintVerifications {

    private static final String FOOTPRINT_URN = "urn:greenlane:footprint:";
    private static final String CERTIFICATE_URN = "urn:greenlane:certificate:";
    private static final String UUID_URN = "urn:uuid:";

    private final Statements statements;
    private final VerifierKeys keys;
    private final PublishedFootprints published;

    VerifiedRecords(Statements statements, VerifierKeys keys, PublishedFootprints published) {
        this.statements = statements;
        this.keys = keys;
        this.published = published;
    }

    @Override
    public Status status(String reference) {
        if (reference == null) {
            return Status.UNVERIFIED;
        }
        String text = reference.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        Optional<UUID> id;
        if (lower.startsWith(CERTIFICATE_URN)) {
            return uuid(text.substring(CERTIFICATE_URN.length())).map(this::certificateStatus).orElse(Status.UNVERIFIED);
        } else if (lower.startsWith(FOOTPRINT_URN)) {
            return uuid(text.substring(FOOTPRINT_URN.length())).map(this::footprintStatus).orElse(Status.UNVERIFIED);
        } else if (lower.startsWith(UUID_URN)) {
            id = uuid(text.substring(UUID_URN.length()));
        } else {
            id = uuid(text);
        }
        return id.map(uuid -> statements.certificate(uuid).isPresent() ? certificateStatus(uuid) : footprintStatus(uuid))
                .orElse(Status.UNVERIFIED);
    }

    /** Revoked once a revocation is committed; verified while logged and within its validity; unverified otherwise. */
    private Status certificateStatus(UUID id) {
        return statements.certificate(id).map(certificate -> {
            if (certificate.revokedAt() != null) {
                return Status.REVOKED;
            }
            return certificate.issuanceLogIndex() != null && certificate.validOn(Verifications.today())
                    ? Status.VERIFIED : Status.UNVERIFIED;
        }).orElse(Status.UNVERIFIED);
    }

    /**
     * Verified when its latest logged statement has an unmodified opinion; revoked when, since, the footprint was
     * superseded or a certificate on that statement was revoked.
     */
    private Status footprintStatus(UUID footprintId) {
        Optional<Statement> statement = statements.latestLogged(footprintId)
                .filter(s -> Statement.UNMODIFIED.equals(s.opinion()));
        if (statement.isEmpty()) {
            return Status.UNVERIFIED;
        }
        boolean superseded = published.find(statement.get().exporterId(), footprintId)
                .map(pf -> pf.status() != FootprintStatus.ACTIVE).orElse(true);
        boolean revoked = statements.certificatesOf(statement.get().id()).stream().anyMatch(c -> c.revokedAt() != null);
        return superseded || revoked ? Status.REVOKED : Status.VERIFIED;
    }

    /**
     * The footprint's latest logged statement, if its opinion is unmodified (a modified or adverse opinion attests
     * nothing a label could show), with the certificate on it: the one valid today, else the latest issued; only
     * certificates whose issuance is logged.
     */
    @Override
    public Optional<FootprintAttestation> attestation(UUID footprintId) {
        return statements.latestLogged(footprintId).filter(s -> Statement.UNMODIFIED.equals(s.opinion())).map(s -> {
            JsonObject accreditation = (JsonObject) ((JsonObject) Json.parse(s.statement())).members().get("accreditation");
            LocalDate today = Verifications.today();
            List<Certificate> logged = statements.certificatesOf(s.id()).stream()
                    .filter(c -> c.issuanceLogIndex() != null).toList();
            Optional<Certificate> chosen = logged.stream().filter(c -> c.validOn(today)).reduce((a, b) -> b)
                    .or(() -> logged.stream().max(Comparator.comparing(Certificate::issuedAt)));
            String key = keys.signedWith(s.verifierId(), s.signedNote()).orElseThrow();
            return new FootprintAttestation(footprintId, s.id(), s.verifierName(), text(accreditation, "body"),
                    text(accreditation, "id"), s.standard(), s.assuranceLevel(), s.issuedAt(), s.logIndex(),
                    key, keys.logIndex(key), s.verifierId(), s.signedNote(), chosen.map(c -> new FootprintAttestation.Certificate(
                    c.id(), c.kind(), c.validFrom(), c.validUntil(), c.issuanceLogIndex(), Optional.ofNullable(c.revokedAt()),
                    Optional.ofNullable(c.revocationReason()), Optional.ofNullable(c.revocationLogIndex()))));
        });
    }

    private static String text(JsonObject object, String member) {
        return ((JsonString) object.members().get(member)).value();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
