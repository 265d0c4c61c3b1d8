package org.greenlane.server.platform.security;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Access tokens are self-contained signed JWTs for the client-credentials grant, the only grant
 * registered; nothing needs to be looked up by token. Revocation works by deleting the client:
 * {@link ActorTokens} checks on every call that the client still exists (decision 068).
 */
class StatelessAuthorizations implements OAuth2AuthorizationService {

    @Override
    public void save(OAuth2Authorization authorization) {
        // Nothing to keep: see the class comment.
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        // Nothing was kept.
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
