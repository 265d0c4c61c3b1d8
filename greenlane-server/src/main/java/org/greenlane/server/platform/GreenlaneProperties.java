package org.greenlane.server.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * Everything an operator can set. The launcher resolves these from GREENLANE_* environment
 * variables, checks them before start (see launcher.Preflight), and passes them on unchanged.
 */
@ConfigurationProperties("greenlane")
public record GreenlaneProperties(
        @DefaultValue("./var") Path var,
        @DefaultValue Db db,
        @DefaultValue Tls tls,
        @DefaultValue Api api,
        @DefaultValue Demo demo,
        @DefaultValue Bootstrap bootstrap) {

    /** External PostgreSQL when {@code url} is set, otherwise the embedded one under {@code var/postgres}. */
    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /** A configured keystore, or (when {@code keystore} is empty) a self-signed one generated under {@code var/tls}. */
    public record Tls(Path keystore, String keystorePassword, @DefaultValue("PKCS12") String keystoreType,
                      String keyAlias) {
        public boolean configured() {
            return keystore != null && !keystore.toString().isBlank();
        }
    }

    public record Api(@DefaultValue("1MB") DataSize maxRequestSize, @DefaultValue("20MB") DataSize maxUploadSize) {
    }

    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /** First administrator of a fresh production database; ignored once any user exists. */
    public record Bootstrap(String adminEmail, String adminPassword) {
    }
}
