package org.greenlane.server.verification;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.jcs.Jcs;
import org.greenlane.core.ledger.note.NoteVerifier;
import org.greenlane.core.ledger.note.SignedNote;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.customs.VerifiableRecords;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.platform.identity.ApiClients;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The verification workflow end to end through the API, as the demo steel exporter and the demo verification body:
 * request, acceptance, a finding answered after a revision of the footprint and closed, the signed statement (checked
 * with the published verifier key and against the log), certificates with and without evidence, revocation, and what
 * customs and labels read.
 */
class VerificationApiTest extends ServerTest {

    private static final String V = "/api/v1/verification";

    @Autowired
    Organisations organisations;
    @Autowired
    ApiClients clients;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VerifiableRecords records;
    @Autowired
    FootprintVerifications verifications;

    private UUID steel;
    private UUID greenVerify;
    private String exporter;
    private String verifier;

    @BeforeEach
    void signIn() {
        steel = organisations.findByName("Zhejiang Lvyuan Steel Co., Ltd.").orElseThrow().id();
        greenVerify = organisations.findByName(VerificationDemo.VERIFIER).orElseThrow().id();
        exporter = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        ApiClients.Issued client = clients.register(greenVerify, "verification test " + UUID.randomUUID(), Set.of(Role.VERIFIER));
        verifier = https().token(client.client().clientId(), client.secret());
    }

    @Test
    void aFootprintIsRequestedReviewedRevisedStatedCertifiedAndRevoked() throws Exception {
        String first = publishWireRod();
        JsonNode requested = created(https().json("POST", V + "/requests", exporter, "{\"footprintId\":\"" + first
                + "\",\"verifierId\":\"" + greenVerify + "\",\"standard\":\"ISO 14064-3:2019\",\"assuranceLevel\":\"reasonable\"}"));
        String id = requested.get("id").asText();
        String r = V + "/requests/" + id;
        assertThat(requested.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(Https.read(https().get(V + "/requests", verifier).body()).findValuesAsText("id")).contains(id);
        assertThat(Https.read(ok(https().get(r + "/footprint", verifier))).get("id").asText()).isEqualTo(first);

        assertThat(Https.read(ok(https().json("POST", r + "/acceptance", verifier, ""))).get("status").asText()).isEqualTo("ACCEPTED");
        JsonNode finding = created(https().json("POST", r + "/findings", verifier,
                "{\"severity\":\"MAJOR\",\"text\":\"Electricity of the wire drawing line is missing.\"}"));
        assertThat(finding.get("number").asInt()).isEqualTo(1);
        assertThat(Https.read(https().get(r, exporter).body()).get("status").asText()).isEqualTo("IN_REVIEW");
        HttpResponse<String> early = https().json("POST", r + "/statement", verifier, "{\"opinion\":\"unmodified\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        assertThat(Https.read(ok(https().json("POST", r + "/findings/1/answer", exporter,
                "{\"answer\":\"Added in the revised footprint.\"}"))).get("status").asText()).isEqualTo("ANSWERED");
        String revised = publishWireRod();
        JsonNode afterRevision = Https.read(ok(https().json("POST", r + "/revision", exporter,
                "{\"footprintId\":\"" + revised + "\"}")));
        assertThat(afterRevision.get("footprintId").asText()).isEqualTo(revised);
        assertThat(afterRevision.get("revisions").findValuesAsText("footprintId")).containsExactly(first, revised);
        assertThat(Https.read(ok(https().get(r + "/footprint", verifier))).get("id").asText()).isEqualTo(revised);
        assertThat(Https.read(ok(https().json("POST", r + "/findings/1/closure", verifier, ""))).get("status").asText())
                .isEqualTo("CLOSED");

        JsonNode statement = created(https().json("POST", r + "/statement", verifier, "{\"opinion\":\"unmodified\"}"));
        String statementId = statement.get("id").asText();
        assertThat(statement.get("logIndex").isNumber()).as("logged right after the commit").isTrue();

        // The signature verifies with the verifier key anyone can fetch, and binds the footprint document's hash.
        HttpResponse<String> key = https().send(https().request("/verification/keys/" + greenVerify).GET());
        assertThat(key.statusCode()).isEqualTo(200);
        NoteVerifier published = NoteVerifier.parse(key.body().lines().findFirst().orElseThrow());
        SignedNote note = SignedNote.open(statement.get("signedNote").asText(), List.of(published));
        assertThat(note.text()).isEqualTo(Jcs.canonicalize(statement.get("statement").toString()) + "\n");
        JsonNode signed = Https.read(note.text());
        String pact = https().get("/api/v1/published-footprints/" + revised + "/pact", exporter).body();
        assertThat(signed.get("footprintId").asText()).isEqualTo(revised);
        assertThat(signed.get("footprintSha256").asText()).isEqualTo(Canonical.sha256Hex(Jcs.canonicalize(pact)));
        assertThat(signed.get("standard").asText()).isEqualTo("ISO 14064-3:2019");
        assertThat(signed.get("assuranceLevel").asText()).isEqualTo("reasonable");
        assertThat(signed.get("findingsClosed").asInt()).isEqualTo(1);
        assertThat(signed.at("/accreditation/body").asText()).startsWith("CNAS");

        // The log holds the hash of exactly the record kept, and a public summary without the record.
        JsonNode entry = Https.read(ok(https().get("/api/v1/ledger/entries/" + statement.get("logIndex").asLong(), verifier)));
        assertThat(entry.get("type").asText()).isEqualTo("verification.statement");
        assertThat(entry.get("recordSha256").asText())
                .isEqualTo(Canonical.sha256Hex(Jcs.canonicalize(statement.get("record").toString())))
                .isEqualTo(statement.get("recordSha256").asText());
        assertThat(entry.get("record").get("signedNote").asText()).isEqualTo(statement.get("signedNote").asText());
        assertThat(entry.at("/entry/summary/statementId").asText()).isEqualTo(statementId);
        assertThat(entry.at("/entry/summary/footprintId").asText()).isEqualTo(revised);
        assertThat(entry.at("/entry/summary").has("opinion")).isFalse();
        assertThat(Https.read(ok(https().get(V + "/statements/" + statementId, exporter))).get("signedNote").asText())
                .isEqualTo(statement.get("signedNote").asText());
        assertThat(records.status(revised)).isEqualTo(VerifiableRecords.Status.VERIFIED);
        assertThat(records.status("urn:greenlane:footprint:" + revised)).isEqualTo(VerifiableRecords.Status.VERIFIED);
        assertThat(records.status(first)).as("the superseded version was never stated on").isEqualTo(VerifiableRecords.Status.UNVERIFIED);

        // A carbon-neutral claim needs evidence that covers the footprint of the quantity it names.
        String certificates = V + "/statements/" + statementId + "/certificates";
        String period = "\"validFrom\":\"2026-01-01\",\"validUntil\":\"2027-12-31\"";
        HttpResponse<String> bare = https().json("POST", certificates, verifier, "{\"kind\":\"carbon-neutral\"," + period
                + ",\"coveredDeclaredUnits\":100}");
        assertThat(problemField(bare)).isEqualTo("evidence");
        BigDecimal required = new BigDecimal(signedPcf(pact)).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(1000), 3, RoundingMode.CEILING);
        String reference = "VCS-" + UUID.randomUUID();
        HttpResponse<String> short_ = https().json("POST", certificates, verifier, "{\"kind\":\"carbon-neutral\"," + period
                + ",\"coveredDeclaredUnits\":100,\"evidence\":[{\"kind\":\"offset-retirement\",\"registry\":\"Verra\","
                + "\"reference\":\"" + reference + "\",\"tonnesCo2e\":" + required.subtract(BigDecimal.ONE) + "}]}");
        assertThat(problemField(short_)).isEqualTo("evidence");
        assertThat(Https.read(short_.body()).get("detail").asText()).contains("need " + required.stripTrailingZeros().toPlainString());
        JsonNode neutral = created(https().json("POST", certificates, verifier, "{\"kind\":\"carbon-neutral\"," + period
                + ",\"coveredDeclaredUnits\":100,\"evidence\":[{\"kind\":\"offset-retirement\",\"registry\":\"Verra\","
                + "\"reference\":\"" + reference + "\",\"tonnesCo2e\":" + required.subtract(BigDecimal.ONE) + "},"
                + "{\"kind\":\"green-electricity-certificate\",\"registry\":\"China GEC\",\"reference\":\"GEC-" + UUID.randomUUID()
                + "\",\"tonnesCo2e\":1}]}"));
        assertThat(neutral.get("evidence")).hasSize(2);
        assertThat(Https.read(neutral.get("certificate").toString()).get("requiredTonnesCo2e").asText())
                .isEqualTo(required.stripTrailingZeros().toPlainString());
        HttpResponse<String> twice = https().json("POST", certificates, verifier, "{\"kind\":\"carbon-neutral\"," + period
                + ",\"coveredDeclaredUnits\":1,\"evidence\":[{\"kind\":\"offset-retirement\",\"registry\":\"verra\","
                + "\"reference\":\"" + reference.toLowerCase() + "\",\"tonnesCo2e\":100000}]}");
        assertThat(problemField(twice)).as("a retirement backs one certificate only").isEqualTo("evidence[0].reference");

        JsonNode label = created(https().json("POST", certificates, verifier, "{\"kind\":\"carbon-footprint-label\","
                + "\"validFrom\":\"" + Verifications.today() + "\",\"validUntil\":\"" + Verifications.today().plusYears(1) + "\"}"));
        String labelId = label.get("id").asText();
        assertThat(label.get("issuanceLogIndex").isNumber()).isTrue();
        assertThat(records.status(labelId)).isEqualTo(VerifiableRecords.Status.VERIFIED);
        assertThat(verifications.attestation(UUID.fromString(revised))).hasValueSatisfying(a -> {
            assertThat(a.statementId().toString()).isEqualTo(statementId);
            assertThat(a.statementLogIndex()).isEqualTo(statement.get("logIndex").asLong());
            assertThat(a.verifierKey()).isEqualTo(published.verifierKey());
            assertThat(a.certificate()).hasValueSatisfying(c -> assertThat(c.validOn(Verifications.today())).isTrue());
        });

        JsonNode revoked = Https.read(ok(https().json("POST", V + "/certificates/" + labelId + "/revocation", verifier,
                "{\"reason\":\"The plant changed its electricity supply.\"}")));
        assertThat(revoked.get("revocationLogIndex").isNumber()).isTrue();
        assertThat(records.status(labelId)).isEqualTo(VerifiableRecords.Status.REVOKED);
        assertThat(records.status("urn:greenlane:certificate:" + labelId)).isEqualTo(VerifiableRecords.Status.REVOKED);
        assertThat(records.status(revised)).as("a revoked certificate withdraws the footprint's standing").isEqualTo(VerifiableRecords.Status.REVOKED);
        JsonNode revocation = Https.read(ok(https().get("/api/v1/ledger/entries/" + revoked.get("revocationLogIndex").asLong(), verifier)));
        assertThat(revocation.get("type").asText()).isEqualTo("certificate.revocation");
        assertThat(revocation.get("recordSha256").asText())
                .isEqualTo(Canonical.sha256Hex(Jcs.canonicalize(revoked.get("revocationRecord").toString())));
        assertThat(https().json("POST", V + "/certificates/" + labelId + "/revocation", verifier, "{\"reason\":\"again\"}")
                .statusCode()).isEqualTo(409);
        assertThat(https().json("POST", r + "/withdrawal", exporter, "").statusCode()).as("issued is final").isEqualTo(409);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String footprint = publishWireRod();
        JsonNode bodies = Https.read(ok(https().get(V + "/verifiers", exporter)));
        assertThat(bodies.findValuesAsText("name")).contains(VerificationDemo.VERIFIER);
        assertThat(bodies.findValuesAsText("verifierKey")).anyMatch(key -> key.contains("/greenlane/verifiers/" + greenVerify + "+"));
        assertThat(problemField(https().json("POST", V + "/requests", exporter, "{}"))).isIn("footprintId", "verifierId");
        assertThat(problemField(https().json("POST", V + "/requests", exporter, "{\"footprintId\":\"" + footprint
                + "\",\"verifierId\":\"" + greenVerify + "\",\"standard\":\"ISO 9001\",\"assuranceLevel\":\"limited\"}")))
                .isEqualTo("standard");
        assertThat(problemField(https().json("POST", V + "/requests", exporter, "{\"footprintId\":\"" + footprint
                + "\",\"verifierId\":\"" + steel + "\",\"standard\":\"ISO 14067:2018\",\"assuranceLevel\":\"limited\"}")))
                .as("not a verification body").isEqualTo("verifierId");
        assertThat(problemField(https().json("POST", V + "/requests", exporter, "{\"footprintId\":\"not-a-uuid\"}")))
                .isEqualTo("footprintId");
        assertThat(problemField(https().get(V + "/requests/42", exporter))).isEqualTo("id");

        String id = created(https().json("POST", V + "/requests", exporter, "{\"footprintId\":\"" + footprint
                + "\",\"verifierId\":\"" + greenVerify + "\",\"standard\":\"ISO 14067:2018\",\"assuranceLevel\":\"limited\"}"))
                .get("id").asText();
        assertThat(https().json("POST", V + "/requests", exporter, "{\"footprintId\":\"" + footprint + "\",\"verifierId\":\""
                + greenVerify + "\",\"standard\":\"ISO 14067:2018\",\"assuranceLevel\":\"limited\"}").statusCode())
                .as("one open request per footprint and verifier").isEqualTo(409);
        assertThat(https().json("POST", V + "/requests/" + id + "/acceptance", exporter, "").statusCode())
                .as("the exporter cannot accept its own request").isEqualTo(403);
        assertThat(problemField(https().json("POST", V + "/requests/" + id + "/decline", verifier, "{\"reason\":\" \"}")))
                .isEqualTo("reason");
        assertThat(https().json("POST", V + "/requests/" + id + "/acceptance", verifier, "").statusCode()).isEqualTo(200);
        assertThat(problemField(https().json("POST", V + "/requests/" + id + "/findings", verifier,
                "{\"severity\":\"CRITICAL\",\"text\":\"x\"}"))).isEqualTo("severity");
        assertThat(problemField(https().json("POST", V + "/requests/" + id + "/statement", verifier, "{\"opinion\":\"fine\"}")))
                .isEqualTo("opinion");
        assertThat(https().json("POST", V + "/requests/" + id + "/withdrawal", exporter, "").statusCode()).isEqualTo(200);
        HttpResponse<String> gone = https().get(V + "/requests/" + id + "/footprint", verifier);
        assertThat(gone.statusCode()).as("a withdrawn request no longer opens the footprint to the verifier").isEqualTo(404);
    }

    @Test
    void aCbamCommunicationToAnImporterIsLoggedOnceWithItsHash() {
        String installation = jdbc.sql("select id::text from cbam_installation where organisation_id = :o order by created_at limit 1")
                .param("o", steel).query(String.class).single();
        String importer = jdbc.sql("select id::text from cbam_importer where organisation_id = :o order by created_at limit 1")
                .param("o", steel).query(String.class).single();
        String path = "/api/v1/cbam/installations/" + installation + "/communication?importer=" + importer;
        String communication = ok(https().get(path, exporter));
        ok(https().get(path, exporter));
        String sha = Canonical.sha256Hex(Jcs.canonicalize(communication));

        List<Long> logged = jdbc.sql("select log_index from verification_log_outbox where record_type = 'cbam.emissions-communication' "
                        + "and organisation_id = :o and record_sha256 = :sha")
                .param("o", steel).param("sha", sha).query(Long.class).list();
        assertThat(logged).hasSize(1).doesNotContainNull();
        JsonNode entry = Https.read(ok(https().get("/api/v1/ledger/entries/" + logged.get(0), exporter)));
        assertThat(entry.get("recordSha256").asText()).isEqualTo(sha);
        assertThat(entry.at("/entry/summary").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("periodStart", "periodEnd", "installationCountry", "goods");
    }

    @Test
    void aRotatedKeyIsRetiredButStillChecksWhatItSigned() {
        String before = stated(publishWireRod());
        JsonNode earlier = Https.read(ok(https().get(V + "/statements/" + before, exporter)));
        String oldKey = earlier.get("verifierKey").asText();
        assertThat(Https.read(ok(https().get(V + "/keys", verifier))).get(0).get("verifierKey").asText()).isEqualTo(oldKey);

        assertThat(https().json("POST", V + "/keys/rotation", verifier, "").statusCode())
                .as("a verifier who is not an administrator").isEqualTo(403);
        assertThat(https().json("POST", V + "/keys/rotation", exporter, "").statusCode())
                .as("an exporter").isEqualTo(403);
        ApiClients.Issued admin = clients.register(greenVerify, "key rotation test " + UUID.randomUUID(), Set.of(Role.ADMIN));
        JsonNode rotated = created(https().json("POST", V + "/keys/rotation",
                https().token(admin.client().clientId(), admin.secret()), ""));
        String newKey = rotated.get(0).get("verifierKey").asText();
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(rotated.get(0).get("current").asBoolean()).isTrue();
        assertThat(rotated.findValuesAsText("verifierKey")).contains(oldKey);
        assertThat(rotated.get(1).get("verifierKey").asText()).isEqualTo(oldKey);
        assertThat(rotated.get(1).get("current").asBoolean()).isFalse();
        assertThat(rotated.get(1).get("retiredAt").asText()).isNotEmpty();
        assertThat(NoteVerifier.parse(newKey).name()).as("the body's name stays; the key id differs")
                .isEqualTo(NoteVerifier.parse(oldKey).name());

        // Anyone can still fetch the retired key, after the current one, and check what it signed.
        List<String> published = https().send(https().request("/verification/keys/" + greenVerify).GET()).body().lines().toList();
        assertThat(published.get(0)).isEqualTo(newKey);
        assertThat(published).contains(oldKey);
        JsonNode again = Https.read(ok(https().get(V + "/statements/" + before, exporter)));
        assertThat(again.get("verifierKey").asText()).isEqualTo(oldKey);
        SignedNote.open(again.get("signedNote").asText(), List.of(NoteVerifier.parse(oldKey)));
        UUID earlierFootprint = UUID.fromString(earlier.get("footprintId").asText());
        assertThat(verifications.attestation(earlierFootprint).orElseThrow().verifierKey()).isEqualTo(oldKey);

        // What the body signs from now on is signed with the new key only.
        String after = stated(publishWireRod());
        JsonNode later = Https.read(ok(https().get(V + "/statements/" + after, exporter)));
        assertThat(later.get("verifierKey").asText()).isEqualTo(newKey);
        SignedNote.open(later.get("signedNote").asText(), List.of(NoteVerifier.parse(newKey)));
        assertThatThrownBy(() -> SignedNote.open(later.get("signedNote").asText(), List.of(NoteVerifier.parse(oldKey))))
                .isInstanceOf(VerificationException.class);

        // Both keys are in the transparency log as the body's, each in an entry of its own.
        FootprintAttestation laterAttestation = verifications.attestation(UUID.fromString(later.get("footprintId").asText())).orElseThrow();
        long oldIndex = verifications.attestation(earlierFootprint).orElseThrow().verifierKeyLogIndex().orElseThrow();
        long newIndex = laterAttestation.verifierKeyLogIndex().orElseThrow();
        assertThat(newIndex).isNotEqualTo(oldIndex);
        for (long index : new long[]{oldIndex, newIndex}) {
            JsonNode entry = Https.read(ok(https().get("/api/v1/ledger/entries/" + index, verifier)));
            assertThat(entry.get("type").asText()).isEqualTo("verification.key");
            assertThat(entry.at("/entry/summary/organisationId").asText()).isEqualTo(greenVerify.toString());
        }
        assertThat(Https.read(ok(https().get("/api/v1/ledger/entries/" + newIndex, verifier))).at("/entry/summary/verifierKey")
                .asText()).isEqualTo(newKey);
    }

    /** Requests verification of a footprint, accepts it and states an unmodified opinion; returns the statement id. */
    private String stated(String footprintId) {
        String id = created(https().json("POST", V + "/requests", exporter, "{\"footprintId\":\"" + footprintId
                + "\",\"verifierId\":\"" + greenVerify + "\",\"standard\":\"ISO 14064-3:2019\",\"assuranceLevel\":\"limited\"}"))
                .get("id").asText();
        ok(https().json("POST", V + "/requests/" + id + "/acceptance", verifier, ""));
        return created(https().json("POST", V + "/requests/" + id + "/statement", verifier, "{\"opinion\":\"unmodified\"}"))
                .get("id").asText();
    }

    /** Publishes the demo wire rod's result again: a new Active footprint of the same product. */
    private String publishWireRod() {
        String result = jdbc.sql("""
                        select p.result_id::text from published_footprint p join product pr on pr.id = p.product_id
                        where p.organisation_id = :o and pr.name = 'Steel wire rod, 6.5 mm' order by p.created_at limit 1""")
                .param("o", steel).query(String.class).single();
        return created(https().json("POST", "/api/v1/footprint-results/" + result + "/publication", exporter, """
                {"referencePeriodStart":"2024-01-01T00:00:00Z","referencePeriodEnd":"2025-01-01T00:00:00Z",
                 "validityPeriodStart":"2025-06-01T00:00:00Z","validityPeriodEnd":"2029-12-31T00:00:00Z",
                 "geographyCountry":"CN","productMassPerDeclaredUnit":1000,"fossilCarbonContent":1.5}""")).get("id").asText();
    }

    /** The footprint per declared unit a carbon-neutral claim covers: the larger of the two PACT figures. */
    private static String signedPcf(String pact) {
        JsonNode pcf = Https.read(pact).get("pcf");
        return new BigDecimal(pcf.get("pcfIncludingBiogenicUptake").asText())
                .max(new BigDecimal(pcf.get("pcfExcludingBiogenicUptake").asText())).toPlainString();
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Https.read(response.body());
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String problemField(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return Https.read(response.body()).at("/errors/0/field").asText();
    }
}
