package org.greenlane.server.platform.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's data survives a restart, the cluster living in var/postgres, not in a temporary
 * directory; and it survives a Greenlane process killed with SIGKILL, whose orphaned PostgreSQL the
 * next start stops.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path var;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(var.resolve("postgres"));
             Connection connection = DriverManager.getConnection(first.jdbcUrl())) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('still here')");
        }

        try (EmbeddedDatabase second = EmbeddedDatabase.start(var.resolve("postgres"));
             Connection connection = DriverManager.getConnection(second.jdbcUrl());
             ResultSet rows = connection.createStatement().executeQuery("select note, version() from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
            assertThat(rows.getString(2)).startsWith("PostgreSQL 17");
        }
    }

    @Test
    void startStopsThePostgresOrphanedByAKilledProcess() throws Exception {
        Path directory = var.resolve("postgres");
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledDatabaseOwner.class.getName(), directory.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(output.lines().filter("READY"::equals).findFirst()).as("the owner process started its database").isPresent();
        } finally {
            owner.destroyForcibly().waitFor();
        }
        long orphanPid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphanPid)).as("PostgreSQL outlives the killed process").hasValueSatisfying(
                process -> assertThat(process.isAlive()).isTrue());

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(directory);
             Connection connection = DriverManager.getConnection(restarted.jdbcUrl());
             ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the kill");
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
        }
    }
}
