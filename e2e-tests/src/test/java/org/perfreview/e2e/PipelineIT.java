package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.events.Events;
import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.demo.CityWait;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Upload through the REST API and follow each table through the real broker and real PostgreSQL to its
 * score, its unit report and the city report; check the city figures against the stored scores.
 */
class PipelineIT {

    private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

    private static StackInfo stack;
    private static PerfReviewClient admin;
    private static PerfReviewClient reviewer;

    @BeforeAll
    static void up() throws Exception {
        LocalStack local = Stack.get();
        stack = local.info();
        admin = new PerfReviewClient(local.tokens().admin());
        reviewer = admin.as(local.tokens().reviewer());
    }

    @Test
    void tablesFlowFromUploadToUnitAndCityReports() throws Exception {
        String batchId = admin.postJson(stack.intake() + "/api/batches", Map.of("fiscalYear", 2024, "region", "岳阳市本级",
                "stage", "二上", "deadline", LocalDate.now().plusDays(7).toString())).expect(201).json().path("id").asText();
        admin.upload(stack.intake() + "/api/batches/" + batchId + "/reference-lists/control",
                SAMPLES.resolve("reference-lists/funds-list-2024.csv")).expect(200);

        List<String> files = List.of("1.1.xlsx", "1.2.xlsx", "1.4.xlsx", "1.6.xlsx", "1.16.xlsx", "17.xlsx", "25.1.xlsx");
        List<String> submissions = new ArrayList<>();
        for (String f : files) {
            JsonNode accepted = admin.upload(stack.intake() + "/api/batches/" + batchId + "/submissions",
                    SAMPLES.resolve("overall-targets/" + f)).expect(202).json();
            accepted.path("submissions").forEach(s -> submissions.add(s.path("submissionId").asText()));
        }
        // A file that is not a table: rejected with a clear 4xx, kept, never published.
        PerfReviewClient.Reply png = admin.upload(stack.intake() + "/api/batches/" + batchId + "/submissions", "table.xlsx",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertThat(png.status()).isEqualTo(415);
        String rejected = png.json().path("resource").path("submissions").path(0).path("submissionId").asText();
        assertThat(admin.get(stack.intake() + "/api/submissions/" + rejected).expect(200).json().path("status").asText()).isEqualTo("rejected");

        assertThat(submissions).hasSize(files.size());
        JsonNode city = CityWait.untilScored(reviewer, stack.report() + "/api/batches/" + batchId + "/report", files.size(), Duration.ofMinutes(3));

        // Every submission has a score whose total is the exact sum of its dimensions.
        JsonNode scores = reviewer.get(stack.scoring() + "/api/batches/" + batchId + "/scores?size=500").expect(200).json().path("items");
        assertThat(scores.size()).isEqualTo(files.size());
        Map<String, Integer> grades = new HashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode card : scores) {
            BigDecimal dims = BigDecimal.ZERO;
            for (JsonNode d : card.path("dimensions")) {
                dims = dims.add(d.decimalValue());
            }
            assertThat(dims.compareTo(card.path("total").decimalValue())).as("total = sum of dimensions").isZero();
            grades.merge(card.path("grade").asText(), 1, Integer::sum);
            sum = sum.add(card.path("total").decimalValue());
        }
        // The city report agrees with an independent count over the stored scores.
        Map<String, Integer> reported = new HashMap<>();
        BigDecimal percents = BigDecimal.ZERO;
        for (JsonNode g : city.path("gradeDistribution").path("OVERALL_TARGET")) {
            if (g.path("count").asInt() > 0) {
                reported.put(g.path("grade").asText(), g.path("count").asInt());
            }
            percents = percents.add(g.path("percent").decimalValue());
        }
        assertThat(reported).isEqualTo(grades);
        assertThat(percents.compareTo(new BigDecimal("100"))).isZero();
        assertThat(city.path("averageTotal").decimalValue().setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(sum.divide(BigDecimal.valueOf(files.size()), 2, RoundingMode.HALF_UP));
        assertThat(city.path("scope").path("unitsFiled").asInt()).isEqualTo(files.size());
        assertThat(city.path("scope").path("controlAmount").decimalValue()).isEqualByComparingTo("336103.54");

        // The reviewers' named cases show up as findings.
        JsonNode unit = reviewer.get(stack.report() + "/api/batches/" + batchId + "/units/216001/report").expect(200).json();
        assertThat(unit.path("tables").path(0).path("findings").toString()).contains("VAL-04");

        // Events on the topics match their schemas; no score is published twice.
        Map<String, List<JsonNode>> events = drain(stack, Set.of(Events.SUBMISSION_SCORED.topic(), Events.UNIT_REPORT_UPDATED.topic(), Events.CITY_REPORT_UPDATED.topic()), batchId);
        Set<String> seen = new HashSet<>();
        for (JsonNode e : events.get(Events.SUBMISSION_SCORED.topic())) {
            assertThat(Schemas.validateEvent(e)).isEmpty();
            assertThat(seen.add(e.path("payload").path("submissionId").asText() + "#" + e.path("payload").path("scoringRun").asInt()))
                    .as("score published once").isTrue();
        }
        assertThat(seen.stream().map(s -> s.substring(0, s.indexOf('#'))).distinct()).containsExactlyInAnyOrderElementsOf(submissions);
        assertThat(events.get(Events.UNIT_REPORT_UPDATED.topic())).isNotEmpty().allSatisfy(e -> assertThat(Schemas.validateEvent(e)).isEmpty());
        assertThat(events.get(Events.CITY_REPORT_UPDATED.topic())).isNotEmpty().allSatisfy(e -> assertThat(Schemas.validateEvent(e)).isEmpty());
        System.out.printf("PipelineIT: uploaded %d tables (+1 rejected), scored %d, unit reports %d, city snapshots %d%n",
                files.size(), seen.size(), events.get(Events.UNIT_REPORT_UPDATED.topic()).size(), events.get(Events.CITY_REPORT_UPDATED.topic()).size());
    }

    /**
     * Every event of this batch on the topics, read once the city report has been published (the topics may also
     * hold other tests' batches and their poison messages, which are skipped).
     */
    static Map<String, List<JsonNode>> drain(StackInfo stack, Set<String> topics, String batchId) {
        Map<String, List<JsonNode>> events = new HashMap<>();
        await("city report of " + batchId + " published").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<TopicEvents.Event> read = TopicEvents.read(stack.kafka(), topics);
            topics.forEach(t -> events.put(t, new ArrayList<>(TopicEvents.ofBatch(read, t, batchId))));
            return !events.get(Events.CITY_REPORT_UPDATED.topic()).isEmpty();
        });
        return events;
    }
}
