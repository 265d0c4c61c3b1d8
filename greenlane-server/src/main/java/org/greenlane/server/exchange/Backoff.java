package org.greenlane.server.exchange;

import java.time.Duration;

/** Exponential backoff between delivery attempts: 30 s, 1 min, 2 min, ... capped at one hour. */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration MAX = Duration.ofHours(1);

    private Backoff() {
    }

    /** The wait after the given number of failed attempts (at least one). */
    static Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failed attempts must be at least 1, was " + failedAttempts);
        }
        // 2^7 * 30 s already exceeds an hour; stop doubling there so the shift cannot overflow.
        int doublings = Math.min(failedAttempts - 1, 7);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
