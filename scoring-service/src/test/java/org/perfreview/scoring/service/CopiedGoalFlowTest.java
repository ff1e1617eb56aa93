package org.perfreview.scoring.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.SubmissionNormalized;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.localstack.testing.PostgresTestResource;
import org.perfreview.scoring.persistence.ScoreCardEntity;
import org.perfreview.scoring.support.TableBuilder;
import org.perfreview.testsupport.Envelopes;
import org.perfreview.testsupport.PublishedEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.perfreview.testsupport.PublishedEvents.ofSubmission;

/**
 * Copied goals found through the database's goal index (goal_band + goal_text), across units and refilings;
 * both units are flagged whatever the filing order, and the original is re-scored only once.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class CopiedGoalFlowTest {

    private static final String GOAL = "全年开展法律援助案件办理420件，接待群众法律咨询2300人次，法律援助案件办结率达到65%以上，受援人满意率不低于95%。";
    private static final String OTHER_GOAL = "确保网络意识形态和网络安全总体平稳可控，全年处置网络舆情事件30起，开展网络安全检查12次，检查覆盖率100%。";

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;
    @Inject
    PublishedEvents published;

    @Test
    void aGoalCopiedFromAnotherUnitIsFoundAndARefiledGoalNoLongerMatches() {
        UUID batch = UUID.randomUUID();
        UUID first = send(batch, "247002", "岳阳市法律援助中心", 1, GOAL);
        assertThat(copiedFindings(first)).isEmpty();

        UUID copy = send(batch, "247003", "岳阳市强制隔离戒毒所", 1, GOAL.replace("全年", "本年度"));
        List<JsonNode> findings = copiedFindings(copy);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("evidence").asText()).contains("岳阳市法律援助中心");

        // The first unit refiles with its own goal: its old text leaves the index, so a third copy of the
        // original goal matches only the second unit.
        send(batch, "247002", "岳阳市法律援助中心", 2, OTHER_GOAL);
        UUID third = send(batch, "247004", "岳阳市司法局某所", 1, GOAL);
        List<JsonNode> thirdFindings = copiedFindings(third);
        assertThat(thirdFindings).hasSize(1);
        assertThat(thirdFindings.get(0).path("evidence").asText()).contains("岳阳市强制隔离戒毒所").doesNotContain("法律援助中心");
    }

    @Test
    void theUnitCopiedFromIsReScoredOnceAndLaterCopiesReScoreNobody() {
        UUID batch = UUID.randomUUID();
        UUID original = send(batch, "247002", "岳阳市法律援助中心", 1, GOAL);
        UUID copy = send(batch, "247003", "岳阳市强制隔离戒毒所", 1, GOAL.replace("全年", "本年度"));

        // The original was scored before the copy existed: the copy's arrival re-scores it with the finding.
        await().atMost(Duration.ofSeconds(20)).until(() -> cards(original).size() == 2);
        assertThat(copiedFindings(cards(original).get(0))).isEmpty();
        List<JsonNode> originalFindings = copiedFindings(cards(original).get(1));
        assertThat(originalFindings).hasSize(1);
        assertThat(originalFindings.get(0).path("evidence").asText()).contains("岳阳市强制隔离戒毒所");
        assertThat(copiedFindings(cards(copy).get(0))).singleElement()
                .satisfies(f -> assertThat(f.path("evidence").asText()).contains("岳阳市法律援助中心"));
        assertThat(latestCard(original).crossUnitFinding).isTrue();

        // A third copy: both earlier cards already carry the finding, so neither is scored again. Runs are
        // counted in the database, written in the same transaction as the third unit's score.
        UUID third = send(batch, "247004", "岳阳市司法局某所", 1, GOAL);
        assertThat(copiedFindings(cards(third).get(0))).hasSize(1);
        assertThat(runs(original)).isEqualTo(2);
        assertThat(runs(copy)).isEqualTo(1);
    }

    @Test
    void whenTheUnitCopiedFromRefilesItsOwnGoalTheCopyIsReScoredWithoutTheFinding() {
        UUID batch = UUID.randomUUID();
        UUID original = send(batch, "247002", "岳阳市法律援助中心", 1, GOAL);
        UUID copy = send(batch, "247003", "岳阳市强制隔离戒毒所", 1, GOAL.replace("全年", "本年度"));
        await().atMost(Duration.ofSeconds(20)).until(() -> cards(original).size() == 2);
        assertThat(latestCard(copy).crossUnitFinding).isTrue();

        UUID refiled = send(batch, "247002", "岳阳市法律援助中心", 2, OTHER_GOAL);
        assertThat(copiedFindings(refiled)).isEmpty();
        // The copy's finding named the goal the first unit no longer has: it is scored again, without it.
        await().atMost(Duration.ofSeconds(20)).until(() -> cards(copy).size() == 2);
        assertThat(copiedFindings(cards(copy).get(1))).isEmpty();
        assertThat(latestCard(copy).crossUnitFinding).isFalse();
        assertThat(runs(original)).isEqualTo(2); // the superseded version is not scored again
    }

    @Test
    void aGoalMatchingNothingReScoresNobody() {
        UUID batch = UUID.randomUUID();
        UUID first = send(batch, "247002", "岳阳市法律援助中心", 1, GOAL);
        UUID other = send(batch, "247005", "岳阳市网信办", 1, OTHER_GOAL);
        assertThat(copiedFindings(cards(other).get(0))).isEmpty();
        assertThat(runs(first)).isEqualTo(1);
        assertThat(runs(other)).isEqualTo(1);
        assertThat(latestCard(first).crossUnitFinding).isFalse();
    }

    @Test
    void goalsOfAnotherBatchAreNotCompared() {
        UUID first = send(UUID.randomUUID(), "247002", "岳阳市法律援助中心", 1, GOAL);
        UUID other = send(UUID.randomUUID(), "247003", "岳阳市强制隔离戒毒所", 1, GOAL);
        assertThat(copiedFindings(other)).isEmpty();
        assertThat(runs(first)).isEqualTo(1);
    }

    private UUID send(UUID batch, String unit, String name, int version, String goal) {
        UUID id = UUID.randomUUID();
        SubmissionRef ref = new SubmissionRef(id, batch, unit, name, TableKind.OVERALL_TARGET, null, version, "sha-" + id,
                unit + ".xlsx", name, Instant.parse("2024-11-05T08:00:00Z"));
        var table = TableBuilder.overall(unit, name).funds(500.0, 400.0, 100.0).goal(goal)
                .row("产出指标", "数量指标", "办理案件数", "≥", "420", "件", "全年办理案件数", "完成得满分", "").build();
        connector.source("normalized").send(Envelopes.write(Events.SUBMISSION_NORMALIZED.envelope(batch, id, new SubmissionNormalized(ref, table))));
        await().atMost(Duration.ofSeconds(20)).until(() -> !published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(id)).isEmpty());
        return id;
    }

    /** The first score card sent for a submission. */
    private List<JsonNode> copiedFindings(UUID submission) {
        return copiedFindings(cards(submission).get(0));
    }

    /** Score cards sent for a submission, by scoring run. */
    private List<JsonNode> cards(UUID submission) {
        return published.envelopes(Events.SUBMISSION_SCORED.topic(), ofSubmission(submission)).stream().map(e -> e.path("payload"))
                .sorted(Comparator.comparingInt(c -> c.path("scoringRun").asInt())).toList();
    }

    private static long runs(UUID submission) {
        return QuarkusTransaction.requiringNew().call(() -> ScoreCardEntity.count("submissionId", submission));
    }

    private static ScoreCardEntity latestCard(UUID submission) {
        return QuarkusTransaction.requiringNew().call(() -> ScoreCardEntity.latest(submission).orElseThrow());
    }

    private static List<JsonNode> copiedFindings(JsonNode card) {
        return StreamSupport.stream(card.path("findings").spliterator(), false)
                .filter(f -> f.path("ruleCode").asText().equals("GOAL-05")).toList();
    }
}
