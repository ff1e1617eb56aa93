package org.perfreview.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.perfreview.contracts.events.Events;
import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.synthetic.SyntheticTables;
import org.perfreview.localstack.testing.Browser;

/**
 * The portal in Debian's chromium (Selenium, chromium-driver) against a local stack with Keycloak: real Kafka,
 * PostgreSQL, the three services and the portal; every sign-in goes through Keycloak's login form. In order: a unit
 * uploads two files and sees them scored without a reload; a rejected file's problems; a reviewer dismisses a finding,
 * adds one on a cell and returns the table; the unit sees the new notice; the city page and its downloads; the server
 * refuses a unit the reviewer and admin pages; phone width. Each test saves a screenshot under target/portal-screenshots.
 * The stack is the one SignInIT shares ({@link IdentityStack}), stopped when the JVM exits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {
    private static final String UNIT = "201001";
    private static final String UNIT_USER = "unit-" + UNIT;
    private static final String REVIEWER_USER = "reviewer-1";
    /** One of the sample's goals; the second file replaces it (a refiling). */
    private static final String GOAL = "目标2：负责市委日常文书的处理；";
    private static final String UNIT_NAME = "中共岳阳市委办公室本级";

    private static LocalStack stack;
    private static StackInfo info;
    private static String portal;
    private static String password;
    private static String batch;
    /** The unit's refiled table (version 2), reviewed in test 3. */
    private static String refiled;

    @BeforeAll
    static void up() throws Exception {
        assumeTrue(Browser.available(), Browser.MISSING);
        stack = IdentityStack.get();
        info = stack.info();
        portal = info.service("portal");
        password = info.identity().users().stream().filter(u -> u.username().equals(UNIT_USER)).findFirst().orElseThrow().password();
        PerfReviewClient admin = new PerfReviewClient(stack.tokens().admin());
        batch = admin.postJson(info.intake() + "/api/batches", Map.of("fiscalYear", 2024, "region", "岳阳市本级", "stage", "二上",
                "deadline", LocalDate.now().plusDays(7).toString())).expect(201).json().path("id").asText();
        admin.upload(info.intake() + "/api/batches/" + batch + "/reference-lists/control",
                E2e.SAMPLES.resolve("reference-lists/funds-list-2024.csv")).expect(200);
        ConsumerGroups.awaitCaughtUp(info.kafka(), "scoring-service", Events.BATCH_UPDATED.topic(), PortalSession.WAIT);
        ConsumerGroups.awaitCaughtUp(info.kafka(), "report-service", Events.BATCH_UPDATED.topic(), PortalSession.WAIT);
    }

    private static PortalSession unit(int width, int height, String path) throws Exception {
        return PortalSession.signIn(portal, UNIT_USER, password, width, height, path);
    }

    private static PortalSession reviewer(String path) throws Exception {
        return PortalSession.signIn(portal, REVIEWER_USER, password, 1280, 900, path);
    }

    @Test
    @Order(1)
    void aUnitUploadsTwoFilesAndSeesThemScoredWithoutReloading() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/portal-uploads"));
        byte[] original = Files.readAllBytes(E2e.SAMPLES.resolve("overall-targets/1.1.xlsx"));
        Path first = Files.write(dir.resolve("1.1.xlsx"), original);
        Path second = Files.write(dir.resolve("1.1-修改稿.xlsx"), SyntheticTables.withText(original, GOAL,
                "目标2：全年处理市委文书3000件以上，办结率达到100%，平均办理时间不超过3个工作日；"));
        try (PortalSession s = unit(1280, 900, "/unit?batch=" + batch)) {
            ((JavascriptExecutor) s.browser.driver()).executeScript("window.samePage = true;");
            s.find("#files").sendKeys(first.toAbsolutePath() + "\n" + second.toAbsolutePath());
            s.until(d -> s.all("#submissions tbody tr").size() == 2
                    && s.all("#submissions tbody td.status-scored").size() == 2);
            assertThat(((JavascriptExecutor) s.browser.driver()).executeScript("return window.samePage === true;"))
                    .as("the statuses changed in the page, without a reload").isEqualTo(true);
            assertThat(s.all("#uploads li.accepted")).hasSize(2);
            s.screenshot("1-unit-uploads");

            refiled = latestSubmission(s);
            s.open("/unit/submissions/" + refiled);
            assertThat(s.all("#fix-list .finding")).isNotEmpty();
            assertThat(s.text("#fix-list")).contains("修改建议");
            assertThat(s.all("#refile")).as("the refiling is compared with the first version").hasSize(1);
            toDocs(s.screenshot("1-unit-fix-list"), "portal-unit-fix-list.png");
        }
    }

    @Test
    @Order(2)
    void aRejectedFileShowsEveryProblemWithSheetRowAndColumn() throws Exception {
        byte[] original = Files.readAllBytes(E2e.SAMPLES.resolve("overall-targets/1.1.xlsx"));
        Path bad = Files.write(Path.of("target/portal-uploads/无单位.xlsx"),
                SyntheticTables.withText(SyntheticTables.withText(original, UNIT, ""), UNIT_NAME, "不存在的单位"));
        try (PortalSession s = unit(1280, 900, "/unit?batch=" + batch)) {
            s.find("#files").sendKeys(bad.toAbsolutePath().toString());
            WebElement problem = s.until(d -> s.all("#uploads li .problems li").stream().findFirst().orElse(null));
            assertThat(problem.getText()).contains("工作表").contains("行");
            s.screenshot("2-unit-rejected-file");
        }
    }

    @Test
    @Order(3)
    void aReviewerDismissesAFindingAddsOneOnACellAndReturnsTheTable() throws Exception {
        try (PortalSession s = reviewer("/reviewer?batch=" + batch)) {
            assertThat(s.all("#grade-chart rect")).hasSize(4);
            s.find("#queue a.review-link").click();
            s.until(d -> !s.all("table.grid td.marked").isEmpty());
            WebElement first = s.all(".finding form").get(0);
            first.findElement(By.name("reason")).sendKeys("该表述符合本单位职能");
            first.findElement(By.cssSelector("button.dismiss")).click();
            s.until(d -> !s.all("#decisions li[data-action=DISMISS]").isEmpty());

            WebElement cell = s.all("table.grid td").stream().filter(td -> !td.getText().isBlank()).findFirst().orElseThrow();
            cell.click();
            WebElement add = s.find("#add-finding");
            assertThat(add.findElement(By.name("row")).getAttribute("value")).isNotBlank();
            add.findElement(By.name("text")).sendKeys("未说明资金与产出的对应关系");
            add.findElement(By.name("fix")).sendKeys("按主要产出列明所需资金");
            add.findElement(By.cssSelector("button")).click();
            s.until(d -> !s.all("#decisions li[data-action=ADD]").isEmpty());
            toDocs(s.screenshot("3-reviewer-review-screen"), "portal-reviewer-review.png");

            WebElement outcome = s.find("#outcome");
            outcome.findElement(By.cssSelector("select[name=outcome] option:nth-child(2)")).click();
            ((JavascriptExecutor) s.browser.driver()).executeScript("arguments[0].value = arguments[1];",
                    outcome.findElement(By.name("refileDeadline")), LocalDate.now().plusDays(10).toString());
            outcome.findElement(By.cssSelector("button")).click();
            s.until(d -> s.text("#decisions").contains("退回修改"));
        }
    }

    @Test
    @Order(4)
    void theUnitSeesTheNewNotice() throws Exception {
        try (PortalSession s = unit(1280, 900, "/unit?batch=" + batch)) {
            String notice = "/unit/notice?batch=" + batch + "&unit=" + UNIT + "&round=" + java.net.URLEncoder.encode("初审", "UTF-8");
            s.until(d -> ((Number) s.fetch(notice + "&format=html").get("status")).intValue() == 200);
            s.open(notice + "&format=html");
            assertThat(s.browser.documentStatus()).isEqualTo(200);
            assertThat(s.find("body").getText()).contains("退回修改").contains("按主要产出列明所需资金");
            Map<String, Object> docx = s.fetch(notice + "&format=docx");
            assertThat(docx.get("status")).isEqualTo(200L);
            assertThat((String) docx.get("type")).contains("wordprocessingml");
            s.screenshot("4-unit-notice");
        }
    }

    @Test
    @Order(5)
    void theCityPageAndItsDownloads() throws Exception {
        try (PortalSession s = reviewer("/reviewer/city?batch=" + batch)) {
            assertThat(s.all("#rule-quality tbody tr")).isNotEmpty();
            for (String format : List.of("html", "xlsx", "docx")) {
                Map<String, Object> answer = s.fetch("/reviewer/city/download?batch=" + batch + "&format=" + format);
                assertThat(answer.get("status")).as(format).isEqualTo(200L);
                assertThat(((Number) answer.get("size")).longValue()).as(format).isGreaterThan(1000);
            }
            s.screenshot("5-reviewer-city");
        }
    }

    @Test
    @Order(6)
    void aUnitCannotOpenReviewerOrAdminPagesAndTheServerRefuses() throws Exception {
        try (PortalSession s = unit(1280, 900, "/unit")) {
            List<String> refused = List.of("/reviewer?batch=" + batch, "/reviewer/city?batch=" + batch, "/admin");
            for (String path : refused) {
                assertThat(s.fetch(path).get("status")).as("the server's answer to " + path).isEqualTo(403L);
            }
            for (String path : refused) {
                s.open(path);
                assertThat(s.browser.documentStatus()).as(path).isEqualTo(403);
            }
            s.open("/unit?batch=" + batch);
            assertThat(s.all("a[href^='/admin']")).as("no admin link in the unit's menus").isEmpty();
            s.screenshot("6-unit-refused");
        }
    }

    @Test
    @Order(7)
    void pagesFitAPhoneWithoutHorizontalScrolling() throws Exception {
        try (PortalSession s = unit(390, 844, "/unit?batch=" + batch)) {
            assertThat(s.browser.fitsWidth()).as("/unit at 390 px").isTrue();
            s.open("/unit/submissions/" + latestSubmission(s));
            assertThat(s.browser.fitsWidth()).as("fix list at 390 px").isTrue();
            s.screenshot("7-phone-fix-list");
        }
        try (PortalSession s = PortalSession.signIn(portal, REVIEWER_USER, password, 390, 844, "/reviewer?batch=" + batch)) {
            assertThat(s.browser.fitsWidth()).as("dashboard at 390 px").isTrue();
            s.open("/reviewer/submissions/" + refiled); // returned in test 3, so no longer in the queue
            assertThat(s.all("table.grid")).isNotEmpty();
            assertThat(s.browser.fitsWidth()).as("review screen at 390 px").isTrue();
            s.screenshot("7-phone-review");
        }
    }

    /** With {@code -Dportal.docs-screenshots=true}: refreshes README's screenshots in docs/img/. */
    private static void toDocs(Path shot, String name) throws java.io.IOException {
        if (Boolean.getBoolean("portal.docs-screenshots")) {
            Files.createDirectories(Path.of("../docs/img"));
            Files.copy(shot, Path.of("../docs/img/" + name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The newest submission of the unit in the batch, from the page's own status answer. */
    private static String latestSubmission(PortalSession s) throws Exception {
        s.open("/unit/status?batch=" + batch);
        JsonNode items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(s.find("body").getText()).path("items");
        String id = null;
        int version = 0;
        for (JsonNode item : items) {
            if (item.path("version").asInt() > version && !"rejected".equals(item.path("status").asText())) {
                version = item.path("version").asInt();
                id = item.path("submissionId").asText();
            }
        }
        return id;
    }
}
