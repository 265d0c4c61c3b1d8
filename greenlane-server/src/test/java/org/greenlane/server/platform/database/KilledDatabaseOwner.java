package org.greenlane.server.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A stand-in for a Greenlane process that the test kills with SIGKILL: it starts the embedded
 * database in the directory given as argument, writes a row, says READY and waits to be killed.
 */
final class KilledDatabaseOwner {

    private KilledDatabaseOwner() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('written before the kill')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
