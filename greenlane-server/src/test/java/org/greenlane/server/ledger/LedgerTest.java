package org.greenlane.server.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.client.AuditReport;
import org.greenlane.core.ledger.client.LogAuditor;
import org.greenlane.core.ledger.client.LogClient;
import org.greenlane.core.ledger.client.Receipt;
import org.greenlane.core.ledger.jcs.Json;
import org.greenlane.core.ledger.jcs.JsonObject;
import org.greenlane.core.ledger.note.NoteVerifier;
import org.greenlane.core.ledger.tile.TileSource;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.greenlane.server.platform.identity.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The log as a capability, a record owner and an outside auditor use it, through the running server. */
class LedgerTest extends ServerTest {

    @Autowired
    Ledger ledger;
    @Autowired
    Organisations organisations;

    @Test
    void appendedRecordIsServedToItsOwnerWithAReceiptThatVerifiesOffline() throws Exception {
        UUID steel = organisations.findByName("Zhejiang Lvyuan Steel Co., Ltd.").orElseThrow().id();
        LedgerRecord record = new LedgerRecord(LedgerRecord.FOOTPRINT_PUBLICATION, steel,
                (JsonObject) Json.parse("{\"product\":\"Hot-rolled steel coil\",\"declaredUnit\":\"t\"}"),
                Json.parse("{\"kgCO2ePerUnit\": 1890.5, \"plant\": \"Lvyuan No. 2\"}"));

        LoggedEntry logged = ledger.append(record);

        String canonicalRecord = "{\"kgCO2ePerUnit\":1890.5,\"plant\":\"Lvyuan No. 2\"}";
        String recordSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonicalRecord.getBytes(StandardCharsets.UTF_8)));
        assertThat(logged.recordSha256()).isEqualTo(recordSha256);
        // Members sorted by name (RFC 8785 section 3.2.3), no white space.
        assertThat(logged.entry()).isEqualTo("{\"organisation\":\"" + steel + "\",\"recordSha256\":\"" + recordSha256
                + "\",\"summary\":{\"declaredUnit\":\"t\",\"product\":\"Hot-rolled steel coil\"},\"time\":\""
                + logged.time() + "\",\"type\":\"footprint.publication\"}");

        String token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
        HttpResponse<String> response = https().get("/api/v1/ledger/entries/" + logged.index(), token);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Https.read(response.body());
        assertThat(body.get("index").asLong()).isEqualTo(logged.index());
        assertThat(body.get("type").asText()).isEqualTo("footprint.publication");
        assertThat(body.get("recordSha256").asText()).isEqualTo(recordSha256);
        assertThat(body.get("record").toString()).isEqualTo(canonicalRecord);
        assertThat(body.get("entry").get("summary").get("product").asText()).isEqualTo("Hot-rolled steel coil");

        HttpResponse<String> receiptFile = https().get("/api/v1/ledger/entries/" + logged.index() + "/receipt", token);
        assertThat(receiptFile.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(receiptFile.body()).isEqualTo(body.get("receipt").asText()).startsWith("c2sp.org/tlog-proof@v1\nextra ");
        Receipt receipt = Receipt.parse(receiptFile.body());
        assertThat(receipt.index()).isEqualTo(logged.index());
        assertThat(receipt.extra()).hasValueSatisfying(entry ->
                assertThat(new String(entry, StandardCharsets.UTF_8)).isEqualTo(logged.entry()));
        NoteVerifier key = NoteVerifier.parse(publicText("/log/key").strip());
        Checkpoint checkpoint = new LogClient(ledger.origin(), key).verifyReceipt(receipt, receipt.extra().orElseThrow());
        assertThat(checkpoint.size()).isGreaterThan(logged.index());
    }

    @Test
    void publicLogIsReadableAsTlogTilesAndAuditsIntact() {
        UUID solar = organisations.findByName("Shenzhen Sunpath Solar Technology Co., Ltd.").orElseThrow().id();
        List<CompletableFuture<LoggedEntry>> pending = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pending.add(ledger.submit(new LedgerRecord(LedgerRecord.CBAM_EMISSIONS_COMMUNICATION, solar,
                    (JsonObject) Json.parse("{\"communication\":" + i + "}"), Json.parse("{\"seq\":" + i + "}"))));
        }
        pending.forEach(CompletableFuture::join);

        HttpResponse<String> checkpointResponse = https().get("/log/checkpoint", null);
        assertThat(checkpointResponse.statusCode()).isEqualTo(200);
        assertThat(checkpointResponse.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(checkpointResponse.headers().firstValue("Cache-Control")).hasValue("no-cache");
        LogClient client = new LogClient(ledger.origin(), NoteVerifier.parse(publicText("/log/key").strip()));
        Checkpoint checkpoint = client.verifyCheckpoint(checkpointResponse.body());
        assertThat(checkpoint.size()).isGreaterThanOrEqualTo(300);

        HttpResponse<byte[]> fullTile = bytes("/log/tile/0/000");
        assertThat(fullTile.statusCode()).isEqualTo(200);
        assertThat(fullTile.body()).hasSize(256 * 32);
        assertThat(fullTile.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(fullTile.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(bytes("/log/tile/entries/000").statusCode()).isEqualTo(200);
        assertThat(bytes("/log/tile/0/000.p/7").body()).hasSize(7 * 32);
        assertThat(bytes("/log/tile/entries/x999/000").statusCode()).isEqualTo(404);
        assertThat(bytes("/log/tile/0/0").statusCode()).isEqualTo(400);

        AuditReport report = LogAuditor.audit(checkpoint, publicTiles());
        assertThat(report.intact()).as(report.toString()).isTrue();
    }

    private TileSource publicTiles() {
        return tile -> {
            HttpResponse<byte[]> response = bytes("/log/" + tile.path());
            assertThat(response.statusCode()).as(tile.path()).isEqualTo(200);
            return response.body();
        };
    }

    private String publicText(String path) {
        HttpResponse<String> response = https().get(path, null);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<byte[]> bytes(String path) {
        return new PublicLog(port, VAR.resolve("tls")).get(path);
    }
}
