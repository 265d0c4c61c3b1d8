package org.greenlane.server.customs;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Looks references up in the verifiable records capability when one is installed; otherwise all are unverified. */
@Component
class Evidence {

    private final ObjectProvider<VerifiableRecords> records;

    Evidence(ObjectProvider<VerifiableRecords> records) {
        this.records = records;
    }

    VerifiableRecords.Status status(String reference) {
        if (reference == null || reference.isBlank()) {
            return VerifiableRecords.Status.UNVERIFIED;
        }
        VerifiableRecords installed = records.getIfAvailable();
        return installed == null ? VerifiableRecords.Status.UNVERIFIED : installed.status(reference);
    }

    /** Whether the capability exists at all: pages say "verification not available yet" otherwise. */
    boolean available() {
        return records.getIfAvailable() != null;
    }
}
