package org.perfreview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfreview.contracts.Json;
import org.perfreview.contracts.Schemas;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.review.FindingIdentity;
import org.perfreview.contracts.score.Finding;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.synthetic.SyntheticTables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The review workflow on the real broker and database: upload → machine score → a reviewer dismisses one finding and
 * adds one → the reviewed card on perf.submissions.scored → unit and city reports change → 退回修改 → the unit refiles a
 * corrected goal → the goal finding closes, the dismissal carries over → 终审通过 → the notice DOCX lists exactly the
 * open findings; the audit log holds every step.
 */
class ReviewWorkflowIT {

    private static final String SAMPLE = "17.xlsx";
    /** The sample's whole 整体绩效目标, a slogan the goal rules flag; the refiling replaces it with a concrete goal. */
    private static final String VAGUE_GOAL = "推动理财能力全面提升";
    private static final String CONCRETE_GOAL = "2024年完成全市预算编制和预算执行分析12次，组织财政业务培训4期、培训300人次，"
            + "按季度开展预算绩效运行监控，全年部门整体支出预算执行率达到95%以上，服务对象满意度达到90%以上。";
    private static final Duration WAIT = Duration.ofMinutes(3);

    private static E2e e2e;
    private static PerfReviewClient reviewer;

    @BeforeAll
    static void up() throws Exception {
        e2e = E2e.connect();
        reviewer = e2e.reviewer;
    }

    @Test
    void reviewerDecidesReturnsAndSignsOffAndTheUnitGetsItsNotice() throws Exception {
        String batchId = e2e.newBatch();
        e2e.awaitBatchKnown(batchId);
        byte[] original = Files.readAllBytes(E2e.SAMPLES.resolve("overall-targets/" + SAMPLE));
        JsonNode accepted = e2e.admin.upload(e2e.uploadUrl(batchId), SAMPLE, original).expect(202).json().path("submissions").get(0);
        String v1 = accepted.path("submissionId").asText();
        String unit = accepted.path("unitCode").asText();
        PerfReviewClient unitClient = e2e.admin.as(e2e.local.tokens().unit(unit));
        String scoring = e2e.stack.scoring();
        String report = e2e.stack.report();

        // machine score
        JsonNode machine = await("machine score of " + v1).atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> reviewer.get(scoring + "/api/submissions/" + v1 + "/score"), r -> r.status() == 200).json();
        assertThat(machine.path("reviewed").asBoolean()).isFalse();
        JsonNode detail = reviewer.get(scoring + "/api/submissions/" + v1 + "/review").expect(200).json();
        String goalKey = key(detail, k -> k.startsWith("GOAL-"));
        String dismissKey = key(detail, k -> !k.startsWith("GOAL-") && !k.endsWith("@表"));
        System.out.printf("ReviewWorkflowIT: unit %s, machine %s %s, %d findings; fixing %s, dismissing %s%n", unit,
                machine.path("total").asText(), machine.path("grade").asText(), detail.path("findings").size(), goalKey, dismissKey);

        // a unit cannot decide; the reviewer dismisses one finding and adds one
        assertThat(unitClient.postJson(scoring + "/api/submissions/" + v1 + "/decisions",
                Map.of("action", "DISMISS", "finding", dismissKey, "reason", "单位自评")).status()).isEqualTo(403);
        reviewer.postJson(scoring + "/api/submissions/" + v1 + "/decisions",
                Map.of("action", "DISMISS", "finding", dismissKey, "reason", "该指标为本单位核心职能，表述可接受")).expect(201);
        JsonNode afterAdd = reviewer.postJson(scoring + "/api/submissions/" + v1 + "/decisions", Map.of("action", "ADD", "standard", 6,
                "dimension", "fundManagement", "points", 1, "severity", "WARNING", "text", "未说明预算资金与主要产出的对应关系",
                "fix", "按主要产出列明所需资金")).expect(201).json().path("card");
        assertThat(afterAdd.path("reviewed").asBoolean()).isTrue();
        assertThat(afterAdd.path("review").path("machineTotal").decimalValue()).isEqualByComparingTo(machine.path("total").decimalValue());

        // the reviewed card is on the topic, valid
        await("reviewed card on " + Events.SUBMISSION_SCORED.topic()).atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() ->
                TopicEvents.ofBatch(TopicEvents.read(e2e.stack.kafka(), List.of(Events.SUBMISSION_SCORED.topic())), Events.SUBMISSION_SCORED.topic(), batchId)
                        .stream().anyMatch(e -> e.path("payload").path("reviewed").asBoolean()
                                && e.path("payload").path("review").path("decisions").size() == 2));
        TopicEvents.ofBatch(TopicEvents.read(e2e.stack.kafka(), List.of(Events.SUBMISSION_SCORED.topic())), Events.SUBMISSION_SCORED.topic(), batchId)
                .forEach(e -> assertThat(Schemas.validateEvent(e)).isEmpty());

        // unit and city reports show the review
        await("unit report with the review").atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode t = unitClient.get(report + "/api/batches/" + batchId + "/units/" + unit + "/report").json().path("tables").path(0);
            return t.path("review").path("decisions").size() == 2
                    && t.path("total").decimalValue().compareTo(afterAdd.path("total").decimalValue()) == 0;
        });
        await("city report with the review").atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode progress = reviewer.get(report + "/api/batches/" + batchId + "/report").json().path("reviewProgress");
            return progress.path("reviewedTables").asInt() == 1 && StreamSupport.stream(progress.path("ruleQuality").spliterator(), false)
                    .anyMatch(r -> dismissKey.startsWith(r.path("ruleCode").asText() + "@") && r.path("dismissed").asInt() == 1);
        });

        // 退回修改 with a deadline (error findings may stay open for a return)
        String deadline = LocalDate.now().plusDays(10).toString();
        reviewer.postJson(scoring + "/api/submissions/" + v1 + "/outcomes",
                Map.of("round", "初审", "outcome", "退回修改", "refileDeadline", deadline)).expect(201);
        assertThat(unitClient.postJson(scoring + "/api/submissions/" + v1 + "/outcomes",
                Map.of("round", "初审", "outcome", "通过")).status()).isEqualTo(403);
        await("初审 notice on " + Events.NOTICE_ISSUED.topic()).atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() ->
                !TopicEvents.ofBatch(TopicEvents.read(e2e.stack.kafka(), List.of(Events.NOTICE_ISSUED.topic())), Events.NOTICE_ISSUED.topic(), batchId).isEmpty());

        // the unit refiles with a concrete goal
        byte[] corrected = SyntheticTables.withText(original, VAGUE_GOAL, CONCRETE_GOAL);
        String v2 = e2e.admin.upload(e2e.uploadUrl(batchId), SAMPLE, corrected, "unitCode", unit).expect(202).json()
                .path("submissions").get(0).path("submissionId").asText();
        JsonNode refiled = await("score of the refiled version").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> reviewer.get(scoring + "/api/submissions/" + v2 + "/score"), r -> r.status() == 200).json();
        assertThat(refiled.path("reviewed").asBoolean()).isTrue();
        List<String> refiledKeys = keys(reviewer.get(scoring + "/api/submissions/" + v2 + "/review").expect(200).json());
        assertThat(refiledKeys).as("the goal finding closed").doesNotContain(goalKey);
        assertThat(status(refiled, dismissKey)).as("the dismissal carries over").isEqualTo("CARRIED_OVER");
        assertThat(FindingIdentity.keys(List.of(Json.mapper().treeToValue(refiled.path("findings"), Finding[].class))))
                .as("the dismissed finding is not in force").doesNotContain(dismissKey);

        // a decision on the superseded version is refused
        PerfReviewClient.Reply superseded = reviewer.postJson(scoring + "/api/submissions/" + v1 + "/decisions",
                Map.of("action", "CONFIRM", "finding", goalKey));
        assertThat(superseded.status()).isEqualTo(409);
        assertThat(superseded.json().path("detail").asText()).contains("superseded");

        // the reviewer confirms the remaining error findings and signs off
        JsonNode v2Detail = reviewer.get(scoring + "/api/submissions/" + v2 + "/review").expect(200).json();
        for (JsonNode f : v2Detail.path("findings")) {
            if (f.path("finding").path("severity").asText().equals("ERROR") && !f.path("key").asText().equals(dismissKey)) {
                reviewer.postJson(scoring + "/api/submissions/" + v2 + "/decisions", Map.of("action", "CONFIRM", "finding", f.path("key").asText()))
                        .expect(201);
            }
        }
        JsonNode signed = reviewer.postJson(scoring + "/api/submissions/" + v2 + "/outcomes",
                Map.of("round", "复审", "outcome", "终审通过")).expect(201).json();

        // the notice DOCX of 复审 lists exactly the open findings of the signed card
        String noticeUrl = report + "/api/batches/" + batchId + "/units/" + unit + "/notice?round=" + URLEncoder.encode("复审", StandardCharsets.UTF_8);
        JsonNode notice = await("复审 notice").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> unitClient.get(noticeUrl), r -> r.status() == 200).json();
        assertThat(notice.path("openFindings").asInt()).isEqualTo(signed.path("findings").size());
        byte[] docx = unitClient.get(noticeUrl + "&format=docx").expect(200).body();
        String xml = documentXml(docx);
        int rows = count(xml, "<w:tr[ >]") - count(xml, "<w:tbl>");
        assertThat(rows).as("finding rows in the DOCX").isEqualTo(signed.path("findings").size());
        String text = text(xml);
        for (JsonNode f : signed.path("findings")) {
            assertThat(text).contains(f.path("evidence").asText());
        }
        assertThat(text).as("the closed goal finding and the lapsed added one are not in the notice")
                .doesNotContain(VAGUE_GOAL).doesNotContain("未说明预算资金与主要产出的对应关系");
        assertThat(e2e.admin.as(e2e.local.tokens().unit("999001")).get(noticeUrl).status()).isEqualTo(403);

        // the audit log holds every step
        JsonNode audit = reviewer.get(scoring + "/api/batches/" + batchId + "/audit").expect(200).json();
        List<String> actions = StreamSupport.stream(audit.spliterator(), false).map(a -> a.path("action").asText()).toList();
        assertThat(actions).containsSubsequence("DECISION_DISMISS", "DECISION_ADD", "OUTCOME", "RESCORED", "OUTCOME");
        assertThat(unitClient.get(scoring + "/api/batches/" + batchId + "/audit").status()).isEqualTo(403);
        System.out.printf("ReviewWorkflowIT: reviewed %s → %s, refiled %s %s, signed with %d open finding(s), audit %d lines%n",
                machine.path("total").asText(), afterAdd.path("total").asText(), refiled.path("total").asText(), refiled.path("grade").asText(),
                signed.path("findings").size(), audit.size());
    }

    private static String key(JsonNode detail, java.util.function.Predicate<String> which) {
        return keys(detail).stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such finding among " + keys(detail)));
    }

    private static List<String> keys(JsonNode detail) {
        List<String> keys = new ArrayList<>();
        detail.path("findings").forEach(f -> keys.add(f.path("key").asText()));
        return keys;
    }

    private static String status(JsonNode card, String key) {
        return StreamSupport.stream(card.path("review").path("decisions").spliterator(), false)
                .filter(d -> key.equals(d.path("findingKey").asText())).map(d -> d.path("status").asText()).findFirst().orElse("none");
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("not a DOCX: no word/document.xml");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String text(String xml) {
        return xml.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
