package org.perfreview.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import io.quarkus.test.common.http.TestHTTPResource;
import org.perfreview.localstack.testing.Browser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfreview.portal.client.IntakeClient;
import org.perfreview.portal.client.ReportClient;
import org.perfreview.portal.client.ScoringClient;

/**
 * Every page renders the services' answers (shaped as README "API" gives them) in words: templates are resolved at
 * run time, so a wrong name would otherwise first show in the browser test. The services are stand-ins here; the
 * real ones are driven by e2e-tests PortalBrowserIT.
 */
@QuarkusTest
class PageRenderingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID BATCH = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID SUB = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final String FINDING = """
            {"ruleCode":"GOAL-SLOGAN","title":"目标口号化","standard":2,"dimension":"goal","severity":"ERROR","points":1.5,
             "location":{"sheet":"表1","row":5,"column":"C","indicator":"目标2"},"evidence":"抓难点、促突破","fix":"写明可衡量的产出"}""";

    @TestHTTPResource("/")
    URL app;
    @InjectMock
    @RestClient
    IntakeClient intake;
    @InjectMock
    @RestClient
    ScoringClient scoring;
    @InjectMock
    @RestClient
    ReportClient report;

    @BeforeEach
    void answers() throws Exception {
        when(intake.batches(anyInt(), anyInt())).thenReturn(json("""
                {"items":[{"id":"%s","fiscalYear":2024,"region":"岳阳市本级","stage":"二上"}],"page":0,"size":50,"total":1}""".formatted(BATCH)));
        when(intake.submissions(eq(BATCH), isNull(), anyInt(), anyInt())).thenReturn(json("""
                {"items":[{"submissionId":"%s","unitCode":"201001","unitName":"中共岳阳市委办公室本级","tableKind":"OVERALL_TARGET",
                 "version":2,"status":"scored","total":88.5,"grade":"良好"}]}""".formatted(SUB)));
        when(intake.submission(SUB)).thenReturn(json("""
                {"submissionId":"%s","batchId":"%s","unitCode":"201001","unitName":"中共岳阳市委办公室本级","tableKind":"OVERALL_TARGET",
                 "version":2,"status":"scored","total":88.5,"grade":"良好"}""".formatted(SUB, BATCH)));
        when(intake.table(SUB)).thenReturn(json("""
                {"kind":"OVERALL_TARGET","unitName":{"value":"中共岳阳市委办公室本级","raw":"中共岳阳市委办公室本级","at":{"sheet":"表1","row":2,"column":2}},
                 "goals":[{"text":{"value":"抓难点、促突破","raw":"抓难点、促突破","at":{"sheet":"表1","row":5,"column":3}}}]}"""));
        when(scoring.score(SUB)).thenReturn(json("""
                {"submissionId":"%s","total":88.5,"grade":"良好","dimensions":{"goal":18.5},"findings":[%s]}""".formatted(SUB, FINDING)));
        when(scoring.review(SUB)).thenReturn(json("""
                {"submissionId":"%s","latest":true,"findings":[{"key":"GOAL-SLOGAN@目标2","finding":%s}],
                 "card":{"total":88.5,"grade":"良好","review":{"machineTotal":90}},
                 "decisions":[{"findingKey":"GOAL-SLOGAN@目标2","action":"DISMISS","reason":"可接受","reviewer":"reviewer-1"}],
                 "outcomes":[{"round":"初审","outcome":"退回修改","refileDeadline":"2024-11-20","reviewer":"reviewer-1"}]}""".formatted(SUB, FINDING)));
        when(scoring.rounds(BATCH)).thenReturn(json("{\"rounds\":[\"初审\",\"复审\",\"终审\"]}"));
        when(scoring.queue(eq(BATCH), any(), any(), any(), any(), anyInt(), anyInt())).thenReturn(json("""
                {"items":[{"submissionId":"%s","unitCode":"201001","unitName":"中共岳阳市委办公室本级","department":"市委办",
                 "tableKind":"OVERALL_TARGET","version":2,"total":88.5,"grade":"良好","unreviewedErrors":1}]}""".formatted(SUB)));
        when(report.city(BATCH)).thenReturn(json("""
                {"batchId":"%s","region":"岳阳市本级","stage":"二上","averageTotal":80.25,
                 "scope":{"tablesByKind":{"OVERALL_TARGET":1}},"gradeDistribution":{"OVERALL_TARGET":[{"grade":"良好","count":1,"percent":100}]},
                 "notFiled":[{"unitCode":"204001","unitName":"某市档案馆"}],"topProblems":[{"title":"目标口号化","count":3,"units":2}],
                 "reviewProgress":{"rounds":[{"round":"初审","decided":1,"passed":0,"returned":1,"signedOff":0}],
                  "ruleQuality":[{"ruleCode":"GOAL-SLOGAN","title":"目标口号化","raised":3,"confirmed":1,"adjusted":0,"dismissed":2,
                   "dismissalRate":0.67,"topDismissalReasons":[{"reason":"可接受","count":2}]}]}}""".formatted(BATCH)));
        when(report.unit(BATCH, "201001")).thenReturn(json("""
                {"history":[{"submissionId":"%s","version":2,"fixed":["GOAL-VAGUE@目标1"],"stillOpen":["GOAL-SLOGAN@目标2"],"newlyFound":[],
                  "findings":[{"key":"GOAL-SLOGAN@目标2","ruleCode":"GOAL-SLOGAN","title":"目标口号化","location":{"sheet":"表1","indicator":"目标2"}}]}]}""".formatted(SUB)));
        when(intake.deadLetters()).thenReturn(json("[]"));
        when(scoring.deadLetters()).thenReturn(json("""
                [{"id":"33333333-3333-3333-3333-333333333333","topic":"perf.submissions.normalized","reason":"bad json","receivedAt":"2024-11-01T00:00:00Z"}]"""));
        when(report.deadLetters()).thenReturn(json("[]"));
        when(scoring.rulebooks()).thenReturn(json("[{\"version\":\"2024.2\"}]"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "unit")
    void theUnitsUploadPageAndFixList() {
        given().get("/unit").then().statusCode(200).body(allOf(containsString("id=\"drop\""), containsString("中共岳阳市委办公室本级"),
                containsString("/static/upload.js"), containsString("部门（单位）整体支出绩效目标表"), containsString(">已评分<")));
        given().get("/unit/submissions/" + SUB).then().statusCode(200).body(allOf(containsString("绩效目标（1 项）"),
                containsString("修改建议：写明可衡量的产出"), containsString("“表1” C5"), containsString("id=\"fixed-count\">1<"),
                // In words where the report names the finding; the bare key where it does not (reports written before it did).
                containsString("仍未改正：<b>目标口号化</b> <span class=\"where\">“表1” · 目标2</span>"),
                containsString("已改正：GOAL-VAGUE@目标1")));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "unit")
    void aRejectedSubmissionListsItsProblemsInWords() throws Exception {
        when(intake.submission(SUB)).thenReturn(json("""
                {"submissionId":"%s","batchId":"%s","tableKind":"OVERALL_TARGET","version":1,"status":"rejected",
                 "problems":[{"level":"ERROR","at":{"sheet":"Sheet1","row":3,"column":2},"message":"单位名称不在控制数名单中",
                   "expected":"名单中的单位","found":"不存在的单位"}]}""".formatted(SUB, BATCH)));
        given().get("/unit/submissions/" + SUB).then().statusCode(200).body(allOf(
                containsString("工作表“Sheet1” 第 3 行 第 2 列：单位名称不在控制数名单中"), containsString("实际为：不存在的单位"),
                not(containsString("一次性告知：需要修改的问题"))));
    }

    @Test
    @TestSecurity(user = "expert", roles = "reviewer")
    void theReviewersDashboardReviewScreenAndCityPage() {
        given().get("/reviewer").then().statusCode(200).body(allOf(containsString("id=\"grade-chart\""),
                containsString("id=\"not-filed\">1<"), containsString("/reviewer/submissions/" + SUB), containsString("<td>初审</td><td>1</td><td>0</td><td>1</td>")));
        given().get("/reviewer/submissions/" + SUB).then().statusCode(200).body(allOf(containsString("class=\"marked\""),
                containsString("value=\"GOAL-SLOGAN@目标2\""), containsString("初审：退回修改"), containsString("机器评分 90"),
                containsString("<option>初审</option>")));
        given().get("/reviewer/city").then().statusCode(200).body(allOf(containsString("id=\"rule-quality\""),
                containsString("format=xlsx"), containsString("可接受（2）")));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void theAdminPage() {
        given().get("/admin").then().statusCode(200).body(allOf(containsString("/admin/batches/" + BATCH + "/lists/control"),
                containsString("/admin/dead-letters/scoring/33333333-3333-3333-3333-333333333333/replay"), containsString("2024.2")));
    }

    /** Every page at a 390 px phone width and at 1280 px: nothing to scroll sideways (screenshots in target/pages/). */
    @Test
    @TestSecurity(user = "all", roles = {"unit", "reviewer", "admin"})
    void everyPageFitsAPhoneAndADesktop() throws Exception {
        assumeTrue(Browser.available(), Browser.MISSING);
        for (int width : new int[] {390, 1280}) {
            try (Browser browser = Browser.start(width, 844)) {
                for (String path : List.of("/unit", "/unit/submissions/" + SUB, "/reviewer", "/reviewer/submissions/" + SUB,
                        "/reviewer/city", "/admin")) {
                    browser.driver().get(app + path.substring(1));
                    assertThat(browser.documentStatus()).as(path).isEqualTo(200);
                    assertThat(browser.errors()).as(path).isEmpty();
                    browser.screenshot(Path.of("target/pages/" + width + path.replace('/', '_') + ".png"));
                    assertThat(browser.fitsWidth()).as(path + " at " + width + " px").isTrue();
                }
            }
        }
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
