package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.events.Topics;
import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.demo.CityWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test: the broker is down while a burst of uploads arrives. Every upload must still be accepted
 * (the outbox holds the events), and once the broker is back every table is scored and reported exactly once.
 */
class BrokerOutageIT {

    @Test
    void uploadsDuringABrokerOutageAreScoredExactlyOnceAfterItReturns() throws Exception {
        LocalStack local = Stack.get();
        StackInfo stack = local.info();
        PerfReviewClient admin = new PerfReviewClient(local.tokens().admin());
        PerfReviewClient reviewer = admin.as(local.tokens().reviewer());
        String batchId = admin.postJson(stack.intake() + "/api/batches", Map.of("fiscalYear", 2024, "region", "岳阳市本级",
                "stage", "二上", "deadline", LocalDate.now().plusDays(7).toString())).expect(201).json().path("id").asText();

        List<Path> files;
        try (var list = Files.list(Path.of("../samples/overall-targets"))) {
            files = list.sorted().toList();
        }
        local.kafka().stop();
        int accepted = 0;
        Set<String> submissions = new HashSet<>();
        try {
            for (Path f : files) {
                JsonNode reply = admin.upload(stack.intake() + "/api/batches/" + batchId + "/submissions", f).expect(202).json();
                accepted++;
                reply.path("submissions").forEach(s -> submissions.add(s.path("id").asText()));
            }
        } finally {
            local.kafka().start();
        }
        JsonNode city = CityWait.untilScored(reviewer, stack.report() + "/api/batches/" + batchId + "/report", submissions.size(),
                Duration.ofMinutes(4));

        Map<String, List<JsonNode>> events = PipelineIT.drain(stack, Set.of(Topics.SUBMISSIONS_SCORED, Topics.REPORTS_UNIT, Topics.REPORTS_CITY), batchId);
        // The relay is at-least-once: after a send that timed out it sends the row again, so the topic may
        // carry one event id twice (a redelivery, dropped by the consumers' inbox). A duplicate SCORE is one
        // submission + scoring run published under two event ids: that would mean the table was scored twice.
        // A later scoring run is a rescoring (e.g. the batch event reaching scoring after some tables).
        Map<String, Set<String>> eventIdsPerRun = new HashMap<>();
        Set<String> scored = new HashSet<>();
        int events0 = events.get(Topics.SUBMISSIONS_SCORED).size();
        for (JsonNode e : events.get(Topics.SUBMISSIONS_SCORED)) {
            String submission = e.path("payload").path("submissionId").asText();
            scored.add(submission);
            eventIdsPerRun.computeIfAbsent(submission + "#" + e.path("payload").path("scoringRun").asInt(), k -> new HashSet<>())
                    .add(e.path("eventId").asText());
        }
        long duplicates = eventIdsPerRun.values().stream().filter(ids -> ids.size() > 1).count();
        long redeliveries = events0 - eventIdsPerRun.values().stream().mapToLong(Set::size).sum();
        long rescorings = eventIdsPerRun.size() - scored.size();
        long lost = submissions.stream().filter(id -> !scored.contains(id)).count();
        System.out.printf("BrokerOutageIT: injected broker stop during %d uploads; accepted %d, scored %d (+%d rescorings, %d topic redeliveries), "
                        + "reported %d, duplicates %d, lost %d%n",
                files.size(), accepted, scored.size(), rescorings, redeliveries, CityWait.tablesIn(city), duplicates, lost);
        assertThat(accepted).isEqualTo(files.size());
        assertThat(lost).isZero();
        assertThat(duplicates).isZero();
        assertThat(CityWait.tablesIn(city)).isEqualTo(submissions.size());
    }
}
