package org.perfreview.portal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.perfreview.portal.client.IntakeClient;
import org.perfreview.portal.client.ReportClient;
import org.perfreview.portal.client.ScoringClient;
import org.perfreview.portal.view.Dimensions;

/**
 * One table for its unit: a rejected file's problems with sheet, row and column, or the fix list (一次性告知: every
 * finding grouped by dimension with its cell and fix) and, for a refiled version, what is fixed, still open and new.
 */
@Path("/unit/submissions")
@RolesAllowed(Roles.UNIT)
public class FixListResource {
    private static final Set<String> SCORED = Set.of("scored", "reviewed", "signed");

    private final IntakeClient intake;
    private final ScoringClient scoring;
    private final ReportClient report;
    private final Template page;

    public FixListResource(@RestClient IntakeClient intake, @RestClient ScoringClient scoring, @RestClient ReportClient report,
                           @Location("unit/submission.html") Template page) {
        this.intake = intake;
        this.scoring = scoring;
        this.report = report;
        this.page = page;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("id") UUID id) {
        JsonNode submission = intake.submission(id);
        TemplateInstance view = page.data("s", submission).data("problems", JsonList.items(submission.path("problems")))
                .data("groups", java.util.List.of()).data("card", null).data("change", null);
        if (SCORED.contains(submission.path("status").asText())) {
            JsonNode card = scoring.score(id);
            view.data("card", card).data("groups", Dimensions.group(card.path("findings"))).data("change", change(submission, id));
        }
        return view;
    }

    /** The unit report's comparison of this version with the previous one (absent for a first filing). */
    private JsonNode change(JsonNode submission, UUID id) {
        if (submission.path("version").asInt() < 2 || !submission.hasNonNull("unitCode")) {
            return null;
        }
        JsonNode unitReport = report.unit(UUID.fromString(submission.path("batchId").asText()), submission.path("unitCode").asText());
        for (JsonNode change : unitReport.path("history")) {
            if (id.toString().equals(change.path("submissionId").asText())) {
                return change;
            }
        }
        return null;
    }
}
