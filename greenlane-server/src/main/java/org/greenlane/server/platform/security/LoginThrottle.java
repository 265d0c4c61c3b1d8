package org.greenlane.server.platform.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one account within
 * the window, or {@value #MAX_FAILURES_PER_ADDRESS} from one address (spraying a password over many
 * accounts), further attempts are refused until the window has passed.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Map<String, List<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean blocked(String account, String address) {
        return recentFailures("account:" + account) >= MAX_FAILURES
                || recentFailures("address:" + address) >= MAX_FAILURES_PER_ADDRESS;
    }

    void failed(String account, String address) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.keySet().removeIf(key -> recentFailures(key) == 0);
        }
        record("account:" + account, MAX_FAILURES);
        record("address:" + address, MAX_FAILURES_PER_ADDRESS);
    }

    void succeeded(String account) {
        failures.remove("account:" + account);
    }

    private void record(String key, int kept) {
        failures.compute(key, (k, times) -> {
            List<Instant> recent = new ArrayList<>(times == null ? List.of() : times);
            recent.add(clock.instant());
            return List.copyOf(recent.subList(Math.max(0, recent.size() - kept), recent.size()));
        });
    }

    private int recentFailures(String key) {
        Instant since = clock.instant().minus(WINDOW);
        return (int) failures.getOrDefault(key, List.of()).stream().filter(time -> time.isAfter(since)).count();
    }
}
