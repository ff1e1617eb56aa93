package org.perfreview.contracts;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfreview.contracts.events.EventContract;
import org.perfreview.contracts.events.EventEnvelope;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.schema.ContractSchemas;
import org.perfreview.contracts.schema.SchemaChanges;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Version N reads N−1. {@code src/test/resources/history/vN/} keeps what version N of the events looks like, frozen
 * once N is current: one sample envelope per event type ({@code events/<Type>.json}, every optional field set) and the
 * schemas ({@code schemas/}). Today's records must read, and today's schemas accept, the samples of every version the
 * consumers read ({@link EventContract#reads}), and today's schemas must not drop or newly require what those
 * versions' schemas had.
 * <p>
 * When {@code Events.CURRENT_VERSION} (or one event's version) goes up to N+1: leave {@code history/vN/} as it is (it is
 * what N+1 must still read), change the records, regenerate the schemas (GeneratedSchemasTest), then run
 * {@value #WRITE}: it writes {@code history/v(N+1)/} from today's {@link Samples} and schemas where missing. Commit it.
 * A breaking change this test reports at the same version means the version must go up, and the consumers keep
 * reading the old shape until N+2.
 */
class CompatibilityTest {

    static final String WRITE = "mvn -B -pl contracts test -Dtest=CompatibilityTest -Dhistory.write=true";

    private static final Path HISTORY = Path.of("src/test/resources/history");
    private static final Path COMMITTED = Path.of("src/main/resources/schemas");
    private static final ObjectMapper MAPPER = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    @BeforeAll
    static void writeTheCurrentVersionWhereMissing() throws IOException {
        if (!Boolean.getBoolean("history.write")) {
            return;
        }
        for (EventContract<?> event : Events.ALL) {
            Path sample = sample(event.version(), event.type());
            if (!Files.exists(sample)) {
                Files.createDirectories(sample.getParent());
                Files.writeString(sample, MAPPER.writeValueAsString(Samples.envelope(event)) + "\n");
            }
        }
        Path schemas = HISTORY.resolve("v" + Events.CURRENT_VERSION).resolve("schemas");
        Files.createDirectories(schemas);
        for (String file : ContractSchemas.ROOTS.keySet()) {
            if (!Files.exists(schemas.resolve(file))) {
                Files.copy(COMMITTED.resolve(file), schemas.resolve(file));
            }
        }
    }

    /** Every event with every version its consumers read. */
    static Stream<Arguments> readVersions() {
        return Events.ALL.stream().flatMap(e -> IntStream.rangeClosed(Math.max(1, e.version() - 1), e.version())
                .filter(e::reads).mapToObj(v -> Arguments.of(e, v)));
    }

    @ParameterizedTest(name = "{0} reads v{1}")
    @MethodSource("readVersions")
    void todaysRecordsAndSchemasReadEveryVersionTheConsumersRead(EventContract<?> event, int version) throws IOException {
        Path file = sample(version, event.type());
        assertThat(file).as("sample of %s v%d; write it with %s", event.type(), version, WRITE).exists();
        JsonNode sample = MAPPER.readTree(file.toFile());
        assertThat(sample.path("eventType").asText()).isEqualTo(event.type());
        assertThat(sample.path("schemaVersion").asInt()).isEqualTo(version);

        assertThat(Schemas.validateEvent(sample)).as("today's schemas against %s", file).isEmpty();
        JavaType type = MAPPER.getTypeFactory().constructParametricType(EventEnvelope.class, event.payload());
        EventEnvelope<?> read = MAPPER.convertValue(sample, type);
        assertThat(read.payload()).isInstanceOf(event.payload());
        assertThat(fields(MAPPER.valueToTree(read.payload()), "$"))
                .as("what today's %s keeps of %s", event.payload().getSimpleName(), file)
                .containsAll(fields(sample.get("payload"), "$"));
    }

    @ParameterizedTest(name = "today's schemas keep what v{0} had")
    @MethodSource("snapshotVersions")
    void todaysSchemasNeitherDropNorNewlyRequireWhatAReadVersionHad(int version) throws IOException {
        Path snapshots = HISTORY.resolve("v" + version).resolve("schemas");
        assertThat(snapshots).as("schemas of v%d; write them with %s", version, WRITE).isDirectoryContaining("glob:**.json");
        try (Stream<Path> files = Files.list(snapshots)) {
            for (Path snapshot : files.sorted().toList()) {
                Path committed = COMMITTED.resolve(snapshot.getFileName());
                assertThat(committed).as("v%d had %s", version, snapshot.getFileName()).exists();
                assertThat(SchemaChanges.breaking(MAPPER.readTree(snapshot.toFile()), MAPPER.readTree(committed.toFile())))
                        .as("breaking changes from v%d's %s (raise the version: see this class's comment)", version, snapshot.getFileName())
                        .isEmpty();
            }
        }
    }

    static IntStream snapshotVersions() {
        return IntStream.rangeClosed(Math.max(1, Events.CURRENT_VERSION - 1), Events.CURRENT_VERSION);
    }

    @Test
    void aRemovedFieldANewlyRequiredOneAndANarrowedEnumAreDetected() throws IOException {
        JsonNode before = MAPPER.readTree(COMMITTED.resolve(Schemas.SCORE_CARD).toFile());
        assertThat(SchemaChanges.breaking(before, before)).isEmpty();

        ObjectNode after = before.deepCopy();
        ((ObjectNode) after.get("properties")).putObject("note").put("type", "string");
        assertThat(SchemaChanges.breaking(before, after)).as("an optional property added").isEmpty();

        ((ObjectNode) after.get("properties")).remove("grade");
        ((ArrayNode) after.get("required")).add("note");
        ((ObjectNode) after.at("/properties/findings/items/properties")).remove("evidence");
        ArrayNode severities = (ArrayNode) after.at("/$defs/Severity/enum");
        severities.remove(severities.size() - 1);
        ((ObjectNode) after.at("/properties/unitName")).put("type", "string");
        assertThat(SchemaChanges.breaking(before, after)).containsExactlyInAnyOrder(
                "$.grade: removed",
                "$.note: newly required",
                "$.findings[].evidence: removed",
                "$.findings[].severity: enum value INFO removed",
                "$.unitName: no longer a null");
    }

    private static Path sample(int version, String type) {
        return HISTORY.resolve("v" + version).resolve("events").resolve(type + ".json");
    }

    /** The paths of every non-null value in a document (array elements as []). */
    private static Set<String> fields(JsonNode node, String path) {
        Set<String> paths = new TreeSet<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    paths.add(path + "." + f.getKey());
                    paths.addAll(fields(f.getValue(), path + "." + f.getKey()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> paths.addAll(fields(element, path + "[]")));
        }
        return paths;
    }
}
