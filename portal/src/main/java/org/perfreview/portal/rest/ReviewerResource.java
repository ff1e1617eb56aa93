package org.perfreview.portal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.perfreview.portal.client.ReportClient;
import org.perfreview.portal.client.ScoringClient;
import org.perfreview.portal.view.GradeChart;

/** The reviewer's batch dashboard, the city report page and its downloads. */
@Path("/reviewer")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class ReviewerResource {
    private final ScoringClient scoring;
    private final ReportClient report;
    private final Batches batches;
    private final Template dashboard;
    private final Template city;

    public ReviewerResource(@RestClient ScoringClient scoring, @RestClient ReportClient report, Batches batches,
                            @Location("reviewer/dashboard.html") Template dashboard, @Location("reviewer/city.html") Template city) {
        this.scoring = scoring;
        this.report = report;
        this.batches = batches;
        this.dashboard = dashboard;
        this.city = city;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard(@QueryParam("batch") UUID asked, @QueryParam("round") String round, @QueryParam("grade") String grade,
                                      @QueryParam("department") String department, @QueryParam("unreviewedErrors") Boolean unreviewed) {
        List<JsonNode> all = batches.all();
        UUID batch = batches.chosen(asked, all);
        TemplateInstance view = dashboard.data("batches", all).data("batch", batch == null ? null : batch.toString())
                .data("round", blankToNull(round)).data("grade", blankToNull(grade)).data("department", blankToNull(department))
                .data("unreviewedErrors", unreviewed).data("grades", List.of("优秀", "良好", "合格", "不合格"));
        if (batch == null) {
            return view.data("city", null).data("bars", List.of()).data("queue", List.of()).data("rounds", List.of());
        }
        JsonNode cityReport = cityOrNull(batch);
        return view.data("city", cityReport)
                .data("bars", GradeChart.of(cityReport == null ? null : cityReport.path("gradeDistribution")))
                .data("rounds", JsonList.texts(scoring.rounds(batch).path("rounds")))
                .data("queue", JsonList.items(scoring.queue(batch, blankToNull(round), blankToNull(grade), blankToNull(department),
                        unreviewed, 0, 50)));
    }

    @GET
    @Path("/city")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance city(@QueryParam("batch") UUID asked) {
        List<JsonNode> all = batches.all();
        UUID batch = batches.chosen(asked, all);
        return city.data("batches", all).data("batch", batch == null ? null : batch.toString())
                .data("city", batch == null ? null : cityOrNull(batch));
    }

    @GET
    @Path("/city/download")
    public Response download(@QueryParam("batch") UUID batch, @QueryParam("format") String format) {
        return Downloads.passOn(report.cityFile(batch, format), "绩效目标审核报告");
    }

    /** A batch with no scored table yet has no city report (404): the dashboard shows it empty. */
    private JsonNode cityOrNull(UUID batch) {
        try {
            return report.city(batch);
        } catch (org.jboss.resteasy.reactive.ClientWebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
