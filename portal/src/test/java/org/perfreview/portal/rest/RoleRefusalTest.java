package org.perfreview.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** The server refuses pages by role, whatever the menus show (the services, at 127.0.0.1:1 here, are never reached). */
@QuarkusTest
class RoleRefusalTest {

    @Test
    @TestSecurity(user = "clerk", roles = "unit")
    void aUnitIsRefusedReviewerAndAdminPages() {
        given().redirects().follow(false).get("/reviewer").then().statusCode(403);
        given().redirects().follow(false).get("/reviewer/submissions/00000000-0000-0000-0000-000000000001").then().statusCode(403);
        given().redirects().follow(false).get("/reviewer/city").then().statusCode(403);
        given().redirects().follow(false).get("/admin").then().statusCode(403);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("action", "CONFIRM")
                .post("/reviewer/submissions/00000000-0000-0000-0000-000000000001/decisions").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "expert", roles = "reviewer")
    void aReviewerIsRefusedUnitAndAdminPagesAndSentToTheDashboard() {
        given().redirects().follow(false).get("/unit").then().statusCode(403);
        given().redirects().follow(false).get("/admin").then().statusCode(403);
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", containsString("/reviewer"));
    }

    @Test
    @TestSecurity(user = "expert", roles = "reviewer")
    void aServiceThatCannotBeReachedGivesAPageSaying502() {
        given().get("/reviewer").then().statusCode(502).body(containsString("服务暂时无法访问"));
    }

    @Test
    @TestSecurity(user = "expert", roles = "reviewer")
    void aNumberThatIsNotOneIsA400NamingTheField() {
        given().contentType("application/x-www-form-urlencoded").formParam("action", "ADJUST").formParam("finding", "R1@x")
                .formParam("points", "abc").post("/reviewer/submissions/00000000-0000-0000-0000-000000000001/decisions")
                .then().statusCode(400);
    }
}
