package org.perfreview.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.perfreview.contracts.Json;
import org.perfreview.contracts.events.EventContract;
import org.perfreview.contracts.events.EventEnvelope;

/** Reads and writes event envelopes; refuses unknown event types and schema versions (they go to the dead letters). */
@ApplicationScoped
public class EventJson {

    private final ObjectMapper mapper = Json.mapper();

    public ObjectMapper mapper() {
        return mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> EventEnvelope<T> read(String json, EventContract<T> event) {
        String expectedType = event.type();
        Class<T> payloadType = event.payload();
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new PoisonMessageException("not an event envelope: expected a JSON object");
        }
        String type = root.path("eventType").asText(null);
        if (!expectedType.equals(type)) {
            throw new PoisonMessageException("unexpected event type '" + type + "', expected " + expectedType);
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (!event.reads(version)) {
            throw new PoisonMessageException("unsupported schema version " + version + " of " + type
                    + " (this consumer reads " + event.version() + " and the previous one)");
        }
        if (!root.hasNonNull("eventId") || !root.hasNonNull("payload")) {
            throw new PoisonMessageException("envelope without eventId or payload");
        }
        JavaType javaType = mapper.getTypeFactory().constructParametricType(EventEnvelope.class, payloadType);
        try {
            return mapper.convertValue(root, javaType);
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("payload does not match " + payloadType.getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The eventType of an envelope, or null when the text is not one (read() then says why). */
    public String eventTypeOf(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            return root == null ? null : root.path("eventType").asText(null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    public <T> T readValue(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON no longer reads as " + type.getSimpleName(), e);
        }
    }
}
