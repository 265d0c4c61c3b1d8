package org.greenlane.server.verification;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the workflow's actions. */
final class Drafts {

    private Drafts() {
    }

    @Schema(description = "Ask a verification body to verify one of your published footprints")
    record RequestDraft(UUID footprintId, UUID verifierId,
                        @Schema(example = "ISO 14067:2018") String standard,
                        @Schema(example = "limited") String assuranceLevel, String message) {
    }

    record Revision(UUID footprintId) {
    }

    record Reason(String reason) {
    }

    record FindingDraft(@Schema(example = "MINOR") String severity, String text) {
    }

    record Answer(String answer) {
    }

    record StatementDraft(@Schema(example = "unmodified") String opinion) {
    }

    @Schema(description = "A certificate on a statement; a carbon-neutral one names the product quantity it covers, in "
            + "declared units, and the retirements or green-electricity certificates that cover its emissions")
    record CertificateDraft(@Schema(example = "carbon-footprint-label") String kind, LocalDate validFrom,
                            LocalDate validUntil, BigDecimal coveredDeclaredUnits, List<EvidenceDraft> evidence) {
    }

    record EvidenceDraft(@Schema(example = "offset-retirement") String kind, String registry, String reference,
                         BigDecimal tonnesCo2e) {
    }
}
