package org.greenlane.server.platform.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's data survives a restart: the cluster lives in var/postgres, not in a temporary directory. */
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
}
