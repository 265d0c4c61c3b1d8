package org.greenlane.server.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operator's settings, read from GREENLANE_* environment variables. The launcher checks them
 * (see {@link Preflight}) and hands exactly these values to the application.
 */
record LaunchSettings(int port, Path var, String dbUrl, String dbUser, String dbPassword,
                      Path keystore, String keystorePassword, String keystoreType,
                      String adminEmail, String adminPassword) {

    static final String PORT = "GREENLANE_PORT";
    static final String VAR = "GREENLANE_VAR";
    static final String DB_URL = "GREENLANE_DB_URL";
    static final String DB_USER = "GREENLANE_DB_USER";
    static final String DB_PASSWORD = "GREENLANE_DB_PASSWORD";
    static final String KEYSTORE = "GREENLANE_TLS_KEYSTORE";
    static final String KEYSTORE_PASSWORD = "GREENLANE_TLS_KEYSTORE_PASSWORD";
    static final String KEYSTORE_TYPE = "GREENLANE_TLS_KEYSTORE_TYPE";
    static final String ADMIN_EMAIL = "GREENLANE_ADMIN_EMAIL";
    static final String ADMIN_PASSWORD = "GREENLANE_ADMIN_PASSWORD";

    static LaunchSettings from(Map<String, String> env) {
        String port = env.getOrDefault(PORT, "8443").strip();
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException notANumber) {
            throw new ConfigurationProblem(PORT, "'" + port + "' is not a port number");
        }
        if (portNumber < 1 || portNumber > 65535) {
            throw new ConfigurationProblem(PORT, portNumber + " is outside 1-65535");
        }
        return new LaunchSettings(portNumber,
                Path.of(env.getOrDefault(VAR, "var")).toAbsolutePath().normalize(),
                blankToNull(env.get(DB_URL)), blankToNull(env.get(DB_USER)), env.get(DB_PASSWORD),
                blankToNull(env.get(KEYSTORE)) == null ? null : Path.of(env.get(KEYSTORE).strip()),
                env.get(KEYSTORE_PASSWORD), env.getOrDefault(KEYSTORE_TYPE, "PKCS12"),
                blankToNull(env.get(ADMIN_EMAIL)), env.get(ADMIN_PASSWORD));
    }

    /** The same settings for an embedded-database run (demo, and CLI tools without GREENLANE_DB_URL). */
    LaunchSettings embedded() {
        return new LaunchSettings(port, var, null, null, null, keystore, keystorePassword, keystoreType, adminEmail, adminPassword);
    }

    /** The same settings pointed at another PostgreSQL. */
    LaunchSettings withDatabase(String url, String user, String password) {
        return new LaunchSettings(port, var, url, user, password, keystore, keystorePassword, keystoreType, adminEmail, adminPassword);
    }

    boolean externalDatabase() {
        return dbUrl != null;
    }

    /** Spring properties; only those that are set, so application defaults apply otherwise. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", port);
        properties.put("greenlane.var", var.toString());
        put(properties, "greenlane.db.url", dbUrl);
        put(properties, "greenlane.db.user", dbUser);
        put(properties, "greenlane.db.password", dbPassword);
        put(properties, "greenlane.tls.keystore", keystore == null ? null : keystore.toString());
        put(properties, "greenlane.tls.keystore-password", keystorePassword);
        put(properties, "greenlane.tls.keystore-type", keystoreType);
        put(properties, "greenlane.bootstrap.admin-email", adminEmail);
        put(properties, "greenlane.bootstrap.admin-password", adminPassword);
        return properties;
    }

    private static void put(Map<String, Object> properties, String key, String value) {
        if (value != null) {
            properties.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
