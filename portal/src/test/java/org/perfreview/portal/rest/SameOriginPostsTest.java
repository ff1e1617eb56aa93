package org.perfreview.portal.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** A form post from another site is refused before it reaches a resource; the portal's own pages post as before. */
@QuarkusTest
class SameOriginPostsTest {

    private static final String DECISIONS = "/reviewer/submissions/00000000-0000-0000-0000-000000000001/decisions";

    @Test
    @TestSecurity(user = "expert", roles = "reviewer")
    void aPostFromAnotherSiteIsRefused() {
        given().header("Origin", "https://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("action", "DISMISS").formParam("finding", "R1@x").post(DECISIONS)
                .then().statusCode(403).body(containsString("跨站"));
        given().header("Origin", "null").contentType("application/x-www-form-urlencoded")
                .formParam("action", "DISMISS").post(DECISIONS).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "expert", roles = "reviewer")
    void aPostFromThePortalItselfReachesTheResource() {
        // The resource answers 400 for the malformed points: it ran, the guard let the request through.
        given().header("Origin", "http://localhost:8081").header("Host", "localhost:8081")
                .contentType("application/x-www-form-urlencoded").formParam("action", "ADJUST").formParam("finding", "R1@x")
                .formParam("points", "abc").post(DECISIONS).then().statusCode(400);
    }

    @Test
    void hostsCompareByAuthorityWithDefaultPorts() {
        assertThat(SameOriginPosts.sameHost("https://portal.example", "portal.example")).isTrue();
        assertThat(SameOriginPosts.sameHost("https://portal.example", "portal.example:443")).isTrue();
        assertThat(SameOriginPosts.sameHost("http://127.0.0.1:8085", "127.0.0.1:8085")).isTrue();
        assertThat(SameOriginPosts.sameHost("http://127.0.0.1:8086", "127.0.0.1:8085")).isFalse();
        assertThat(SameOriginPosts.sameHost("https://portal.example.evil", "portal.example")).isFalse();
        assertThat(SameOriginPosts.sameHost("not a uri", "portal.example")).isFalse();
    }
}
