package org.greenlane.server.launcher;

import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.server.GreenlaneApplication;
import org.greenlane.server.ledger.Ledger;
import org.greenlane.server.ledger.LedgerRecord;
import org.greenlane.server.ledger.LoggedEntry;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

/**
 * The server that {@code ./greenlane bench ledger-crash} kills with SIGKILL: the real application on
 * HTTPS with the embedded PostgreSQL, plus 8 writers appending without pause. It prints {@code READY}
 * once serving, waits for a line on its input, then prints {@code ACK <index> <base64 SHA-256 of the entry>} for each append the log has
 * acknowledged as durable. Not a subcommand: the benchmark starts it through the jar's launcher.
 */
public final class LedgerCrashTarget {

    static final String ORGANISATION = "Ledger crash test exporter";
    static final int WRITERS = 8;

    private LedgerCrashTarget() {
    }

    /** Arguments: the var directory and the HTTPS port. */
    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(GreenlaneApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        ConfigurableApplicationContext context = application.run("--greenlane.var=" + args[0], "--server.port=" + args[1],
                "--logging.level.root=WARN");
        Ledger ledger = context.getBean(Ledger.class);
        Organisations organisations = context.getBean(Organisations.class);
        UUID organisation = organisations.findByName(ORGANISATION)
                .orElseGet(() -> organisations.register(ORGANISATION, OrganisationKind.ENTERPRISE, "CN")).id();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        synchronized (out) {
            out.println("READY");
            out.flush();
        }
        // The benchmark checks the restarted log first, then lets the writers go.
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                for (long n = 0; ; n++) {
                    LoggedEntry logged = ledger.append(new LedgerRecord(LedgerRecord.FOOTPRINT_PUBLICATION, organisation,
                            (JsonObject) Json.parse("{\"writer\":" + writer + ",\"n\":" + n + "}"),
                            Json.parse("{\"kgCO2e\":" + (1000 + n % 997) + "}")));
                    String line = "ACK " + logged.index() + " " + sha256(logged.entry());
                    synchronized (out) {
                        out.println(line);
                        out.flush();
                    }
                }
            }, "crash-writer-" + w);
            thread.start();
        }
    }

    static String sha256(String entry) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(entry.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
