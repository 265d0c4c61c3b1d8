package org.greenlane.server.exchange.internal.pact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * A PACT v3 event: a CloudEvent 1.0 in structured JSON mode ({@code application/cloudevents+json}).
 * {@link #parse(JsonNode)} checks the envelope; the {@code data} of each type is read by its handler.
 */
public record PactEvent(Type type, String id, String source, PactTime time, ObjectNode data) {

    public static final String MEDIA_TYPE = "application/cloudevents+json";
    private static final String SPEC_VERSION = "1.0";

    public enum Type {
        REQUEST_CREATED("org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3"),
        REQUEST_FULFILLED("org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3"),
        REQUEST_REJECTED("org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3"),
        PUBLISHED("org.wbcsd.pact.ProductFootprint.PublishedEvent.3");

        private final String name;

        Type(String name) {
            this.name = name;
        }

        static Type of(String name) {
            return Arrays.stream(values()).filter(type -> type.name.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("type: '" + name + "' is not a PACT v3 event type "
                            + "(RequestCreatedEvent.3, RequestFulfilledEvent.3, RequestRejectedEvent.3, PublishedEvent.3)"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Checks the CloudEvents envelope; an offending attribute throws {@link IllegalArgumentException} naming it. */
    public static PactEvent parse(JsonNode event) {
        if (!event.isObject()) {
            throw new IllegalArgumentException("body: a CloudEvent must be a JSON object");
        }
        String specVersion = text(event, "specversion");
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new IllegalArgumentException("specversion: '" + specVersion + "' is not a supported CloudEvents version; use 1.0");
        }
        Type type = Type.of(text(event, "type"));
        String id = text(event, "id");
        String source = text(event, "source");
        PactTime time;
        try {
            time = PactTime.parse(text(event, "time"));
        } catch (IllegalArgumentException wrong) {
            throw new IllegalArgumentException("time: " + wrong.getMessage());
        }
        JsonNode data = event.get("data");
        if (data == null || !data.isObject()) {
            throw new IllegalArgumentException("data: must be a JSON object");
        }
        return new PactEvent(type, id, source, time, (ObjectNode) data);
    }

    private static String text(JsonNode event, String attribute) {
        JsonNode value = event.get(attribute);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException(attribute + ": a non-empty string is required");
        }
        return value.textValue();
    }

    /** A new event of ours: a fresh id, now, and our events endpoint as source. */
    public static ObjectNode create(Type type, UUID id, String source, Instant time, ObjectNode data) {
        ObjectNode event = PactJson.object();
        event.put("type", type.toString());
        event.put("specversion", SPEC_VERSION);
        event.put("id", id.toString());
        event.put("source", source);
        event.put("time", PactTime.of(time).text());
        event.set("data", data);
        return event;
    }
}
