package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.Topics;
import org.perfreview.localstack.synthetic.SyntheticTables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test: poison messages (not JSON; JSON that fails the schema; an unknown schema version) on every
 * partition of every consumed topic, between two groups of uploads. Each ends on the dead-letter topic of every service that
 * consumes it, with its reason in the headers and in that service's /api/dead-letters; the tables uploaded
 * before and after are all scored and reported once.
 */
class PoisonMessageIT {
    private static final int TABLES_BEFORE = 3;
    private static final int TABLES_AFTER = 3;

    /** Who consumes each topic: service key → its dead-letter topic. */
    private static final Map<String, Map<String, String>> CONSUMERS = Map.of(
            Events.BATCH_UPDATED.topic(), Map.of("scoring", Topics.DLQ_SCORING, "report", Topics.DLQ_REPORT),
            Events.SUBMISSION_NORMALIZED.topic(), Map.of("scoring", Topics.DLQ_SCORING),
            Events.SUBMISSION_SCORED.topic(), Map.of("report", Topics.DLQ_REPORT, "intake", Topics.DLQ_INTAKE));

    @Test
    void poisonEndsInTheDeadLettersAndThePipelineKeepsFlowing() throws Exception {
        E2e e2e = E2e.connect();
        String batchId = e2e.newBatch();
        e2e.awaitBatchKnown(batchId);
        List<SyntheticTables.Table> tables = E2e.syntheticTables(TABLES_BEFORE + TABLES_AFTER);
        Uploads before = Uploads.start(e2e, batchId, tables.subList(0, TABLES_BEFORE), 1, Duration.ZERO).awaitDone(Duration.ofMinutes(2));
        e2e.awaitCity(batchId, TABLES_BEFORE, Duration.ofMinutes(3));

        List<Poison.Message> poison = poison(e2e, batchId);
        Poison.send(e2e.stack.kafka(), poison);
        Uploads after = Uploads.start(e2e, batchId, tables.subList(TABLES_BEFORE, tables.size()), 1, Duration.ZERO)
                .awaitDone(Duration.ofMinutes(2));

        List<Expected> expected = expected(poison);
        Map<Expected, TopicEvents.Event> deadLettered = new HashMap<>();
        await("every poison message on its dead-letter topics").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    for (TopicEvents.Event e : TopicEvents.read(e2e.stack.kafka(), List.of(Topics.DLQ_SCORING, Topics.DLQ_REPORT, Topics.DLQ_INTAKE))) {
                        expected.stream().filter(x -> x.matches(e)).forEach(x -> deadLettered.put(x, e));
                    }
                    return deadLettered.size() == expected.size();
                });
        JsonNode city = e2e.awaitCity(batchId, TABLES_BEFORE + TABLES_AFTER, Duration.ofMinutes(3));
        Accounting count = Accounting.of(e2e, batchId, city, before, after);
        System.out.println(count.line("PoisonMessageIT", poison.size() + " poison messages on " + CONSUMERS.size()
                + " topics, " + deadLettered.size() + " dead letters for " + expected.size() + " (message, consumer) pairs"));

        for (Expected x : expected) {
            TopicEvents.Event dead = deadLettered.get(x);
            assertThat(dead.value()).as("%s kept as sent", x).isEqualTo(x.message().value());
            assertThat(dead.headers().get("dead-letter-reason")).as("reason of %s", x).containsPattern(x.message().kind().reason);
            assertThat(dead.headers().get("dead-letter-topic")).as("source of %s", x).isEqualTo(x.message().topic());
        }
        assertListedByServices(e2e, expected);
        count.assertExactlyOnce();
        e2e.assertCitySettlesOnScores(batchId, Duration.ofSeconds(60));
    }

    /** A poison message and one service that must dead-letter it. */
    private record Expected(Poison.Message message, String service, String deadLetterTopic) {
        boolean matches(TopicEvents.Event e) {
            return e.topic().equals(deadLetterTopic) && message.key().equals(e.key());
        }
    }

    /** Three kinds of poison per consumed topic, each made from a real event of this batch on that topic. */
    private static List<Poison.Message> poison(E2e e2e, String batchId) {
        List<TopicEvents.Event> real = TopicEvents.read(e2e.stack.kafka(), CONSUMERS.keySet());
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Poison.Message> messages = new ArrayList<>();
        for (String topic : CONSUMERS.keySet()) {
            JsonNode template = TopicEvents.ofBatch(real, topic, batchId).get(0);
            for (Poison.Message m : Poison.of(topic, TopicEvents.partitions(e2e.stack.kafka(), topic), template, run)) {
                if (m.kind() == Poison.Kind.SCHEMA_INVALID) {
                    assertThat(Schemas.validateEvent(json(m.value())))
                            .as("the schema-invalid poison for %s fails the contract schema", topic).isNotEmpty();
                }
                messages.add(m);
            }
        }
        return messages;
    }

    private static List<Expected> expected(List<Poison.Message> poison) {
        List<Expected> expected = new ArrayList<>();
        for (Poison.Message m : poison) {
            CONSUMERS.get(m.topic()).forEach((service, dlq) -> expected.add(new Expected(m, service, dlq)));
        }
        return expected;
    }

    /** Each service lists its dead letters with the topic, key and reason (GET /api/dead-letters). */
    private static void assertListedByServices(E2e e2e, List<Expected> expected) throws Exception {
        Map<String, JsonNode> listed = new HashMap<>();
        for (String service : List.of("scoring", "report", "intake")) {
            listed.put(service, e2e.admin.get(e2e.stack.service(service) + "/api/dead-letters").expect(200).json());
        }
        for (Expected x : expected) {
            JsonNode letter = null;
            for (JsonNode l : listed.get(x.service())) {
                if (x.message().key().equals(l.path("key").asText())) {
                    letter = l;
                }
            }
            assertThat(letter).as("%s in %s's dead letters", x.message().key(), x.service()).isNotNull();
            assertThat(letter.path("topic").asText()).isEqualTo(x.message().topic());
            assertThat(letter.path("payload").asText()).isEqualTo(x.message().value());
            assertThat(letter.path("reason").asText()).containsPattern(x.message().kind().reason);
        }
    }

    private static JsonNode json(String value) {
        try {
            return org.perfreview.contracts.Json.mapper().readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
