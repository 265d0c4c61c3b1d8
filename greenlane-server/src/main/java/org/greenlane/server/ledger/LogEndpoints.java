package org.greenlane.server.ledger;

import io.swagger.v3.oas.annotations.Hidden;
import org.greenlane.core.ledger.tile.TilePath;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The public read API of the log after C2SP tlog-tiles, so that any standard client can audit it
 * without an account: the signed checkpoint, hash tiles, entry bundles and the verifier key. They hold
 * only hashes and public summaries (docs/decisions/025).
 */
@Controller
@Hidden
class LogEndpoints {

    static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    private static final CacheControl FULL_TILE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl PARTIAL_TILE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Ledger ledger;

    LogEndpoints(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/log/checkpoint")
    ResponseEntity<String> checkpoint() {
        return text(HttpStatus.OK, ledger.checkpoint(), CacheControl.noCache());
    }

    @GetMapping("/log/key")
    ResponseEntity<String> key() {
        return text(HttpStatus.OK, ledger.verifierKey() + "\n", CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }

    /** {@code /log/tile/<L>/<N>[.p/<W>]} and {@code /log/tile/entries/<N>[.p/<W>]}. */
    @GetMapping("/log/tile/{*path}")
    ResponseEntity<?> tile(@PathVariable String path) {
        TilePath tile;
        try {
            tile = TilePath.parse("tile" + path);
        } catch (IllegalArgumentException malformed) {
            return text(HttpStatus.BAD_REQUEST, malformed.getMessage() + "\n", CacheControl.noStore());
        }
        return ledger.tile(tile)
                .<ResponseEntity<?>>map(content -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .cacheControl(tile.isPartial() ? PARTIAL_TILE : FULL_TILE)
                        .header("Access-Control-Allow-Origin", "*")
                        .body(content))
                .orElseGet(() -> text(HttpStatus.NOT_FOUND, tile.path() + " is beyond the current tree\n", CacheControl.noCache()));
    }

    private static ResponseEntity<String> text(HttpStatus status, String body, CacheControl cache) {
        return ResponseEntity.status(status).contentType(TEXT).cacheControl(cache)
                .header("Access-Control-Allow-Origin", "*").body(body);
    }
}
