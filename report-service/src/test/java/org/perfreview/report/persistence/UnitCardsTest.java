package org.perfreview.report.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.report.aggregate.Cards;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's cards read with the one just stored taken as it is (what each incoming card's unit report is built from)
 * are the cards read back from the store, in the same order.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class UnitCardsTest {

    @Inject
    ScoreCardStore store;

    @Test
    void theCardJustStoredStandsInItsPlaceAmongTheUnitsStoredCards() {
        UUID batchId = UUID.randomUUID();
        ScoreCard overall1 = Cards.simple(batchId, "301001", "单位甲", TableKind.OVERALL_TARGET, 1, 70,
                List.of(Cards.finding("IND-03", "indicators", "Sheet1", 7, "满意度", "≥90%")));
        ScoreCard project = Cards.card(batchId, "301001", "单位甲", TableKind.PROJECT_TARGET, "项目一", 1, 2,
                new BigDecimal("12.50"), Cards.spread(80), List.of(), List.of());
        ScoreCard overall2 = Cards.simple(batchId, "301001", "单位甲", TableKind.OVERALL_TARGET, 2, 85, List.of());
        ScoreCard otherUnit = Cards.simple(batchId, "301002", "单位乙", TableKind.OVERALL_TARGET, 1, 60, List.of());
        QuarkusTransaction.requiringNew().run(() -> List.of(overall1, project, otherUnit).forEach(store::add));

        List<ScoreCard> withKnown = QuarkusTransaction.requiringNew().call(() -> {
            store.add(overall2);
            return store.ofUnit(batchId, "301001", overall2);
        });
        List<ScoreCard> readBack = QuarkusTransaction.requiringNew().call(() -> store.ofUnit(batchId, "301001"));

        assertThat(readBack).hasSize(3).contains(overall1, project, overall2);
        assertThat(withKnown).containsExactlyElementsOf(readBack);
        assertThat(withKnown).filteredOn(c -> c == overall2).as("the known card is not read back").hasSize(1);
    }
}
