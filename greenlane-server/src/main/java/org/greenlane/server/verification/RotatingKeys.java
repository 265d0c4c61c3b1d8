package org.greenlane.server.verification;

import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * A verification body's administrator replaces the body's signing key, e.g. when staff who could reach it leave
 * or it may have leaked (decision 079). What the body signed before stays valid under the retired key.
 */
@Service
class RotatingKeys {

    private final VerifierKeys keys;
    private final Organisations organisations;

    RotatingKeys(VerifierKeys keys, Organisations organisations) {
        this.keys = keys;
        this.organisations = organisations;
    }

    /** @return every key of the body after the rotation, the new current one first */
    List<VerifierKeys.PublishedKey> rotate(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("only an administrator of the verification body may rotate its key");
        }
        if (organisations.find(actor.organisationId()).map(o -> o.kind() != OrganisationKind.VERIFICATION_BODY).orElse(true)) {
            throw new AccessDeniedException("only a verification body has a signing key");
        }
        return keys.rotate(actor.organisationId());
    }
}
