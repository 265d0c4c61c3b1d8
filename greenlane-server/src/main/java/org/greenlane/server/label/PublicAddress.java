package org.greenlane.server.label;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The base of the Digital Links printed on new labels (decision 063). */
@Component
class PublicAddress {

    private final LabelProperties properties;
    private final Environment environment;

    PublicAddress(LabelProperties properties, Environment environment) {
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
            if (host != null && host.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?")) {
                return "https://" + host;
            }
            return "https://" + request.getServerName() + ":" + request.getServerPort();
        }
        return "https://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8443"));
    }
}
