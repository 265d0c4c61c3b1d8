package org.greenlane.server.customs;

import org.greenlane.core.customs.Declaration;
import org.greenlane.core.customs.EmissionClaim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A lodged declaration: the customs authority whose office received it, and the enterprise that
 * lodged it through Greenlane (absent for declarations the authority imported itself).
 */
public record CustomsDeclaration(UUID id, UUID authorityId, UUID declarantOrganisationId, String reference, Flow flow,
                                 LocalDate date, String office, String processType, String importType, String importUse,
                                 String paymentType, String transportMode, String declarant, String trader,
                                 String seller, String courier, String hsCode, String hsCheck, String originCountry,
                                 String departureCountry, String taxType, double taxRate, String originIndicator,
                                 double netMassKg, double customsValue, String footprintRef, String certificateRef,
                                 Double embeddedEmissions, String source, Instant lodgedAt, Instant releasedAt) {

    /**
     * The engine's view. The random draw is keyed on the record id, which the trader cannot choose.
     *
     * @param emissionsVerified whether the verifiable records capability confirms the footprint reference
     */
    public Declaration toEngine(boolean emissionsVerified) {
        Optional<EmissionClaim> claim = embeddedEmissions == null ? Optional.empty()
                : Optional.of(new EmissionClaim(embeddedEmissions, emissionsVerified));
        return new Declaration(id.toString(), date, office, processType, importType, importUse, paymentType,
                transportMode, declarant, trader, seller, courier, hsCode, departureCountry, originCountry, taxRate,
                taxType, originIndicator, netMassKg, customsValue, claim);
    }
}
