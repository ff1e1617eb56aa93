package org.perfreview.portal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.perfreview.portal.client.IntakeClient;
import org.perfreview.portal.client.ScoringClient;
import org.perfreview.portal.view.Dimensions;
import org.perfreview.portal.view.TableGrid;

/**
 * The review screen: the uploaded table as a grid with each finding marked at its cell beside the finding list;
 * confirm, dismiss with a reason, change points, add a finding at a clicked cell, record the round outcome. Every step
 * is scoring-service's review workflow (README "Review"), so its rules (409 on a superseded version …) hold here too.
 */
@Path("/reviewer/submissions/{id}")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class ReviewResource {
    private final IntakeClient intake;
    private final ScoringClient scoring;
    private final ObjectMapper json;
    private final Template page;

    public ReviewResource(@RestClient IntakeClient intake, @RestClient ScoringClient scoring, ObjectMapper json,
                          @Location("reviewer/review.html") Template page) {
        this.intake = intake;
        this.scoring = scoring;
        this.json = json;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") UUID id) {
        JsonNode submission = intake.submission(id);
        JsonNode review = scoring.review(id);
        JsonNode findings = review.path("findings");
        return page.data("s", submission).data("review", review).data("groups", Dimensions.group(findings))
                .data("sheets", TableGrid.of(intake.table(id), findings))
                .data("rounds", JsonList.texts(scoring.rounds(UUID.fromString(submission.path("batchId").asText())).path("rounds")));
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @RestForm String action, @RestForm String finding, @RestForm String reason,
                           @RestForm String points, @RestForm String dimension, @RestForm String text, @RestForm String fix,
                           @RestForm String sheet, @RestForm String row, @RestForm String column) {
        ObjectNode decision = json.createObjectNode().put("action", action);
        putText(decision, "finding", finding);
        putText(decision, "reason", reason);
        if (points != null && !points.isBlank()) {
            decision.put("points", FormNumbers.decimal("points", points));
        }
        if ("ADD".equals(action)) {
            // The review standard (1-8) follows the dimension's place on the 审核情况表.
            decision.put("standard", org.perfreview.contracts.score.Dimension.fromKey(dimension == null ? "" : dimension).ordinal() + 1);
            putText(decision, "dimension", dimension);
            putText(decision, "text", text);
            putText(decision, "fix", fix);
            decision.put("severity", "WARNING");
            ObjectNode location = decision.putObject("location");
            putText(location, "sheet", sheet);
            if (row != null && !row.isBlank()) {
                location.put("row", FormNumbers.decimal("row", row).intValue());
            }
            putText(location, "column", column);
        }
        scoring.decide(id, decision);
        return back(id, "已记录");
    }

    @POST
    @Path("/outcomes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response outcome(@PathParam("id") UUID id, @RestForm String round, @RestForm String outcome, @RestForm String refileDeadline) {
        ObjectNode request = json.createObjectNode().put("round", round).put("outcome", outcome);
        putText(request, "refileDeadline", refileDeadline);
        scoring.outcome(id, request);
        return back(id, "已记录审核结论");
    }

    private static Response back(UUID id, String message) {
        return Response.seeOther(URI.create("/reviewer/submissions/" + id + "?done=" + java.net.URLEncoder.encode(message,
                java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }
}
