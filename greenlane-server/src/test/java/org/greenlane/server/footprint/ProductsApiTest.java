package org.greenlane.server.footprint;

import com.fasterxml.jackson.databind.JsonNode;
import org.greenlane.server.Https;
import org.greenlane.server.ServerTest;
import org.greenlane.server.demo.DemoLogins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ProductsApiTest extends ServerTest {

    private String token;

    @BeforeEach
    void exporterToken() {
        token = https().token(DemoLogins.CLIENT_ID, DemoLogins.CLIENT_SECRET);
    }

    @Test
    void addReadChangeAndRemoveAProduct() {
        HttpResponse<String> added = https().json("POST", "/api/v1/products", token,
                "{\"name\":\" Cold-rolled sheet \",\"hsCode\":\"720917\",\"gtin\":\"4006381333931\",\"declaredUnit\":\"t\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode product = Https.read(added.body());
        String id = product.get("id").asText();
        assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/products/" + id);
        assertThat(product.get("name").asText()).isEqualTo("Cold-rolled sheet");
        // GTIN-13 4006381333931 (a GS1 example number) is stored in its GTIN-14 form.
        assertThat(product.get("gtin").asText()).isEqualTo("04006381333931");

        HttpResponse<String> read = https().get("/api/v1/products/" + id, token);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");

        HttpResponse<String> changed = put(id, "\"0\"", "{\"name\":\"Cold-rolled sheet, DC01\",\"declaredUnit\":\"t\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(Https.read(changed.body()).get("version").asInt()).isEqualTo(1);

        HttpResponse<String> stale = put(id, "\"0\"", "{\"name\":\"lost update\",\"declaredUnit\":\"t\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        assertThat(https().json("DELETE", "/api/v1/products/" + id, token, "").statusCode()).isEqualTo(204);
        assertThat(https().get("/api/v1/products/" + id, token).statusCode()).isEqualTo(404);
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        HttpResponse<String> response = https().json("POST", "/api/v1/products", token,
                "{\"name\":\"\",\"hsCode\":\"72A\",\"gtin\":\"123\",\"declaredUnit\":\"kg\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode errors = Https.read(response.body()).get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("gtin", "hsCode", "name");
    }

    @Test
    void wrongGtinCheckDigitIsRejected() {
        HttpResponse<String> response = https().json("POST", "/api/v1/products", token,
                "{\"name\":\"x\",\"gtin\":\"4006381333932\",\"declaredUnit\":\"kg\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Https.read(response.body()).at("/errors/0/field").asText()).isEqualTo("gtin");
    }

    @Test
    void unknownUnitAndMalformedJsonNameTheProblem() {
        HttpResponse<String> unit = https().json("POST", "/api/v1/products", token, "{\"name\":\"x\",\"declaredUnit\":\"lb\"}");
        assertThat(unit.statusCode()).isEqualTo(400);
        assertThat(Https.read(unit.body()).at("/errors/0/field").asText()).isEqualTo("declaredUnit");
        assertThat(Https.read(unit.body()).at("/errors/0/message").asText()).contains("'lb' is not a declared unit");

        HttpResponse<String> malformed = https().json("POST", "/api/v1/products", token, "{\"name\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void badIdAndMissingIfMatchAreClientErrors() {
        assertThat(https().get("/api/v1/products/not-a-uuid", token).statusCode()).isEqualTo(400);
        String id = Https.read(https().get("/api/v1/products", token).body()).get(0).get("id").asText();

        HttpResponse<String> response = https().json("PUT", "/api/v1/products/" + id, token, "{\"name\":\"x\",\"declaredUnit\":\"kg\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Https.read(response.body()).at("/errors/0/field").asText()).isEqualTo("If-Match");
    }

    @Test
    void oversizedBodiesAreRefusedBeforeParsing() {
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"declaredUnit\":\"kg\"}";

        HttpResponse<String> declared = https().json("POST", "/api/v1/products", token, huge);
        assertThat(declared.statusCode()).isEqualTo(413);

        HttpResponse<String> streamed = https().send(https().request("/api/v1/products")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes()))));
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(streamed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> put(String id, String ifMatch, String body) {
        return https().send(https().request("/api/v1/products/" + id)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }
}
