package org.greenlane.server.label;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * Settings of carbon labels ({@code greenlane.labels.*}, e.g. GREENLANE_LABELS_PUBLIC_URL).
 *
 * @param publicUrl the address consumers reach the platform at (https://host[:port]), printed into every new
 *                  label's QR code; when empty, the address the exporter used to issue the label, or
 *                  {@code https://localhost:<port>} for labels made without a request (demo data)
 */
@ConfigurationProperties("greenlane.labels")
record LabelProperties(URI publicUrl) {

    LabelProperties {
        if (publicUrl != null && (!"https".equals(publicUrl.getScheme()) || publicUrl.getHost() == null
                || (publicUrl.getPath() != null && !publicUrl.getPath().isEmpty() && !publicUrl.getPath().equals("/"))
                || publicUrl.getQuery() != null)) {
            throw new IllegalArgumentException("greenlane.labels.public-url must be https://host[:port], was " + publicUrl);
        }
    }
}
