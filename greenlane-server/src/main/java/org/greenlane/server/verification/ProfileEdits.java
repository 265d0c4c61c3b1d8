package org.greenlane.server.verification;

import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A verification body's administrator saves its profile: only a verification body has one, every field is checked,
 * and an edit based on an older version is refused (decision 008).
 */
@Service
class ProfileEdits {

    private final VerifierProfiles profiles;
    private final Organisations organisations;

    ProfileEdits(VerifierProfiles profiles, Organisations organisations) {
        this.profiles = profiles;
        this.organisations = organisations;
    }

    /** @param ifMatch the ETag of the version edited; required once a profile exists */
    @Transactional
    VerifierProfile save(Actor actor, ProfileDraft draft, String ifMatch) {
        if (organisations.find(actor.organisationId()).map(o -> o.kind() != OrganisationKind.VERIFICATION_BODY).orElse(true)) {
            throw new AccessDeniedException("only a verification body has a verifier profile");
        }
        ProfileDraft valid = (draft == null ? new ProfileDraft(null, null, null, null, null, null) : draft).validated();
        int version = profiles.find(actor.organisationId()).map(existing -> {
            if (ifMatch == null) {
                throw new InvalidInput("If-Match", "send the ETag of the profile you edited (\"" + existing.version() + "\")");
            }
            try {
                return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException notAVersion) {
                throw new InvalidInput("If-Match", "'" + ifMatch + "' is not an ETag of this profile");
            }
        }).orElse(0);
        if (!profiles.save(actor.organisationId(), valid, version)) {
            throw new OptimisticLockingFailureException("verifier profile changed since version " + version);
        }
        return profiles.find(actor.organisationId()).orElseThrow();
    }
}
