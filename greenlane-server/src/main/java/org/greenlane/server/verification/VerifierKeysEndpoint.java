package org.greenlane.server.verification;

import io.swagger.v3.oas.annotations.Operation;
import org.greenlane.server.platform.api.RecordNotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A verification body's public signed-note verifier key, readable by anyone without signing in (decision 059), so
 * statements and certificates can be checked offline with any C2SP signed-note implementation.
 */
@RestController
class VerifierKeysEndpoint {

    private final VerifierKeys keys;

    VerifierKeysEndpoint(VerifierKeys keys) {
        this.keys = keys;
    }

    @GetMapping(value = "/verification/keys/{organisationId}", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The verifier key of a verification body: <name>+<hex key id>+<base64 key>")
    ResponseEntity<String> key(@PathVariable UUID organisationId) {
        String key = keys.verifierKey(organisationId)
                .orElseThrow(() -> new RecordNotFound("verifier key of organisation", organisationId));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("Access-Control-Allow-Origin", "*")
                .body(key + "\n");
    }
}
