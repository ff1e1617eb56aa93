package org.perfreview.report.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.report.aggregate.Cards;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batch aggregate (what GET .../report serves) counts a card only once its transaction committed: a consumer
 * applies a whole poll in one transaction, and a card of a poll that rolls back is never counted.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class CommittedCardsTest {

    @Inject
    ReportService reports;
    @Inject
    Aggregates aggregates;

    private static ScoreCard card(UUID batchId, String unitCode) {
        return Cards.simple(batchId, unitCode, "单位" + unitCode, TableKind.OVERALL_TARGET, 1, 80, List.of());
    }

    @Test
    void cardsOfAPollAreCountedWhenItCommitsNotBefore() {
        UUID batchId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            reports.accept(card(batchId, "201001"));
            reports.accept(card(batchId, "202001"));
            assertThat(aggregates.of(batchId).tableCount()).as("inside the poll's transaction").isZero();
        });
        assertThat(aggregates.of(batchId).tableCount()).as("after commit").isEqualTo(2);
    }

    @Test
    void cardsOfAPollThatRollsBackAreNeverCounted() {
        UUID batchId = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            reports.accept(card(batchId, "203001"));
            QuarkusTransaction.setRollbackOnly(); // as when a record of the poll fails
        })).hasCauseInstanceOf(jakarta.transaction.RollbackException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> aggregates.of(batchId).tableCount())).isZero();
    }
}
