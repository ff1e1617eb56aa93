package org.perfreview.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.perfreview.contracts.review.Notice;
import org.perfreview.report.export.docx.NoticeDocxRenderer;
import org.perfreview.report.export.html.NoticeHtmlRenderer;
import org.perfreview.report.service.NoticeService;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.Downloads;

import java.util.UUID;

/** The 一次性告知书 of a unit and round: JSON, print-ready HTML or DOCX, for the unit itself and reviewers. */
@Path("/api/batches/{batchId}/units/{unitCode}/notice")
public class NoticeResource {

    @Inject
    NoticeService notices;
    @Inject
    CallerScope caller;

    private final NoticeHtmlRenderer html = new NoticeHtmlRenderer();
    private final NoticeDocxRenderer docx = new NoticeDocxRenderer();

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, NoticeDocxRenderer.MEDIA_TYPE})
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    @APIResponse(responseCode = "200", description = "the notice as JSON, HTML or DOCX")
    @APIResponse(responseCode = "400", description = "no round, or an unknown format")
    @APIResponse(responseCode = "406", description = "a format other than json, html, docx")
    @APIResponse(responseCode = "403", description = "another unit's notice")
    @APIResponse(responseCode = "404", description = "no table of the unit has an outcome in that round")
    public Response notice(@PathParam("batchId") UUID batchId, @PathParam("unitCode") String unitCode, @QueryParam("round") String round,
                           @QueryParam("format") String format, @Context Request request) {
        caller.requireUnit(unitCode);
        if (round == null || round.isBlank()) {
            throw new IllegalArgumentException("round is required (e.g. ?round=初审)");
        }
        ReportFormat view = ReportFormat.choose(format, request, ReportFormat.JSON, ReportFormat.HTML, ReportFormat.DOCX);
        Notice notice = notices.notice(batchId, unitCode, round.strip());
        return switch (view) {
            case HTML -> Response.ok(html.render(notice), "text/html;charset=UTF-8").build();
            case DOCX -> Downloads.attachment(docx.render(notice), NoticeDocxRenderer.MEDIA_TYPE, unitCode + "-一次性告知书-" + round.strip() + ".docx");
            case JSON, XLSX -> Response.ok(notice, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }
}
