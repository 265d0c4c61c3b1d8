package org.greenlane.server.launcher;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.client.LogClient;
import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.note.NoteSigner;
import org.greenlane.core.ledger.note.NoteVerifier;
import org.greenlane.core.ledger.note.SignedNote;
import org.greenlane.server.ServerTest;
import org.greenlane.server.ledger.Ledger;
import org.greenlane.server.ledger.LedgerRecord;
import org.greenlane.server.ledger.LoggedEntry;
import org.greenlane.server.platform.identity.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** ./greenlane verify and audit against the running server, as a trading partner and an auditor run them. */
class LedgerCommandsTest extends ServerTest {

    @Autowired
    Ledger ledger;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    private UUID steel;

    @BeforeEach
    void steel() {
        steel = organisations.findByName("Zhejiang Lvyuan Steel Co., Ltd.").orElseThrow().id();
    }

    @Test
    void verifyChecksTheReceiptAndTheRecordWithoutNetwork() throws Exception {
        LoggedEntry logged = ledger.append(new LedgerRecord(LedgerRecord.VERIFICATION_STATEMENT, steel,
                (JsonObject) Json.parse("{\"statement\":\"VS-2026-0042\"}"),
                Json.parse("{\"verifier\":\"Green Verify\",\"opinion\":\"reasonable assurance\",\"tCO2e\":12.5}")));
        Path receipt = Files.writeString(files.resolve("entry.receipt"), ledger.receipt(steel, logged.index()).orElseThrow());
        Path key = Files.writeString(files.resolve("log.key"), ledger.verifierKey() + "\n");
        // Same record, other member order and spacing: the hash is of the RFC 8785 form.
        Path record = Files.writeString(files.resolve("record.json"),
                "{ \"tCO2e\": 12.50, \"opinion\": \"reasonable assurance\", \"verifier\": \"Green Verify\" }");

        Run verified = verify(receipt.toString(), "--key", key.toString(), "--record", record.toString());
        assertThat(verified.code()).as(verified.err()).isZero();
        assertThat(verified.out()).startsWith("Verified: entry " + logged.index() + " is in the log '" + ledger.origin() + "'")
                .contains("Verified: the record matches the entry's recordSha256 " + logged.recordSha256());

        Path altered = Files.writeString(files.resolve("altered.json"),
                "{\"tCO2e\":1.25,\"opinion\":\"reasonable assurance\",\"verifier\":\"Green Verify\"}");
        Run wrongRecord = verify(receipt.toString(), "--key", ledger.verifierKey(), "--record", altered.toString());
        assertThat(wrongRecord.code()).isEqualTo(VerifyCommand.NOT_VERIFIED);
        assertThat(wrongRecord.err()).contains("not to the recordSha256 " + logged.recordSha256());

        String text = Files.readString(receipt);
        Path moved = Files.writeString(files.resolve("moved.receipt"),
                text.replace("\nindex " + logged.index() + "\n", "\nindex " + (logged.index() + 1) + "\n"));
        assertThat(verify(moved.toString(), "--key", ledger.verifierKey()).code()).isEqualTo(VerifyCommand.NOT_VERIFIED);

        String otherKey = NoteSigner.generate(ledger.origin(), new SecureRandom()).verifier().verifierKey();
        Run wrongKey = verify(receipt.toString(), "--key", otherKey);
        assertThat(wrongKey.code()).isEqualTo(VerifyCommand.NOT_VERIFIED);
        assertThat(wrongKey.err()).contains("no signature by a known key");
    }

    @Test
    void auditNamesTheEntryAlteredInTheDatabase() {
        LoggedEntry logged = ledger.append(new LedgerRecord(LedgerRecord.CERTIFICATE_ISSUANCE, steel,
                (JsonObject) Json.parse("{\"certificate\":\"C-7\"}"), Json.parse("{\"holder\":\"Lvyuan\"}")));
        Path state = files.resolve("audit.state");

        Run first = audit(state);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Trusting the key published by the log on first use: " + ledger.verifierKey())
                .contains("Intact: all");
        ledger.append(new LedgerRecord(LedgerRecord.CERTIFICATE_REVOCATION, steel,
                (JsonObject) Json.parse("{\"certificate\":\"C-7\"}"), Json.parse("{\"reason\":\"superseded\"}")));
        Run second = audit(state);
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("Consistent with the checkpoint seen last");

        byte[] original = jdbc.sql("select entry from ledger_entry where idx = :idx").param("idx", logged.index())
                .query(byte[].class).single();
        try {
            jdbc.sql("update ledger_entry set entry = :forged where idx = :idx")
                    .param("forged", new String(original, StandardCharsets.UTF_8).replace("C-7", "C-8").getBytes(StandardCharsets.UTF_8))
                    .param("idx", logged.index()).update();

            Run tampered = audit(state);

            assertThat(tampered.code()).isEqualTo(AuditCommand.FAILED);
            assertThat(tampered.err()).contains("entry " + logged.index() + " does not hash to its leaf in the tiles: it was altered");
        } finally {
            jdbc.sql("update ledger_entry set entry = :original where idx = :idx")
                    .param("original", original).param("idx", logged.index()).update();
        }
    }

    @Test
    void auditRejectsACheckpointThatDoesNotExtendTheOneSeenBefore() throws Exception {
        for (int i = 0; i < 2; i++) {
            ledger.append(new LedgerRecord(LedgerRecord.FOOTPRINT_PUBLICATION, steel,
                    (JsonObject) Json.parse("{\"product\":\"wire rod\"}"), Json.parse("{\"kgCO2e\":" + (2100 + i) + "}")));
        }
        NoteVerifier key = NoteVerifier.parse(ledger.verifierKey());
        Checkpoint current = new LogClient(ledger.origin(), key).verifyCheckpoint(ledger.checkpoint());
        // A split view: the log's own key signed another history of a smaller tree, shown to this auditor before.
        NoteSigner logSigner = NoteSigner.parse(jdbc.sql("select signer_key from ledger_key").query(String.class).single());
        byte[] otherRoot = MessageDigest.getInstance("SHA-256").digest("another history".getBytes(StandardCharsets.UTF_8));
        String forged = SignedNote.sign(Checkpoint.of(ledger.origin(), current.size() - 1, otherRoot).format(), List.of(logSigner));
        Path state = Files.writeString(files.resolve("split.state"),
                "greenlane-audit-state v1\nkey " + key.verifierKey() + "\n" + forged);

        Run audit = audit(state);

        assertThat(audit.code()).isEqualTo(AuditCommand.FAILED);
        assertThat(audit.err()).contains("does not extend the trusted one of size " + (current.size() - 1));
        assertThat(Files.readString(state)).endsWith(forged);
    }

    private Run audit(Path state) {
        AuditCommand command = new AuditCommand();
        new CommandLine(command).parseArgs("--url", "https://localhost:" + port + "/log",
                "--ca", VAR.resolve("tls").resolve("greenlane.p12").toString(), "--state", state.toString());
        return run(command::audit);
    }

    private static Run verify(String... args) {
        VerifyCommand command = new VerifyCommand();
        new CommandLine(command).parseArgs(args);
        return run(command::verify);
    }

    private static Run run(Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private interface Command {
        int run(PrintStream out, PrintStream err);
    }

    private record Run(int code, String out, String err) {
    }
}
