package org.perfreview.report.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.report.aggregate.Cards;
import org.perfreview.report.persistence.RebuildJobStore;
import org.perfreview.report.persistence.ScoreCardStore;
import org.perfreview.testsupport.PublishedEvents;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.perfreview.testsupport.PublishedEvents.ofBatch;
import static org.perfreview.testsupport.PublishedEvents.ofSubmission;

/**
 * Several replicas on one database: the app consumes the cards, a second {@link Aggregates} stands for a replica that
 * consumed none of them. It must still serve the whole batch; city rounds are built by one replica at a time and a
 * round is not repeated for an unchanged state.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ReportReplicasTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;
    @Inject
    PublishedEvents published;
    @Inject
    ScoreCardStore store;
    @Inject
    RebuildJobStore rebuildJobs;
    @Inject
    ReportService reports;

    @Test
    void aReplicaThatConsumedNoneOfTheCardsServesThemAllAndTheNewestVersionWins() {
        UUID batchId = UUID.randomUUID();
        Aggregates otherReplica = new Aggregates();
        otherReplica.store = store;
        otherReplica.rebuildJobs = rebuildJobs;
        QuarkusTransaction.requiringNew().run(() -> assertThat(otherReplica.of(batchId).tableCount()).isZero());

        ScoreCard v2 = Cards.simple(batchId, "201001", "某市教育局机关", TableKind.OVERALL_TARGET, 2, 90, List.of());
        ScoreCard lateV1 = Cards.simple(batchId, "201001", "某市教育局机关", TableKind.OVERALL_TARGET, 1, 40, List.of());
        ScoreCard other = Cards.simple(batchId, "201002", "某市第一中学", TableKind.OVERALL_TARGET, 1, 70, List.of());
        for (ScoreCard card : List.of(v2, lateV1, other)) {
            connector.source("scored").send(ReportEvents.scored(card));
            await().atMost(WAIT).until(() -> !unitReports(card.submissionId()).isEmpty());
        }

        List<ScoreCard> served = QuarkusTransaction.requiringNew().call(() -> otherReplica.catchUp(batchId).latestCards());
        assertThat(served).extracting(c -> c.unitCode() + " v" + c.submission().version() + " " + c.total().intValue())
                .containsExactly("201001 v2 90", "201002 v1 70");
        // The unit report the late version 1 caused still shows version 2.
        assertThat(unitReports(lateV1.submissionId()).get(0).path("payload").path("tables").get(0).path("version").asInt())
                .isEqualTo(2);
    }

    @Test
    void oneReplicaAtATimePublishesARoundAndAnUnchangedStateIsNotPublishedAgain() throws Exception {
        UUID batchId = UUID.randomUUID();
        ScoreCard card = Cards.simple(batchId, "201001", "某市教育局机关", TableKind.OVERALL_TARGET, 1, 90, List.of());
        connector.source("scored").send(ReportEvents.scored(card));
        await().atMost(WAIT).until(() -> cityReports(batchId) == 1); // the app's own debounced round

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherReplica = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(store.lockCityReport(batchId)).isTrue();
            locked.countDown();
            awaitQuietly(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reports.publishCityReport(batchId)).as("publishing while another replica holds the batch").isFalse();
        release.countDown();
        otherReplica.get(10, TimeUnit.SECONDS);

        assertThat(reports.publishCityReport(batchId)).isTrue();
        assertThat(cityReports(batchId)).as("rounds after a publication with nothing new").isEqualTo(1);

        ScoreCard next = Cards.simple(batchId, "201002", "某市第一中学", TableKind.OVERALL_TARGET, 1, 70, List.of());
        connector.source("scored").send(ReportEvents.scored(next));
        await().atMost(WAIT).until(() -> cityReports(batchId) == 2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<JsonNode> unitReports(UUID submissionId) {
        return published.envelopes(Events.UNIT_REPORT_UPDATED.topic(), ofSubmission(submissionId));
    }

    private int cityReports(UUID batchId) {
        return published.envelopes(Events.CITY_REPORT_UPDATED.topic(), ofBatch(batchId)).size();
    }
}
