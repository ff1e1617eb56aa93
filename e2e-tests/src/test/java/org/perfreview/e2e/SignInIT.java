package org.perfreview.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.client.PerfReviewClient;
import org.perfreview.localstack.identity.CodeFlowSignIn;
import org.perfreview.localstack.identity.IdentityInfo;
import org.perfreview.localstack.jwt.Tokens;

/**
 * The real services accept the tokens the real Keycloak issues after an authorization-code sign-in, and apply their
 * roles: a unit reads its batch but neither the reviewers' queue nor files for another unit. Runs on the stack with
 * the identity provider it shares with PortalBrowserIT ({@link IdentityStack}; the other ITs' stack runs without it).
 */
class SignInIT {
    private static final String PASSWORD = "perf-review-demo";

    @Test
    void keycloakTokensReachTheServicesWithTheirRoles() throws Exception {
        Instant begin = Instant.now();
        LocalStack local = IdentityStack.get();
        StackInfo stack = local.info();
        IdentityInfo identity = stack.identity();
        System.out.printf("SignInIT: shared stack with Keycloak ready after %d ms%n", Duration.between(begin, Instant.now()).toMillis());
        PerfReviewClient admin = new PerfReviewClient(new CodeFlowSignIn(identity).accessToken("admin", PASSWORD));
        PerfReviewClient unit = admin.as(new CodeFlowSignIn(identity).accessToken("unit-201001", PASSWORD));
        PerfReviewClient reviewer = admin.as(new CodeFlowSignIn(identity).accessToken("reviewer-1", PASSWORD));

        String batchId = admin.postJson(stack.intake() + "/api/batches", Map.of("fiscalYear", 2024, "region", "岳阳市本级",
                "stage", "二上", "deadline", LocalDate.now().plusDays(7).toString())).expect(201).json().path("id").asText();
        String queue = stack.scoring() + "/api/batches/" + batchId + "/review-queue";
        await("scoring learns batch " + batchId).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> reviewer.get(queue).status() == 200);

        assertThat(unit.get(stack.intake() + "/api/batches/" + batchId).status()).as("a unit reads its batch").isEqualTo(200);
        assertThat(unit.get(queue).status()).as("a unit token on the reviewers' queue").isEqualTo(403);
        assertThat(unit.upload(stack.intake() + "/api/batches/" + batchId + "/submissions",
                E2e.SAMPLES.resolve("overall-targets/1.2.xlsx"), "unitCode", "202001").status())
                .as("filing for another unit").isEqualTo(403);
        assertThat(admin.as(local.tokens().reviewer()).get(queue).status()).as("the stack's own token, realm issuer")
                .isEqualTo(200);
        assertThat(admin.as(Tokens.fromPem(stack.workDir().resolve("jwt/private.pem")).reviewer()).get(queue).status())
                .as("same key, the old issuer").isEqualTo(401);
        System.out.printf("SignInIT: done in %d ms%n", Duration.between(begin, Instant.now()).toMillis());
    }
}
