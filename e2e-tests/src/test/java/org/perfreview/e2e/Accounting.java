package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.perfreview.contracts.events.Events;
import org.perfreview.localstack.demo.CityWait;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts what became of every accepted table, from three independent places: the scored topic (each
 * submission's scoring runs and the event ids they went out under), the scoring service's scores API and
 * the city report's score sheet; and the unit reports on their topic.
 *
 * <p>The relay is at-least-once: after a send that timed out it sends the row again, so a topic may carry
 * one event id twice (a <em>redelivery</em>, dropped by the consumers' inbox). A <em>duplicate</em> is a table
 * counted twice: one submission + scoring run published under two event ids (scored twice), a submission
 * listed twice by the scores API or the city score sheet, or more unit reports than scoring runs. A later
 * scoring run is a <em>rescoring</em>: either the copied-goal rule re-flagging a table another unit copied (its
 * new card carries that finding: expected, the synthetic tables copy each other's goals) or anything else (e.g.
 * the batch's settings reaching scoring after some of its tables) counted in {@code rescorings}.
 */
record Accounting(int sent, int accepted, int acceptedIds, Map<String, Integer> refused, int scored, int copyRescorings,
                  int rescorings, int redeliveries,
                  int reported, int unitReports, int duplicates, int lost, Set<String> lostIds) {

    /** Reads the topics to their current end and compares with the submissions the uploads got accepted and the city report. */
    static Accounting of(E2e e2e, String batchId, JsonNode city, Uploads... uploads) throws Exception {
        Set<String> accepted = new HashSet<>();
        Map<String, Integer> refused = new TreeMap<>();
        int sent = 0;
        int acceptedUploads = 0;
        for (Uploads u : uploads) {
            accepted.addAll(u.submissions());
            u.refused().forEach((status, n) -> refused.merge(status, n, Integer::sum));
            sent += u.sent();
            acceptedUploads += u.accepted();
        }
        List<TopicEvents.Event> events = TopicEvents.read(e2e.stack.kafka(), List.of(Events.SUBMISSION_SCORED.topic(), Events.UNIT_REPORT_UPDATED.topic()));
        List<JsonNode> scoredEvents = TopicEvents.ofBatch(events, Events.SUBMISSION_SCORED.topic(), batchId);
        Map<String, Set<String>> eventIdsPerRun = new HashMap<>();
        Set<String> runsWithCopiedGoal = new HashSet<>();
        for (JsonNode e : scoredEvents) {
            String run = e.path("payload").path("submissionId").asText() + "#" + e.path("payload").path("scoringRun").asInt();
            eventIdsPerRun.computeIfAbsent(run, k -> new HashSet<>()).add(e.path("eventId").asText());
            if (hasFinding(e.path("payload"), COPIED_GOAL_RULE)) {
                runsWithCopiedGoal.add(run);
            }
        }
        // A re-flag: run n carries the copied-goal finding that run n-1 of the same submission lacked.
        Set<String> copyRuns = new HashSet<>();
        for (String run : runsWithCopiedGoal) {
            int hash = run.indexOf('#');
            int n = Integer.parseInt(run.substring(hash + 1));
            String previous = run.substring(0, hash) + "#" + (n - 1);
            if (n > 1 && eventIdsPerRun.containsKey(previous) && !runsWithCopiedGoal.contains(previous)) {
                copyRuns.add(run);
            }
        }
        Map<String, Integer> runsPerSubmission = new HashMap<>();
        eventIdsPerRun.keySet().forEach(run -> runsPerSubmission.merge(run.substring(0, run.indexOf('#')), 1, Integer::sum));
        int scoreDuplicates = (int) eventIdsPerRun.values().stream().filter(ids -> ids.size() > 1).count();
        int published = eventIdsPerRun.values().stream().mapToInt(Set::size).sum();

        Map<String, Set<String>> unitReportIds = new HashMap<>();
        for (JsonNode e : TopicEvents.ofBatch(events, Events.UNIT_REPORT_UPDATED.topic(), batchId)) {
            unitReportIds.computeIfAbsent(e.path("submissionId").asText(), k -> new HashSet<>()).add(e.path("eventId").asText());
        }
        int unitReports = unitReportIds.values().stream().mapToInt(Set::size).sum();
        int unitReportDuplicates = unitReportIds.entrySet().stream()
                .mapToInt(u -> Math.max(0, u.getValue().size() - runsPerSubmission.getOrDefault(u.getKey(), 0))).sum();

        Map<String, Integer> inScores = occurrences(e2e.scores(batchId), "submissionId");
        Map<String, Integer> inSheet = occurrences(city.path("scoreSheet"), "submissionId");
        int listedTwice = twice(inScores) + twice(inSheet);

        Set<String> lost = new HashSet<>();
        for (String id : accepted) {
            if (!runsPerSubmission.containsKey(id) || !inScores.containsKey(id) || !inSheet.containsKey(id)
                    || !unitReportIds.containsKey(id)) {
                lost.add(id);
            }
        }
        return new Accounting(sent, acceptedUploads, accepted.size(), refused, runsPerSubmission.size(), copyRuns.size(),
                eventIdsPerRun.size() - runsPerSubmission.size() - copyRuns.size(), scoredEvents.size() - published, CityWait.tablesIn(city),
                unitReports, scoreDuplicates + listedTwice + unitReportDuplicates, lost.size(), lost);
    }

    /** The default rulebook's copied-goal rule (goal.copied), whose findings may re-score an earlier table. */
    static final String COPIED_GOAL_RULE = "GOAL-05";

    private static boolean hasFinding(JsonNode card, String ruleCode) {
        for (JsonNode f : card.path("findings")) {
            if (ruleCode.equals(f.path("ruleCode").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Every accepted table scored and reported, none counted twice, none lost. */
    void assertExactlyOnce() {
        assertThat(lostIds).as("accepted tables missing from the scores, the scored topic, the unit reports or the city report").isEmpty();
        assertThat(duplicates).as("tables scored or reported twice").isZero();
        assertThat(scored).as("tables scored").isEqualTo(acceptedIds);
        assertThat(reported).as("tables the city report counts").isEqualTo(acceptedIds);
    }

    /**
     * The city report against an independent count over the scoring service's cards: tables, grade
     * distribution, average total, and each score-sheet row's total and grade.
     */
    static void assertCityAgreesWithScores(JsonNode city, JsonNode scores) {
        Map<String, Integer> grades = new TreeMap<>();
        Map<String, JsonNode> cards = new HashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode card : scores) {
            grades.merge(card.path("grade").asText(), 1, Integer::sum);
            sum = sum.add(card.path("total").decimalValue());
            cards.put(card.path("submissionId").asText(), card);
        }
        Map<String, Integer> reported = new TreeMap<>();
        for (JsonNode g : city.path("gradeDistribution").path("OVERALL_TARGET")) {
            if (g.path("count").asInt() > 0) {
                reported.put(g.path("grade").asText(), g.path("count").asInt());
            }
        }
        assertThat(CityWait.tablesIn(city)).as("tables in the city report").isEqualTo(scores.size());
        assertThat(reported).as("city grade distribution vs the scores").isEqualTo(grades);
        assertThat(city.path("averageTotal").decimalValue())
                .as("city average total").isEqualByComparingTo(sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
        for (JsonNode row : city.path("scoreSheet")) {
            JsonNode card = cards.get(row.path("submissionId").asText());
            assertThat(card).as("score-sheet row %s has a score", row.path("unitCode").asText()).isNotNull();
            assertThat(row.path("total").decimalValue()).as("total of %s", row.path("unitCode").asText())
                    .isEqualByComparingTo(card.path("total").decimalValue());
            assertThat(row.path("grade").asText()).as("grade of %s", row.path("unitCode").asText()).isEqualTo(card.path("grade").asText());
        }
    }

    /** The one line each fault test prints. */
    String line(String test, String injected) {
        return String.format("%s: injected %s; sent %d, accepted %d%s, scored %d (+%d copied-goal re-flags, %d other rescorings, "
                        + "%d topic redeliveries), reported %d (%d unit reports), duplicates %d, lost %d",
                test, injected, sent, accepted, refused.isEmpty() ? "" : " (refused attempts " + refused + ")", scored, copyRescorings, rescorings,
                redeliveries, reported, unitReports, duplicates, lost);
    }

    private static Map<String, Integer> occurrences(JsonNode list, String field) {
        Map<String, Integer> counts = new HashMap<>();
        list.forEach(n -> counts.merge(n.path(field).asText(), 1, Integer::sum));
        return counts;
    }

    private static int twice(Map<String, Integer> occurrences) {
        return (int) occurrences.values().stream().filter(n -> n > 1).count();
    }
}
