package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.greenlane.server.exchange.internal.pact.InvalidPactDocument;
import org.greenlane.server.exchange.internal.pact.PactEvent;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * PACT v3 Action Events: partners post CloudEvents in structured mode. Accepted events answer 200
 * with an empty body; an invalid one answers 400 BadRequest naming what is wrong, and is not kept.
 */
@RestController
class EventsEndpoint {

    private final PactCallers callers;
    private final IncomingEvents incoming;
    private final long maxSize;

    EventsEndpoint(PactCallers callers, IncomingEvents incoming, ExchangeProperties properties) {
        this.callers = callers;
        this.incoming = incoming;
        this.maxSize = properties.maxEventSize().toBytes();
    }

    @PostMapping("/3/events")
    ResponseEntity<Void> receive(Actor actor, HttpServletRequest request) throws IOException {
        Partner partner = callers.partner(actor);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith(PactEvent.MEDIA_TYPE) && !type.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            throw PactError.badRequest("Content-Type must be " + PactEvent.MEDIA_TYPE + " (CloudEvents structured mode), was '"
                    + (type.isEmpty() ? "none" : request.getContentType()) + "'");
        }
        if (request.getContentLengthLong() > 2 * maxSize) {
            // Far too large: refused unread (the connection is then closed). A body nearer the limit is read up to it
            // below, so that its sender, still writing, receives this answer instead of a broken connection.
            throw PactError.badRequest("The event has " + request.getContentLengthLong() + " bytes; the limit is " + maxSize);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(maxSize + 1, Integer.MAX_VALUE));
        }
        if (body.length > maxSize) {
            throw PactError.badRequest("The event exceeds the limit of " + maxSize + " bytes");
        }
        JsonNode json;
        PactEvent event;
        try {
            json = PactJson.read(new String(body, StandardCharsets.UTF_8), "body");
            event = PactEvent.parse(json);
        } catch (InvalidPactDocument | IllegalArgumentException malformed) {
            throw PactError.badRequest(malformed.getMessage());
        }
        incoming.receive(partner, event);
        return ResponseEntity.ok().build();
    }
}
