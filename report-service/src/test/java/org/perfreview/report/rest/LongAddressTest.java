package org.perfreview.report.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.testing.PostgresTestResource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * An overlong address gets a 414 with a problem body (support/web/HttpFailureProblems), not the bare 414 Vert.x gives
 * a request line over its own limit; an address just under the limit is answered as usual.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class LongAddressTest {

    private static final Tokens TOKENS = Tokens.forTests();

    @Test
    void anOverlongAddressIsA414Problem() {
        String path = "/api/batches/" + UUID.randomUUID() + "/report";
        given().auth().oauth2(TOKENS.admin()).queryParam("format", "x".repeat(20_000)).get(path)
                .then().statusCode(414).contentType(containsString("json"))
                .body("type", equalTo("urn:perf-review:problem:uri-too-long")).body("status", equalTo(414))
                .body("detail", containsString("8192"));
        given().auth().oauth2(TOKENS.admin()).queryParam("pad", "x".repeat(8000)).get(path)
                .then().statusCode(404).body("type", equalTo("urn:perf-review:problem:not-found"));
    }
}
