package org.perfreview.scoring.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.events.Events;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.testsupport.Envelopes;
import org.perfreview.testsupport.PublishedEvents;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.perfreview.testsupport.PublishedEvents.ofSubmission;

/** A table scoring cannot score (its batch names a rulebook version that does not exist) is published as failed, with why. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ScoringFailureTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;
    @Inject
    PublishedEvents published;

    @Test
    void tableOfABatchWithAnUnknownRulebookIsPublishedAsFailed() {
        UUID batchId = UUID.randomUUID();
        UUID submissionId = UUID.randomUUID();
        Batch batch = new Batch(batchId, 2024, "岳阳市本级", "二上", null, "1999.9", null, null);
        connector.source("batches").send(Envelopes.write(Events.BATCH_UPDATED.envelope(batchId, null, batch)));
        connector.source("normalized").send(ScoringEvents.normalized(batchId, submissionId));

        await().atMost(Duration.ofSeconds(30)).until(() -> !published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(submissionId)).isEmpty());
        List<JsonNode> sent = published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(submissionId));
        assertThat(sent).hasSize(1);
        JsonNode failed = sent.get(0);
        assertThat(failed.path("eventType").asText()).isEqualTo(Events.SUBMISSION_SCORING_FAILED.type());
        assertThat(Schemas.validateEvent(failed)).isEmpty();
        assertThat(failed.path("payload").path("reason").asText()).contains("1999.9");

        // the consumer keeps going: a table of a batch without that problem is scored
        UUID next = UUID.randomUUID();
        connector.source("normalized").send(ScoringEvents.normalized(UUID.randomUUID(), next));
        await().atMost(Duration.ofSeconds(30)).until(() -> published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(next)).stream()
                .anyMatch(e -> e.path("eventType").asText().equals(Events.SUBMISSION_SCORED.type())));
    }
}
