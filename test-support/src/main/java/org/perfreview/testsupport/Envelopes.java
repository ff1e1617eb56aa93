package org.perfreview.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.perfreview.contracts.Json;

import java.io.UncheckedIOException;

/** Event envelopes as the services' tests send them into in-memory channels and read them back, with the contracts' JSON settings. */
public final class Envelopes {

    private static final ObjectMapper MAPPER = Json.mapper();

    private Envelopes() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
