package org.greenlane.server.launcher;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.MerkleProofs;
import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.client.AuditReport;
import org.greenlane.core.ledger.client.LogAuditor;
import org.greenlane.core.ledger.client.LogClient;
import org.greenlane.core.ledger.note.NoteVerifier;
import org.greenlane.core.ledger.tile.TileHashReader;
import org.greenlane.core.ledger.tile.TileSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Audits a tlog-tiles log over HTTPS: fetches its checkpoint, proves it consistent with the one this
 * auditor saw last (kept in a local state file), then recomputes the whole tree from the entry
 * bundles and tiles and names the first entry or tile that does not match.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit a transparency log over HTTPS: checks the checkpoint signature,",
                "its consistency with the checkpoint seen last (kept in a state file),",
                "and recomputes the tree from every entry bundle and tile. Without",
                "--key, the key published at <url>/key is trusted on first use and",
                "pinned in the state file.",
                "Exit code 0: intact and consistent; 1: verification failed (the state",
                "is kept); 2: wrong command line; 3: the log could not be read."})
final class AuditCommand implements Callable<Integer> {

    static final int FAILED = 1;
    static final int UNREADABLE = 3;

    @Option(names = "--url", required = true, paramLabel = "<log url>", description = "The log's prefix, e.g. https://localhost:8443/log.")
    URI url;

    @Option(names = "--key", paramLabel = "<verifier key>", description = "The log's verifier key, or a file holding it.")
    String key;

    @Option(names = "--origin", paramLabel = "<origin>", description = "The log's checkpoint origin (default: the key name).")
    String origin;

    @Option(names = "--state", paramLabel = "<file>",
            description = "Where the last verified checkpoint is kept (default: ~/.greenlane/audit/<host>_<port><path>.state).")
    Path state;

    @Option(names = "--ca", paramLabel = "<pem or p12>", description = "Trust the certificates in this PEM or PKCS#12 file.")
    Path ca;

    @Option(names = "--ca-password", paramLabel = "<password>", description = "Password of a PKCS#12 --ca (default: the <file>.password beside it).")
    String caPassword;

    @Option(names = "--insecure", description = "Accept any server certificate (the log data is still verified against the key).")
    boolean insecure;

    @Override
    public Integer call() {
        return audit(System.out, System.err);
    }

    int audit(PrintStream out, PrintStream err) {
        Path stateFile = state != null ? state : defaultState(url);
        HttpClient http;
        AuditState trusted;
        try {
            http = HttpClient.newBuilder().sslContext(LogTrust.context(ca, caPassword, insecure))
                    .connectTimeout(Duration.ofSeconds(10)).build();
            trusted = AuditState.read(stateFile);
        } catch (IllegalArgumentException | UncheckedIOException bad) {
            err.println("greenlane: " + bad.getMessage());
            return Greenlane.USAGE_ERROR;
        }
        String base = url.toString().endsWith("/") ? url.toString() : url + "/";
        TileSource source = tile -> fetch(http, base + tile.path());
        try {
            NoteVerifier verifier = verifier(trusted, http, base, out);
            LogClient client = new LogClient(origin != null ? origin : verifier.name(), verifier);
            String signed = new String(fetch(http, base + "checkpoint"), StandardCharsets.UTF_8);
            Checkpoint next = client.verifyCheckpoint(signed);
            out.println("Checkpoint of '" + next.origin() + "': size " + next.size() + ", root "
                    + Base64.getEncoder().encodeToString(next.rootHash()));
            Optional<Checkpoint> previous = trusted.checkpoint().map(client::verifyCheckpoint);
            client.verifyUpdate(previous, signed, consistencyProof(previous, next, source));
            previous.ifPresentOrElse(
                    last -> out.println("Consistent with the checkpoint seen last (size " + last.size() + ")"),
                    () -> out.println("No checkpoint seen before: this one becomes the reference"));
            AuditReport report = LogAuditor.audit(next, source);
            if (!report.intact()) {
                describe(report, err);
                return FAILED;
            }
            new AuditState(Optional.of(verifier.verifierKey()), Optional.of(signed)).write(stateFile);
            out.println("Intact: all " + next.size() + " entries and every tile give the signed root");
            return 0;
        } catch (VerificationException failed) {
            err.println("greenlane: AUDIT FAILED: " + failed.getMessage());
            return FAILED;
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            err.println("greenlane: cannot read the log: " + unreadable.getMessage());
            return UNREADABLE;
        }
    }

    private NoteVerifier verifier(AuditState trusted, HttpClient http, String base, PrintStream out) {
        if (key != null) {
            NoteVerifier given = LogKeys.verifier(key);
            if (trusted.key().isPresent() && !trusted.key().get().equals(given.verifierKey())) {
                throw new VerificationException("--key differs from the key pinned in the state file ("
                        + trusted.key().get() + "); use another --state for another log");
            }
            return given;
        }
        if (trusted.key().isPresent()) {
            return NoteVerifier.parse(trusted.key().get());
        }
        NoteVerifier published = NoteVerifier.parse(new String(fetch(http, base + "key"), StandardCharsets.UTF_8).strip());
        out.println("Trusting the key published by the log on first use: " + published.verifierKey());
        out.println("  (compare it with the key the operator announced; pass it with --key to pin it yourself)");
        return published;
    }

    private static List<byte[]> consistencyProof(Optional<Checkpoint> previous, Checkpoint next, TileSource source) {
        if (previous.isEmpty() || previous.get().size() == 0 || previous.get().size() > next.size()) {
            return List.of();
        }
        return MerkleProofs.consistencyProof(new TileHashReader(next.size(), source), previous.get().size(), next.size());
    }

    private static void describe(AuditReport report, PrintStream err) {
        err.println("greenlane: AUDIT FAILED: the log's data does not match its signed checkpoint of size " + report.treeSize());
        if (!report.entriesMatchCheckpoint()) {
            err.println("  the entries do not give the signed root");
        }
        if (!report.tilesMatchCheckpoint()) {
            err.println("  the level-0 hash tiles do not give the signed root");
        }
        report.firstMismatchingEntry().ifPresent(index -> err.println("  entry " + index
                + " does not hash to its leaf in the tiles" + (report.tilesMatchCheckpoint() ? ": it was altered" : "")));
        report.firstMismatchingTile().ifPresent(tile -> err.println("  tile " + tile.path() + " differs from the tree recomputed below it"));
    }

    private static byte[] fetch(HttpClient http, String url) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + url, e);
        }
    }

    static Path defaultState(URI url) {
        String name = (url.getHost() + "_" + (url.getPort() < 0 ? 443 : url.getPort()) + url.getPath())
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("user.home"), ".greenlane", "audit", name + ".state");
    }

    /** The auditor's memory: the pinned key and the last checkpoint it verified (a signed note, verbatim). */
    record AuditState(Optional<String> key, Optional<String> checkpoint) {

        private static final String HEADER = "greenlane-audit-state v1";

        static AuditState read(Path file) {
            if (!Files.exists(file)) {
                return new AuditState(Optional.empty(), Optional.empty());
            }
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String[] parts = text.split("\n", 3);
                if (parts.length < 3 || !parts[0].equals(HEADER) || !parts[1].startsWith("key ")) {
                    throw new IllegalArgumentException("--state: " + file + " is not a Greenlane audit state file");
                }
                return new AuditState(Optional.of(parts[1].substring("key ".length())), Optional.of(parts[2]));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the audit state " + file, e);
            }
        }

        /** Replaces the file atomically, so an interrupted audit never leaves half a state. */
        void write(Path file) {
            try {
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path temporary = Files.createTempFile(parent, ".audit", ".tmp");
                Files.writeString(temporary, HEADER + "\nkey " + key.orElseThrow() + "\n" + checkpoint.orElseThrow(),
                        StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the audit state " + file, e);
            }
        }
    }
}
