package org.greenlane.server;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Base of tests that need the running platform: the real application on a random HTTPS port,
 * the embedded PostgreSQL in a fresh directory, demo data loaded. All such tests share one
 * application context (Spring caches it), so the server starts once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"greenlane.demo.enabled=true", "spring.main.banner-mode=off"})
public abstract class ServerTest {

    protected static final Path VAR;

    static {
        try {
            VAR = Files.createTempDirectory("greenlane-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void isolatedVar(DynamicPropertyRegistry registry) {
        registry.add("greenlane.var", VAR::toString);
    }

    protected Https https() {
        return new Https(port, VAR.resolve("tls"));
    }
}
