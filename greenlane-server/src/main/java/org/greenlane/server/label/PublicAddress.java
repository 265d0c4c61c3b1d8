package org.greenlane.server.label;

import org.greenlane.server.platform.web.PublicBaseUrl;
import org.springframework.stereotype.Component;

/** The base of the Digital Links printed on new labels (decision 063). */
@Component
class PublicAddress {

    private final LabelProperties properties;
    private final PublicBaseUrl base;

    PublicAddress(LabelProperties properties, PublicBaseUrl base) {
        this.properties = properties;
        this.base = base;
    }

    /** {@code https://host[:port]}, without a trailing slash. */
    String baseUrl() {
        return base.of(properties.publicUrl());
    }
}
