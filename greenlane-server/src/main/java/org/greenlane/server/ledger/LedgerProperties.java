package org.greenlane.server.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Settings of the transparency log ({@code greenlane.ledger.*}, e.g. GREENLANE_LEDGER_ORIGIN).
 *
 * @param origin   the checkpoint origin line and key name; only read when the log is created, after
 *                 which the stored origin wins and a different configured one stops the start
 * @param maxBatch most entries integrated in one transaction
 * @param maxQueue most entries waiting for integration before appends are refused
 */
@ConfigurationProperties("greenlane.ledger")
record LedgerProperties(String origin, @DefaultValue("2000") int maxBatch, @DefaultValue("100000") int maxQueue) {

    LedgerProperties {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("greenlane.ledger.max-batch must be at least 1, was " + maxBatch);
        }
        if (maxQueue < maxBatch) {
            throw new IllegalArgumentException("greenlane.ledger.max-queue (" + maxQueue
                    + ") must be at least greenlane.ledger.max-batch (" + maxBatch + ")");
        }
    }

    boolean originConfigured() {
        return origin != null && !origin.isBlank();
    }

    /** The configured origin, or {@code <host name>/greenlane/log}. */
    String originOrDefault() {
        if (originConfigured()) {
            return origin.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName() + "/greenlane/log";
        } catch (UnknownHostException e) {
            return "localhost/greenlane/log";
        }
    }
}
