package org.greenlane.server.launcher;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.client.LogClient;
import org.greenlane.core.ledger.client.Receipt;
import org.greenlane.core.ledger.jcs.Jcs;
import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.core.ledger.jcs.JsonValue;
import org.greenlane.core.ledger.note.NoteVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Callable;

/** Checks a transparency-log receipt offline: no network, only the receipt, the log's key and the record. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a ledger receipt offline, without network:",
                "checks the log's signature on the checkpoint, the inclusion proof of",
                "the entry the receipt carries and, with --record, that the private",
                "record hashes to the entry's recordSha256.",
                "Exit code 0: verified; 1: not verified; 2: wrong command line or",
                "unreadable file."})
final class VerifyCommand implements Callable<Integer> {

    static final int NOT_VERIFIED = 1;

    @Parameters(index = "0", paramLabel = "<receipt>", description = "Receipt file (c2sp.org/tlog-proof@v1 text).")
    Path receipt;

    @Option(names = "--key", required = true, paramLabel = "<verifier key>",
            description = "The log's verifier key (<name>+<id>+<key>, as published at /log/key), or a file holding it.")
    String key;

    @Option(names = "--record", paramLabel = "<json>", description = "The private record (JSON file) to check against the entry.")
    Path record;

    @Option(names = "--origin", paramLabel = "<origin>", description = "The log's checkpoint origin (default: the key name).")
    String origin;

    @Override
    public Integer call() {
        return verify(System.out, System.err);
    }

    int verify(PrintStream out, PrintStream err) {
        NoteVerifier verifier;
        String receiptText;
        String recordText = null;
        try {
            verifier = LogKeys.verifier(key);
            receiptText = Files.readString(receipt, StandardCharsets.UTF_8);
            if (record != null) {
                recordText = Files.readString(record, StandardCharsets.UTF_8);
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            err.println("greenlane: " + unreadable.getMessage());
            return Greenlane.USAGE_ERROR;
        }
        try {
            Receipt parsed = Receipt.parse(receiptText);
            byte[] entry = parsed.extra().orElseThrow(() -> new VerificationException(
                    "receipt has no 'extra' line carrying the entry; a Greenlane receipt always has one"));
            LogClient client = new LogClient(origin == null ? verifier.name() : origin, verifier);
            Checkpoint checkpoint = client.verifyReceipt(parsed, entry);
            JsonObject fields = entryObject(entry);
            out.println("Verified: entry " + parsed.index() + " is in the log '" + checkpoint.origin()
                    + "' under its signed checkpoint of size " + checkpoint.size() + " (root "
                    + Base64.getEncoder().encodeToString(checkpoint.rootHash()) + ")");
            fields.members().forEach((name, value) -> out.println("  " + name + ": " + Jcs.canonicalize(value)));
            if (recordText != null) {
                String logged = text(fields, "recordSha256");
                String actual = sha256Hex(Jcs.canonicalBytes(Json.parse(recordText)));
                if (!MessageDigest.isEqual(logged.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII))) {
                    throw new VerificationException("the record hashes to " + actual + " (SHA-256 of its RFC 8785 form), "
                            + "not to the recordSha256 " + logged + " logged in entry " + parsed.index());
                }
                out.println("Verified: the record matches the entry's recordSha256 " + logged);
            }
            return 0;
        } catch (VerificationException | IllegalArgumentException failed) {
            err.println("greenlane: NOT VERIFIED: " + failed.getMessage());
            return NOT_VERIFIED;
        }
    }

    private static JsonObject entryObject(byte[] entry) {
        JsonValue value = Json.parse(entry);
        if (!(value instanceof JsonObject object)) {
            throw new VerificationException("the receipt's entry is not a JSON object");
        }
        return object;
    }

    private static String text(JsonObject object, String member) {
        if (!(object.members().get(member) instanceof JsonString string)) {
            throw new VerificationException("the receipt's entry has no string member '" + member + "'");
        }
        return string.value();
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
