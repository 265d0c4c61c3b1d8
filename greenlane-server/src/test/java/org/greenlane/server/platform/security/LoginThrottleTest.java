package org.greenlane.server.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void blocksAnAccountAfterFiveFailuresWithinTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a@x.example", "10.0.0." + i);
        }
        assertThat(throttle.blocked("a@x.example", "10.0.0.99")).isFalse();

        throttle.failed("a@x.example", "10.0.0.5");

        assertThat(throttle.blocked("a@x.example", "10.0.0.99")).isTrue();
    }

    @Test
    void blocksAnAddressThatSpraysManyAccounts() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i + "@x.example", "192.0.2.7");
        }

        assertThat(throttle.blocked("someone-else@x.example", "192.0.2.7")).isTrue();
        assertThat(throttle.blocked("someone-else@x.example", "192.0.2.8")).isFalse();
    }

    @Test
    void failuresExpireAfterTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a@x.example", "192.0.2.1");
        }
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

        assertThat(throttle.blocked("a@x.example", "192.0.2.1")).isFalse();
    }

    @Test
    void successClearsTheAccountsCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a@x.example", "192.0.2." + i);
        }
        throttle.succeeded("a@x.example");
        throttle.failed("a@x.example", "192.0.2.9");

        assertThat(throttle.blocked("a@x.example", "192.0.2.10")).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
