package org.greenlane.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Greenlane platform. Capabilities are direct subpackages (footprint, cbam, ledger, exchange,
 * customs, classification); {@code platform} holds the cross-cutting parts; {@code launcher} the CLI.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GreenlaneApplication {

    public static void main(String[] args) {
        SpringApplication.run(GreenlaneApplication.class, args);
    }
}
