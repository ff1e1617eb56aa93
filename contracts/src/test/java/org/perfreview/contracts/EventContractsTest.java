package org.perfreview.contracts;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.events.EventContract;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.Key;
import org.perfreview.contracts.review.Notice;
import org.perfreview.contracts.schema.ContractSchemas;
import org.perfreview.contracts.score.ScoringFailure;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event contracts in {@link Events} are complete, and everything derived from them agrees with them. */
class EventContractsTest {

    private static final Path COMMITTED = Path.of("src/main/resources/schemas");

    @Test
    void everyEventsPayloadRecordGeneratesExactlyItsCommittedSchema() throws IOException {
        ContractSchemas schemas = new ContractSchemas();
        for (EventContract<?> event : Events.ALL) {
            String committed = Files.readString(COMMITTED.resolve(event.schema()), StandardCharsets.UTF_8);
            assertThat(schemas.text(event.schema(), event.payload())).as("%s from %s", event.schema(), event.payload().getName())
                    .isEqualTo(committed);
        }
    }

    @Test
    void allHoldsEveryContractOnceAndThePayloadSchemasAreDerivedFromIt() throws IllegalAccessException {
        List<EventContract<?>> declared = new ArrayList<>();
        for (Field f : Events.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == EventContract.class) {
                declared.add((EventContract<?>) f.get(null));
            }
        }
        assertThat(Events.ALL).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(Events.ALL.stream().map(EventContract::type).distinct()).hasSameSizeAs(Events.ALL);
        Map<String, String> derived = Events.ALL.stream().collect(Collectors.toMap(EventContract::type, EventContract::schema));
        assertThat(Schemas.PAYLOAD_BY_EVENT).isEqualTo(derived);
        assertThat(Events.topics()).containsExactly("perf.batches", "perf.submissions.normalized", "perf.submissions.scored",
                "perf.reports.unit", "perf.reports.city", "perf.notices");
    }

    @Test
    void recordKeysComeFromThePayload() {
        for (EventContract<?> event : Events.ALL) {
            String expected = event.key().kind() == Key.Kind.BATCH_ID ? Samples.BATCH.toString() : "201001";
            assertThat(keyOf(event, Samples.payload(event))).as(event.type()).isEqualTo(expected);
        }
        assertThat(Arrays.stream(new EventContract<?>[] {Events.BATCH_UPDATED, Events.CITY_REPORT_UPDATED}).map(e -> e.key().kind()))
                .containsOnly(Key.Kind.BATCH_ID);
    }

    @Test
    void aFailedTableWithoutUnitIsKeyedByItsBatchAndAMissingKeyIsRefused() {
        ScoringFailure orphan = new ScoringFailure(Samples.SUBMISSION, Samples.BATCH, null, "no unit", Instant.now());
        assertThat(Events.SUBMISSION_SCORING_FAILED.key().of(orphan)).isEqualTo(Samples.BATCH.toString());
        var noUnit = new Notice(Samples.BATCH, null, null, "初审", null, 1, List.of(), List.of(), Instant.now());
        assertThatThrownBy(() -> Events.NOTICE_ISSUED.key().of(noUnit)).hasMessageContaining("no UNIT_CODE");
    }

    @Test
    void consumersReadTheCurrentAndThePreviousVersion() {
        assertThat(Events.BATCH_UPDATED.reads(1)).isTrue();
        assertThat(Events.BATCH_UPDATED.reads(0)).isFalse();
        assertThat(Events.BATCH_UPDATED.reads(2)).isFalse();
        var next = new EventContract<>("X", "t", Key.batchId(Batch::id), Batch.class, Schemas.BATCH, 3);
        assertThat(List.of(1, 2, 3, 4).stream().filter(next::reads)).containsExactly(2, 3);
        var envelope = Events.NOTICE_ISSUED.envelope(Samples.BATCH, Samples.SUBMISSION, Samples.notice());
        assertThat(envelope.eventType()).isEqualTo("NoticeIssued");
        assertThat(envelope.schemaVersion()).isEqualTo(Events.CURRENT_VERSION);
    }

    @Test
    void readmesTopicTableSaysWhatTheContractsSay() throws IOException {
        List<String[]> rows = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| `perf.")).map(line -> line.split("\\|")).toList();
        for (EventContract<?> event : Events.ALL) {
            String[] row = rows.stream().filter(r -> r[1].strip().equals("`" + event.topic() + "`")).findFirst()
                    .orElseThrow(() -> new AssertionError("README's topic table has no row for " + event.topic()));
            assertThat(row[2].strip()).as("key of %s", event.topic())
                    .isEqualTo(event.key().kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            assertThat(row[3]).as("event types on %s", event.topic()).contains("`" + event.type() + "`");
            assertThat(row[4]).as("payload schemas on %s", event.topic()).contains("`" + event.schema() + "`");
        }
    }

    @SuppressWarnings("unchecked")
    private static <P> String keyOf(EventContract<P> event, Object payload) {
        return event.key().of((P) payload);
    }
}
