package org.greenlane.server.exchange;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A PACT partner of an organisation. As a data recipient it calls our {@code /3} endpoints with
 * the API client we issued to it ({@code clientId}) and sees what we share with it ({@code shareAll}
 * or per footprint). As a data owner it may have its own PACT {@code host}, which we call.
 */
record Partner(UUID id, UUID organisationId, String name, String clientId, boolean shareAll, Host host,
               boolean notifyPublished, Instant createdAt) {

    /**
     * The partner's PACT host and the credentials it issued to us; the secret stays sealed until used.
     *
     * @param tokenUrl    its token endpoint, or null to discover it (OpenID configuration, else /auth/token)
     * @param certificate a PEM certificate to trust for this host only (private CA or self-signed), or null
     */
    record Host(URI baseUrl, URI tokenUrl, String clientId, byte[] sealedSecret, String certificate) {

        URI footprints() {
            return resolve("/3/footprints");
        }

        URI events() {
            return resolve("/3/events");
        }

        URI resolve(String path) {
            String base = baseUrl.toString();
            return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
        }
    }

    /** Public for the pages' templates. */
    public boolean hasHost() {
        return host != null;
    }
}
