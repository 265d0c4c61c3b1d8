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
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A verification body's public signed-note verifier keys, readable by anyone without signing in (decision 059), so
 * statements and certificates can be checked offline with any C2SP signed-note implementation: one key per line,
 * the current one first, then the retired ones, whose older signatures stay valid (decision 079).
 */
@RestController
class VerifierKeysEndpoint {

    private final VerifierKeys keys;

    VerifierKeysEndpoint(VerifierKeys keys) {
        this.keys = keys;
    }

    @GetMapping(value = "/verification/keys/{organisationId}", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The verifier keys of a verification body, one <name>+<hex key id>+<base64 key> per line, "
            + "the current one first")
    ResponseEntity<String> key(@PathVariable UUID organisationId) {
        List<VerifierKeys.PublishedKey> all = keys.keys(organisationId);
        if (all.isEmpty()) {
            throw new RecordNotFound("verifier key of organisation", organisationId);
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header("Access-Control-Allow-Origin", "*")
                .body(all.stream().map(key -> key.verifierKey() + "\n").collect(Collectors.joining()));
    }
}
