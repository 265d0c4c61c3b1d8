package org.greenlane.server.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.URI;

/**
 * This platform's address as others reach it, for links it prints or sends: the configured public URL,
 * else the host the current request came to (a well-formed Host header only), else localhost.
 */
@Component
public class PublicBaseUrl {

    private static final String HOST = "[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?";

    private final Environment environment;

    PublicBaseUrl(Environment environment) {
        this.environment = environment;
    }

    /** {@code https://host[:port]}, without a trailing slash; {@code configured} wins when set. */
    public String of(URI configured) {
        if (configured != null) {
            String url = configured.toString();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String host = request.getHeader("Host");
            if (host != null && host.matches(HOST)) {
                return "https://" + host;
            }
            return "https://" + request.getServerName() + ":" + request.getServerPort();
        }
        return "https://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8443"));
    }
}
