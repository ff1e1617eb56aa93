package org.perfreview.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.report.export.docx.CityDocxRenderer;
import org.perfreview.report.export.html.CityHtmlRenderer;
import org.perfreview.report.export.html.UnitHtmlRenderer;
import org.perfreview.report.export.xlsx.CityWorkbookRenderer;
import org.perfreview.report.export.xlsx.UnitWorkbookRenderer;
import org.perfreview.report.persistence.RebuildJob;
import org.perfreview.report.service.Aggregates;
import org.perfreview.report.service.CityJson;
import org.perfreview.report.service.RebuildJobs;
import org.perfreview.report.service.ReportService;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.Downloads;
import org.perfreview.support.web.Inputs;

import java.util.List;
import java.util.UUID;

/**
 * City and unit reports in every view: JSON, HTML, XLSX, DOCX (city only), chosen by ?format= or Accept; and the batch
 * report's rebuild jobs (followed at {@link RebuildJobResource}).
 */
@Path("/api/batches/{batchId}")
public class ReportResource {

    @Inject
    ReportService reports;
    @Inject
    Aggregates aggregates;
    @Inject
    RebuildJobs rebuilds;
    @Inject
    CallerScope caller;

    @Inject
    CityHtmlRenderer cityHtml;
    @Inject
    UnitHtmlRenderer unitHtml;
    @Inject
    CityDocxRenderer cityDocx;

    /** A report is for its caller only and changes with every card: a cache must ask again each time (with the tag). */
    private static final CacheControl REVALIDATE = revalidate();

    private final CityWorkbookRenderer cityXlsx = new CityWorkbookRenderer();
    private final UnitWorkbookRenderer unitXlsx = new UnitWorkbookRenderer();

    @GET
    @Path("/report")
    @Transactional
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, CityWorkbookRenderer.MEDIA_TYPE, CityDocxRenderer.MEDIA_TYPE})
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public Response city(@PathParam("batchId") UUID batchId, @QueryParam("format") String format, @Context Request request) {
        ReportFormat view = ReportFormat.choose(format, request, ReportFormat.JSON, ReportFormat.HTML, ReportFormat.XLSX, ReportFormat.DOCX);
        return switch (view) {
            case HTML -> Response.ok(cityHtml.render(reports.cityReport(batchId)), CityHtmlRenderer.MEDIA_TYPE).build();
            case XLSX -> Downloads.attachment(cityXlsx.render(reports.cityReport(batchId), aggregates.currentCards(batchId)),
                    CityWorkbookRenderer.MEDIA_TYPE, "city-report.xlsx");
            case DOCX -> Downloads.attachment(cityDocx.render(reports.cityReport(batchId)), CityDocxRenderer.MEDIA_TYPE, "city-report.docx");
            case JSON -> cityJson(batchId, request);
        };
    }

    /**
     * The JSON view: written once per version of the report, tagged with a digest of its bytes; a request carrying
     * the current tag in If-None-Match gets 304 and no body (a portal polling a large batch's report).
     */
    private Response cityJson(UUID batchId, Request request) {
        CityJson json = reports.cityReportJson(batchId);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(json.tag());
        if (unchanged != null) {
            return unchanged.cacheControl(REVALIDATE).build();
        }
        return Response.ok(json.body(), MediaType.APPLICATION_JSON_TYPE).tag(json.tag()).cacheControl(REVALIDATE).build();
    }

    @GET
    @Path("/units/{unitCode}/report")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, UnitWorkbookRenderer.MEDIA_TYPE})
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Response unit(@PathParam("batchId") UUID batchId, @PathParam("unitCode") String unitCode,
                         @QueryParam("format") String format, @Context Request request) {
        Inputs.requireUnitCode("unitCode", unitCode);
        caller.requireUnit(unitCode);
        ReportFormat view = ReportFormat.choose(format, request, ReportFormat.JSON, ReportFormat.HTML, ReportFormat.XLSX);
        UnitReport report = reports.unitReport(batchId, unitCode);
        return switch (view) {
            case HTML -> Response.ok(unitHtml.render(report), CityHtmlRenderer.MEDIA_TYPE).build();
            case XLSX -> Downloads.attachment(unitXlsx.render(report), UnitWorkbookRenderer.MEDIA_TYPE, unitCode + "-整改通知.xlsx");
            case JSON, DOCX -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    /**
     * Queues a rebuild of the batch's aggregate from its stored cards (or joins the batch's job still waiting); it runs in
     * the background and {@code Location} says where to follow it. A caller that needs the result polls the job until
     * {@code done}, then reads the report.
     */
    @POST
    @Path("/report/rebuild")
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    @APIResponse(responseCode = "202", description = "the queued rebuild job; follow it at the Location")
    public Response rebuild(@PathParam("batchId") UUID batchId, @Context UriInfo uri) {
        RebuildJob job = rebuilds.request(batchId, caller.name());
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/rebuild-jobs/{id}").build(job.id())).build();
    }

    @GET
    @Path("/report/rebuild-jobs")
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public List<RebuildJob> rebuildJobs(@PathParam("batchId") UUID batchId) {
        return rebuilds.ofBatch(batchId);
    }


    private static CacheControl revalidate() {
        CacheControl control = new CacheControl();
        control.setPrivate(true);
        control.setNoCache(true);
        return control;
    }
}
