package org.greenlane.server.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Checks the settings before anything starts, so a bad one stops the launch with one message
 * that names it, instead of a stack trace from deep inside the server.
 */
final class Preflight {

    private static final int DATABASE_TIMEOUT_SECONDS = 5;

    private Preflight() {
    }

    /** Everything a server start needs. */
    static void check(LaunchSettings settings) {
        portIsFree(settings.port());
        if (settings.keystore() != null) {
            keystoreIsReadable(settings);
        }
        checkDatabase(settings);
    }

    /**
     * The database a command-line tool should use: the configured one, or, while a demo server owns
     * the embedded database, that running server's PostgreSQL (its port is in postmaster.pid), so
     * that tools such as {@code pact-client create} work beside a running demo.
     */
    static LaunchSettings databaseForTool(LaunchSettings settings) {
        try {
            checkDatabase(settings);
            return settings;
        } catch (ConfigurationProblem inUse) {
            Path pidFile = settings.var().resolve("postgres").resolve("postmaster.pid");
            if (settings.externalDatabase() || !inUse.getMessage().contains("is in use") || !Files.isReadable(pidFile)) {
                throw inUse;
            }
            try {
                List<String> lines = Files.readAllLines(pidFile);
                // postmaster.pid: pid, data directory, start time, port, ...
                if (lines.size() < 4 || !lines.get(3).strip().matches("[0-9]{1,5}")) {
                    throw inUse;
                }
                LaunchSettings running = settings.withDatabase(
                        "jdbc:postgresql://127.0.0.1:" + lines.get(3).strip() + "/greenlane", "postgres", null);
                databaseAnswers(running);
                return running;
            } catch (IOException unreadable) {
                throw inUse;
            }
        }
    }

    /** What a command-line tool that uses the database needs. */
    static void checkDatabase(LaunchSettings settings) {
        varIsWritable(settings);
        if (settings.externalDatabase()) {
            databaseAnswers(settings);
        } else {
            embeddedDatabaseIsFree(settings);
        }
    }

    static void portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException inUse) {
            throw new ConfigurationProblem(LaunchSettings.PORT, "port " + port + " is already in use ("
                    + inUse.getMessage() + "); stop the other program or choose another port");
        }
    }

    private static void varIsWritable(LaunchSettings settings) {
        try {
            Files.createDirectories(settings.var());
            if (!Files.isWritable(settings.var())) {
                throw new ConfigurationProblem(LaunchSettings.VAR, settings.var() + " is not writable");
            }
        } catch (IOException e) {
            throw new ConfigurationProblem(LaunchSettings.VAR, "cannot create " + settings.var() + " (" + e + ")");
        }
    }

    /**
     * One process at a time owns var/postgres; the embedded server takes this same lock. Nothing is
     * created here: initdb needs an empty directory on the very first start.
     */
    private static void embeddedDatabaseIsFree(LaunchSettings settings) {
        Path lock = settings.var().resolve("postgres").resolve("epg-lock");
        if (!Files.exists(lock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
             FileLock held = channel.tryLock()) {
            if (held == null) {
                throw inUse(settings);
            }
        } catch (OverlappingFileLockException sameProcess) {
            throw inUse(settings);
        } catch (IOException e) {
            throw new ConfigurationProblem(LaunchSettings.VAR, "cannot use " + lock.getParent() + " (" + e + ")");
        }
    }

    private static ConfigurationProblem inUse(LaunchSettings settings) {
        return new ConfigurationProblem(LaunchSettings.VAR, "the embedded database in " + settings.var().resolve("postgres")
                + " is in use by another Greenlane process; stop it first, or set GREENLANE_DB_URL to share a PostgreSQL server");
    }

    private static void keystoreIsReadable(LaunchSettings settings) {
        if (!Files.isReadable(settings.keystore())) {
            throw new ConfigurationProblem(LaunchSettings.KEYSTORE, "cannot read " + settings.keystore().toAbsolutePath());
        }
        if (settings.keystorePassword() == null) {
            throw new ConfigurationProblem(LaunchSettings.KEYSTORE_PASSWORD, "is required with " + LaunchSettings.KEYSTORE);
        }
        try (InputStream in = Files.newInputStream(settings.keystore())) {
            KeyStore store = KeyStore.getInstance(settings.keystoreType());
            store.load(in, settings.keystorePassword().toCharArray());
            if (store.size() == 0) {
                throw new ConfigurationProblem(LaunchSettings.KEYSTORE, settings.keystore() + " holds no key");
            }
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new ConfigurationProblem(LaunchSettings.KEYSTORE, "cannot open " + settings.keystore().toAbsolutePath()
                    + " as " + settings.keystoreType() + " with the given password (" + e + ")");
        }
    }

    private static void databaseAnswers(LaunchSettings settings) {
        if (!settings.dbUrl().startsWith("jdbc:postgresql:")) {
            throw new ConfigurationProblem(LaunchSettings.DB_URL, "'" + settings.dbUrl()
                    + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        Properties credentials = new Properties();
        if (settings.dbUser() != null) {
            credentials.setProperty("user", settings.dbUser());
        }
        if (settings.dbPassword() != null) {
            credentials.setProperty("password", settings.dbPassword());
        }
        credentials.setProperty("connectTimeout", Integer.toString(DATABASE_TIMEOUT_SECONDS));
        credentials.setProperty("loginTimeout", Integer.toString(DATABASE_TIMEOUT_SECONDS));
        try (Connection ignored = DriverManager.getConnection(settings.dbUrl(), credentials)) {
            // Reachable, and the credentials work.
        } catch (SQLException e) {
            String setting = "28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())
                    ? LaunchSettings.DB_USER + "/" + LaunchSettings.DB_PASSWORD : LaunchSettings.DB_URL;
            throw new ConfigurationProblem(setting, "cannot connect to " + settings.dbUrl() + " (" + e.getMessage() + ")");
        }
    }
}
