package org.greenlane.server.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.time.Duration;

/**
 * Settings of the PACT exchange ({@code greenlane.exchange.*}).
 *
 * @param secretKey          base64 of 32 bytes that encrypt partners' client secrets (AES-256-GCM) and sign
 *                           pagination links; when empty, a key is generated once into {@code var/keys}
 * @param requestWait        how long a partner's request for a footprint not yet published stays open
 *                           before it is rejected
 * @param replyToEventSource answer requests of partners without a registered host at the https URL
 *                           their event names as its {@code source}
 * @param maxEventSize       largest CloudEvent accepted on {@code /3/events}
 * @param pageSize           most footprints per ListFootprints page (a smaller {@code limit} wins)
 * @param linkLifetime       how long a pagination link stays valid (PACT asks for at least 180 seconds)
 * @param deliveryInterval   how often the outbox of events to partners is worked
 * @param publicUrl          this platform's address as partners reach it (https://host[:port]), named as the
 *                           source of our events; when empty, the address of the request at hand or
 *                           {@code https://localhost:<port>}
 */
@ConfigurationProperties("greenlane.exchange")
record ExchangeProperties(
        String secretKey,
        @DefaultValue("30d") Duration requestWait,
        @DefaultValue("true") boolean replyToEventSource,
        @DefaultValue("5MB") DataSize maxEventSize,
        @DefaultValue("100") int pageSize,
        @DefaultValue("15m") Duration linkLifetime,
        @DefaultValue("2s") Duration deliveryInterval,
        URI publicUrl) {

    ExchangeProperties {
        if (publicUrl != null && !"https".equals(publicUrl.getScheme())) {
            throw new IllegalArgumentException("greenlane.exchange.public-url must be an https URL, was " + publicUrl);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("greenlane.exchange.page-size must be at least 1, was " + pageSize);
        }
        if (linkLifetime.compareTo(Duration.ofSeconds(180)) < 0) {
            throw new IllegalArgumentException("greenlane.exchange.link-lifetime must be at least 180 seconds (PACT), was "
                    + linkLifetime);
        }
    }
}
