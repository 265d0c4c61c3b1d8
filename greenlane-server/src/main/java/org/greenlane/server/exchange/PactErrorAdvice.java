package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures inside the PACT endpoints become PACT Error objects; it comes before the platform's
 * problem+json advice and applies to the PACT endpoints only.
 */
@RestControllerAdvice(assignableTypes = {FootprintsEndpoint.class, EventsEndpoint.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PactErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PactErrorAdvice.class);

    @ExceptionHandler(PactError.class)
    ResponseEntity<String> refused(PactError error) {
        return body(error);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception failure) {
        log.error("Unexpected error while handling a PACT request", failure);
        return body(new PactError(PactErrorCode.InternalError, "An unexpected error occurred; it has been logged"));
    }

    static ResponseEntity<String> body(PactError error) {
        ObjectNode body = PactJson.object();
        body.put("code", error.code().name());
        body.put("message", error.getMessage());
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(PactJson.write(body));
    }
}
