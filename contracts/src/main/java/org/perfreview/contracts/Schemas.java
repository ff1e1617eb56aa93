package org.perfreview.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.perfreview.contracts.events.EventContract;
import org.perfreview.contracts.events.Events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The JSON Schemas under {@code schemas/} are the contract; this validates documents against them.
 * Their {@code $id}s live under https://perf-review.org/schemas/ and resolve to this jar, never to the network.
 */
public final class Schemas {

    public static final String ENVELOPE = "event-envelope.schema.json";
    public static final String BATCH = "batch.schema.json";
    public static final String NORMALIZED_TABLE = "normalized-table.schema.json";
    public static final String SUBMISSION_NORMALIZED = "submission-normalized.schema.json";
    public static final String SCORE_CARD = "score-card.schema.json";
    public static final String SCORING_FAILURE = "scoring-failure.schema.json";
    public static final String UNIT_REPORT = "unit-report.schema.json";
    public static final String CITY_REPORT = "city-report.schema.json";
    public static final String NOTICE = "notice.schema.json";

    /** Event type → the schema of its payload, from {@link Events#ALL}. */
    public static final Map<String, String> PAYLOAD_BY_EVENT = Events.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventContract::type, EventContract::schema));

    private static final String BASE = "https://perf-review.org/schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:schemas/")));
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** Problems of {@code document} against schema {@code name}; empty when valid. */
    public static List<String> validate(String name, JsonNode document) {
        JsonSchema schema = CACHE.computeIfAbsent(name, n -> FACTORY.getSchema(SchemaLocation.of(BASE + n)));
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Validates an envelope and, by its event type, its payload. */
    public static List<String> validateEvent(JsonNode envelope) {
        List<String> problems = new java.util.ArrayList<>(validate(ENVELOPE, envelope));
        String payloadSchema = PAYLOAD_BY_EVENT.get(envelope.path("eventType").asText());
        if (payloadSchema != null && envelope.has("payload")) {
            validate(payloadSchema, envelope.get("payload")).forEach(p -> problems.add("payload: " + p));
        }
        return problems;
    }
}
