package org.greenlane.server.label;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.MerkleProofs;
import org.greenlane.core.ledger.Rfc6962;
import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.client.Receipt;
import org.greenlane.core.ledger.jcs.Jcs;
import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.jcs.JsonString;
import org.greenlane.core.ledger.jcs.JsonValue;
import org.greenlane.core.ledger.note.NoteVerifier;
import org.greenlane.core.ledger.note.SignedNote;
import org.greenlane.server.ledger.FootprintPublicationLog;
import org.greenlane.server.ledger.Ledger;
import org.greenlane.server.ledger.LedgerRecord;
import org.greenlane.server.verification.FootprintAttestation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * "Verified in the log", checked again on every view of a label's public page (decision 064): the
 * footprint's latest publication entry is read back with its receipt, and each step is redone here with
 * the core ledger code and shown with its outcome: the entry says what the label says, the published
 * document hashes to the entry's recordSha256, the leaf hash, the inclusion proof up to the checkpoint's
 * root, and the checkpoint's Ed25519 signature under the log's verifier key. The page also gets the raw
 * material, so the browser can redo the hashing and the signature itself.
 */
final class LogCheck {

    enum Outcome { OK, FAILED, PENDING }

    /**
     * @param name    message key suffix of the step
     * @param details values shown as they are (hashes, indices), not translated
     * @param problem what failed, in the words of the check that failed (English, technical)
     */
    record Step(String name, Outcome outcome, List<String> details, String problem) {
    }

    /** What the browser needs to redo the leaf hash, the proof and the signature; base64 throughout. */
    record BrowserMaterial(String entry, long index, long treeSize, String proof, String root, String note,
                           String signature, String publicKey) {
    }

    record Result(Outcome outcome, Optional<Long> index, List<Step> steps, Optional<BrowserMaterial> browser) {
    }

    private LogCheck() {
    }

    /**
     * @param document canonical JSON of the published footprint as the platform holds it now
     * @param pcf      the footprint per declared unit the label shows
     * @param attestation the verification the label shows, whose statement entry is checked too
     */
    static Result run(Ledger ledger, Optional<FootprintPublicationLog.Publication> publication, UUID organisationId,
                      UUID footprintId, String document, String pcf, Optional<FootprintAttestation> attestation) {
        List<Step> steps = new ArrayList<>();
        if (publication.isEmpty() || publication.get().logIndex().isEmpty()) {
            steps.add(new Step("entry", Outcome.PENDING, List.of(), publication.map(p -> p.lastError()).orElse(null)));
            return new Result(Outcome.PENDING, Optional.empty(), steps, Optional.empty());
        }
        long index = publication.get().logIndex().get();
        Optional<String> receiptText = ledger.receipt(organisationId, index);
        if (receiptText.isEmpty()) {
            steps.add(new Step("entry", Outcome.FAILED, List.of("#" + index), "the log has no entry " + index
                    + " of this organisation"));
            return new Result(Outcome.FAILED, Optional.of(index), steps, Optional.empty());
        }
        Receipt receipt = Receipt.parse(receiptText.get());
        byte[] entry = receipt.extra().orElseThrow(() -> new IllegalStateException("a Greenlane receipt carries its entry"));
        steps.add(new Step("entry", Outcome.OK, List.of("#" + index), null));
        steps.add(content(entry, footprintId, publication.get().id(), pcf));
        steps.add(recordHash(entry, document));

        byte[] leaf = Rfc6962.leafHash(entry);
        steps.add(new Step("leaf", Outcome.OK, List.of(hex(leaf)), null));

        NoteVerifier verifier = NoteVerifier.parse(ledger.verifierKey());
        String note = receipt.signedCheckpoint();
        int split = note.lastIndexOf("\n\n");
        Checkpoint checkpoint = Checkpoint.parse(note.substring(0, split + 1));
        List<String> proofDetails = new ArrayList<>();
        receipt.proof().forEach(hash -> proofDetails.add(hex(hash)));
        proofDetails.add("root " + hex(checkpoint.rootHash()) + " · size " + checkpoint.size());
        steps.add(step("proof", proofDetails, inclusionProblem(index, leaf, receipt, checkpoint)));
        steps.add(step("signature", List.of(checkpoint.origin(), ledger.verifierKey()),
                signatureProblem(ledger, verifier, note, checkpoint)));
        attestation.ifPresent(a -> steps.addAll(statement(ledger, verifier, a, footprintId)));

        Outcome outcome = steps.stream().anyMatch(step -> step.outcome() == Outcome.FAILED) ? Outcome.FAILED
                : steps.stream().allMatch(step -> step.outcome() == Outcome.OK) ? Outcome.OK : Outcome.PENDING;
        Base64.Encoder b64 = Base64.getEncoder();
        BrowserMaterial material = new BrowserMaterial(b64.encodeToString(entry), index, checkpoint.size(),
                receipt.proof().stream().map(b64::encodeToString).collect(Collectors.joining(",")),
                b64.encodeToString(checkpoint.rootHash()),
                b64.encodeToString(note.substring(0, split + 1).getBytes(StandardCharsets.UTF_8)),
                signatureOf(note.substring(split + 2), verifier).map(b64::encodeToString).orElse(""),
                b64.encodeToString(verifier.publicKey()));
        return new Result(outcome, Optional.of(index), steps, Optional.of(material));
    }

    /**
     * The verifier's statement, checked like the publication. Its entry is this footprint's statement, in the
     * log under a checkpoint signed with the log's key ("statement"). The statement the verifier signed
     * hashes to the entry's recordSha256 and carries a valid signature of the verifier's key ("verifier"),
     * and that key is logged as the verifier's ("key").
     */
    private static List<Step> statement(Ledger ledger, NoteVerifier logKey, FootprintAttestation attestation, UUID footprintId) {
        long index = attestation.statementLogIndex();
        Optional<VerifierEntry> read = VerifierEntry.read(ledger, attestation, index);
        if (read.isEmpty()) {
            return List.of(VerifierEntry.missing("statement", index));
        }
        VerifierEntry logged = read.get();
        List<String> details = List.of("#" + index, String.valueOf(text(logged.summary(), "statementId")));
        if (!LedgerRecord.VERIFICATION_STATEMENT.equals(text(logged.fields(), "type"))
                || !attestation.statementId().toString().equals(text(logged.summary(), "statementId"))
                || !footprintId.toString().equals(text(logged.summary(), "footprintId"))) {
            return List.of(new Step("statement", Outcome.FAILED, details, "the entry is not this footprint's verification statement"));
        }
        String actual = hex(sha256(Jcs.canonicalBytes(new JsonObject(Map.of("signedNote",
                new JsonString(attestation.signedStatement()))))));
        return List.of(step("statement", details, logged.problem(ledger, logKey)),
                step("verifier", List.of(attestation.verifierKey(), actual),
                        signedStatementProblem(attestation, actual, text(logged.fields(), "recordSha256"))),
                key(ledger, logKey, attestation));
    }

    /**
     * The key that checked the statement is in the log as the verification body's key (decision 079), so it is not
     * only this platform's word that the body holds it.
     */
    private static Step key(Ledger ledger, NoteVerifier logKey, FootprintAttestation attestation) {
        if (attestation.verifierKeyLogIndex().isEmpty()) {
            return new Step("key", Outcome.PENDING, List.of(), "the verifier's key is not in the log yet");
        }
        long index = attestation.verifierKeyLogIndex().get();
        Optional<VerifierEntry> read = VerifierEntry.read(ledger, attestation, index);
        if (read.isEmpty()) {
            return VerifierEntry.missing("key", index);
        }
        VerifierEntry logged = read.get();
        List<String> details = List.of("#" + index, String.valueOf(text(logged.fields(), "time")));
        if (!LedgerRecord.VERIFIER_KEY.equals(text(logged.fields(), "type"))
                || !attestation.verifierKey().equals(text(logged.summary(), "verifierKey"))
                || !attestation.verifierOrganisationId().toString().equals(text(logged.summary(), "organisationId"))) {
            return new Step("key", Outcome.FAILED, details, "the entry does not publish this key as the verifier's");
        }
        return step("key", details, logged.problem(ledger, logKey));
    }

    /** An entry of the verifier's, read back with its receipt; fields and summary are null where unreadable. */
    private record VerifierEntry(long index, Receipt receipt, byte[] entry, JsonObject fields, JsonObject summary) {

        static Optional<VerifierEntry> read(Ledger ledger, FootprintAttestation attestation, long index) {
            return ledger.receipt(attestation.verifierOrganisationId(), index).map(text -> {
                Receipt receipt = Receipt.parse(text);
                byte[] entry = receipt.extra().orElseThrow(() -> new IllegalStateException("a Greenlane receipt carries its entry"));
                JsonObject fields = object(entry);
                JsonObject summary = fields != null && fields.members().get("summary") instanceof JsonObject object ? object : null;
                return new VerifierEntry(index, receipt, entry, fields, summary);
            });
        }

        static Step missing(String step, long index) {
            return new Step(step, Outcome.FAILED, List.of("#" + index), "the log has no entry " + index + " of the verifier");
        }

        /** Why the receipt does not prove the entry under a checkpoint signed with the log's key, or null if it does. */
        String problem(Ledger ledger, NoteVerifier logKey) {
            String note = receipt.signedCheckpoint();
            Checkpoint checkpoint = Checkpoint.parse(note.substring(0, note.lastIndexOf("\n\n") + 1));
            String problem = inclusionProblem(index, Rfc6962.leafHash(entry), receipt, checkpoint);
            return problem != null ? problem : signatureProblem(ledger, logKey, note, checkpoint);
        }
    }

    private static JsonObject object(byte[] entry) {
        try {
            return Json.parse(entry) instanceof JsonObject object ? object : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Why the statement the verifier signed is not the one logged, or its signature fails; null if neither. */
    private static String signedStatementProblem(FootprintAttestation attestation, String actual, String recorded) {
        if (!actual.equals(recorded)) {
            return "the signed statement hashes to " + actual + ", the entry logged " + recorded;
        }
        try {
            SignedNote.open(attestation.signedStatement(), List.of(NoteVerifier.parse(attestation.verifierKey())));
            return null;
        } catch (VerificationException | IllegalArgumentException failed) {
            return failed.getMessage();
        }
    }

    private static Step step(String name, List<String> details, String problem) {
        return new Step(name, problem == null ? Outcome.OK : Outcome.FAILED, details, problem);
    }

    /** Why the receipt's inclusion proof does not lead from the leaf to the checkpoint's root, or null if it does. */
    private static String inclusionProblem(long index, byte[] leaf, Receipt receipt, Checkpoint checkpoint) {
        try {
            MerkleProofs.verifyInclusion(index, checkpoint.size(), leaf, receipt.proof(), checkpoint.rootHash());
            return null;
        } catch (VerificationException failed) {
            return failed.getMessage();
        }
    }

    /** Why the checkpoint is not signed with the log's key under the log's origin, or null if it is. */
    private static String signatureProblem(Ledger ledger, NoteVerifier logKey, String note, Checkpoint checkpoint) {
        try {
            SignedNote.open(note, List.of(logKey));
            return checkpoint.origin().equals(ledger.origin()) ? null : "the checkpoint's origin is not the log's";
        } catch (VerificationException failed) {
            return failed.getMessage();
        }
    }

    /** The entry is this footprint's publication and states the figure the label shows. */
    private static Step content(byte[] entry, UUID footprintId, UUID publicationId, String pcf) {
        try {
            JsonObject fields = (JsonObject) Json.parse(entry);
            JsonObject summary = (JsonObject) fields.members().get("summary");
            String type = text(fields, "type");
            String footprint = text(summary, "footprintId");
            String logged = summary.members().get("pcf") instanceof JsonObject figures ? text(figures, "pcfIncludingBiogenicUptake") : null;
            List<String> details = List.of(type, footprint, String.valueOf(logged), text(fields, "time"));
            if (!LedgerRecord.FOOTPRINT_PUBLICATION.equals(type) || !footprintId.toString().equals(footprint)
                    || !publicationId.toString().equals(text(summary, "publication"))) {
                return new Step("content", Outcome.FAILED, details, "the entry is not this footprint's publication");
            }
            if (!pcf.equals(logged)) {
                return new Step("content", Outcome.FAILED, details, "the entry logs " + logged + ", the label shows " + pcf);
            }
            return new Step("content", Outcome.OK, details, null);
        } catch (RuntimeException unreadable) {
            return new Step("content", Outcome.FAILED, List.of(), "the entry is not a footprint publication: "
                    + unreadable.getMessage());
        }
    }

    /** The published document, in its RFC 8785 form, hashes to the recordSha256 the entry carries. */
    private static Step recordHash(byte[] entry, String document) {
        String actual = hex(sha256(Jcs.canonicalize(document).getBytes(StandardCharsets.UTF_8)));
        try {
            String logged = text((JsonObject) Json.parse(entry), "recordSha256");
            return MessageDigest.isEqual(actual.getBytes(StandardCharsets.US_ASCII), String.valueOf(logged).getBytes(StandardCharsets.US_ASCII))
                    ? new Step("record", Outcome.OK, List.of(actual), null)
                    : new Step("record", Outcome.FAILED, List.of(actual, String.valueOf(logged)),
                    "the published document hashes to " + actual + ", the entry logged " + logged);
        } catch (RuntimeException unreadable) {
            return new Step("record", Outcome.FAILED, List.of(actual), "the entry carries no recordSha256");
        }
    }

    /** The raw Ed25519 signature on the log's own signature line (after the 4-byte key id). */
    private static Optional<byte[]> signatureOf(String lines, NoteVerifier verifier) {
        for (String line : lines.split("\n")) {
            String prefix = "\u2014 " + verifier.name() + " ";
            if (line.startsWith(prefix)) {
                try {
                    byte[] decoded = Base64.getDecoder().decode(line.substring(prefix.length()));
                    if (decoded.length > 4 && ByteBuffer.wrap(decoded).getInt() == verifier.keyId()) {
                        return Optional.of(Arrays.copyOfRange(decoded, 4, decoded.length));
                    }
                } catch (IllegalArgumentException notBase64) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static String text(JsonObject object, String member) {
        JsonValue value = object == null ? null : object.members().get(member);
        return value instanceof JsonString string ? string.value() : null;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
