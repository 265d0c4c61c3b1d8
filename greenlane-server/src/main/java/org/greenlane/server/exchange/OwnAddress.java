package org.greenlane.server.exchange;

import org.greenlane.server.platform.web.PublicBaseUrl;
import org.springframework.stereotype.Component;

/** This platform's address as partners reach it, for the {@code source} of the events we send. */
@Component
class OwnAddress {

    private final ExchangeProperties properties;
    private final PublicBaseUrl base;

    OwnAddress(ExchangeProperties properties, PublicBaseUrl base) {
        this.properties = properties;
        this.base = base;
    }

    /** {@code https://host[:port]}, without a trailing slash. */
    String baseUrl() {
        return base.of(properties.publicUrl());
    }

    /** The CloudEvents source of our events: our events endpoint, in the "//host/path" form of the PACT examples. */
    String eventSource() {
        return baseUrl().substring("https:".length()) + "/3/events";
    }
}
