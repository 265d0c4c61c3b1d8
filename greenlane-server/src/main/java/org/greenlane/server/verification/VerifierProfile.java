package org.greenlane.server.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A verification body as exporters choose it: who accredited it under which number, the sectors and HS chapters of
 * its accreditation scope, the standards it verifies to and the assurance levels it offers.
 */
record VerifierProfile(UUID organisationId, String name, String accreditationBody, String accreditationId,
                       List<String> sectors, List<String> hsChapters, List<String> standards,
                       List<String> assuranceLevels, int version, Instant updatedAt) {

    boolean covers(String hsCode) {
        return hsCode == null || hsChapters.stream().anyMatch(hsCode::startsWith);
    }
}
