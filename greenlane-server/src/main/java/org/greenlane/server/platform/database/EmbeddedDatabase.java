package org.greenlane.server.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL server (zonky binaries from Maven Central) whose cluster lives in a directory
 * that survives restarts. It is the default database, so a newcomer needs nothing but a JDK.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "greenlane";
    /** The lock file the embedded server (and launcher.Preflight) holds while it owns the directory. */
    private static final String LOCK_FILE = "epg-lock";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path directory) {
        try {
            Files.createDirectories(directory);
            stopOrphan(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.toFile())
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC")
                    // zonky turns durability off for throwaway test databases; ours keeps real data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Zero-filling each new 16 MB WAL segment happens under the WAL write lock and stalled every
                    // commit for 100-200 ms on this class of disk (decision 074); fdatasync still covers the blocks.
                    .setServerConfig("wal_init_zero", "off")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.createApplicationDatabase();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
            return database;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * A Greenlane process killed hard (kill -9) leaves its PostgreSQL child running on the data
     * directory, and that orphan makes every later start fail. When no live process holds the
     * directory's lock, a postmaster named in postmaster.pid is such an orphan: stop it (SIGTERM, a
     * smart shutdown; its clients died with the killed process), force it after a minute.
     */
    static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock owned = channel.tryLock()) {
            if (owned == null) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 2 || !lines.get(0).strip().matches("[0-9]{1,10}")
                    || !Files.isSameFile(Path.of(lines.get(1).strip()), directory)) {
                return;
            }
            long pid = Long.parseLong(lines.get(0).strip());
            ProcessHandle orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
                    .orElse(null);
            if (orphan == null) {
                return;
            }
            log.warn("Stopping PostgreSQL (pid {}) left running on {} by a Greenlane process that was killed", pid, directory);
            orphan.destroy();
            try {
                orphan.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException stuck) {
                orphan.destroyForcibly();
                orphan.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (OverlappingFileLockException ownedByThisProcess) {
            // This JVM runs a server on the directory: not an orphan.
        } catch (NoSuchFileException vanished) {
            // The orphan finished shutting down on its own.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the orphaned PostgreSQL on " + directory, interrupted);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot stop the orphaned PostgreSQL on " + directory + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public String user() {
        return "postgres";
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
