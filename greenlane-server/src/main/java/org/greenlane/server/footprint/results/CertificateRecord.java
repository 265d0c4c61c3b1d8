package org.greenlane.server.footprint.results;

import java.time.Instant;
import java.util.UUID;

/**
 * A green-electricity certificate or power purchase agreement of an organisation: MWh generated in a market
 * (country), the vintage year, the emission rate of the generation behind it, and how many MWh footprints have
 * claimed so far.
 */
public record CertificateRecord(UUID id, String certificateId, String instrument, String market, int vintage,
                                double mwh, double kgCo2ePerMWh, String description, double claimedMWh,
                                Instant createdAt) {
}
