package org.perfreview.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.perfreview.contracts.Json;
import org.perfreview.contracts.events.EventContract;
import org.perfreview.contracts.events.EventEnvelope;

import java.io.IOException;

/**
 * Reads and writes event envelopes; refuses unknown event types and schema versions (they go to the dead letters).
 * The envelope's header fields are checked with a token scan before the typed read, so a consumer never builds a
 * tree of the whole event only to convert it (the load profile in BENCHMARKS.md section 4 found that costing each
 * service several per cent of its CPU).
 */
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
        return read(json, event, event.payload());
    }

    /**
     * Reads an event of {@code event}'s type with its payload bound to {@code view}: the payload class itself, or a
     * narrower record of the fields a consumer uses (the others are skipped, not materialised).
     */
    public <T, V> EventEnvelope<V> read(String json, EventContract<T> event, Class<V> view) {
        String expectedType = event.type();
        Header header;
        try {
            header = scan(json, false);
        } catch (IOException e) {
            throw new PoisonMessageException("not JSON: " + message(e));
        }
        if (header == null) {
            throw new PoisonMessageException("not an event envelope: expected a JSON object");
        }
        if (!expectedType.equals(header.type)) {
            throw new PoisonMessageException("unexpected event type '" + header.type + "', expected " + expectedType);
        }
        if (!event.reads(header.version)) {
            throw new PoisonMessageException("unsupported schema version " + header.version + " of " + header.type
                    + " (this consumer reads " + event.version() + " and the previous one)");
        }
        if (!header.hasEventId || !header.hasPayload) {
            throw new PoisonMessageException("envelope without eventId or payload");
        }
        JavaType javaType = mapper.getTypeFactory().constructParametricType(EventEnvelope.class, view);
        try {
            return mapper.readValue(json, javaType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException("payload does not match " + view.getSimpleName() + ": " + message(e));
        }
    }

    /** The eventType of an envelope, or null when the text is not one (read() then says why). */
    public String eventTypeOf(String json) {
        try {
            Header header = scan(json, true);
            return header == null ? null : header.type;
        } catch (IOException | IllegalArgumentException e) {
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

    /** The top-level fields read() checks; a later duplicate key wins, as in a tree. */
    private static final class Header {
        String type;
        int version = -1;
        boolean hasEventId;
        boolean hasPayload;
    }

    /**
     * Token scan of the top-level object: its header fields, nested values skipped. Null when the text is not a
     * JSON object; with {@code typeOnly} it stops at the first eventType.
     */
    private Header scan(String json, boolean typeOnly) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Header h = new Header();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "eventType" -> {
                        h.type = value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getText() : null;
                        if (typeOnly) {
                            return h;
                        }
                    }
                    case "schemaVersion" -> h.version = value.isScalarValue() ? p.getValueAsInt(-1) : -1;
                    case "eventId" -> h.hasEventId = value != JsonToken.VALUE_NULL;
                    case "payload" -> h.hasPayload = value != JsonToken.VALUE_NULL;
                    default -> { }
                }
                p.skipChildren();
            }
            return h;
        }
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
