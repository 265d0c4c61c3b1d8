package org.greenlane.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * This platform's address as partners reach it, for the {@code source} of the events we send:
 * the configured public URL, else the host the current request came to, else localhost.
 */
@Component
class OwnAddress {

    private final ExchangeProperties properties;
    private final Environment environment;

    OwnAddress(ExchangeProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** {@code https://host[:port]}, without a trailing slash. */
    String baseUrl() {
        if (properties.publicUrl() != null) {
            String configured = properties.publicUrl().toString();
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String host = request.getHeader("Host");
            return "https://" + (host != null && !host.isBlank() ? host : request.getServerName() + ":" + request.getServerPort());
        }
        return "https://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8443"));
    }

    /** The CloudEvents source of our events: our events endpoint, in the "//host/path" form of the PACT examples. */
    String eventSource() {
        return baseUrl().substring("https:".length()) + "/3/events";
    }
}
