package org.perfreview.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.report.UnitReport;
import org.perfreview.report.export.docx.CityDocxRenderer;
import org.perfreview.report.export.html.CityHtmlRenderer;
import org.perfreview.report.export.html.UnitHtmlRenderer;
import org.perfreview.report.export.xlsx.CityWorkbookRenderer;
import org.perfreview.report.export.xlsx.UnitWorkbookRenderer;
import org.perfreview.report.service.Aggregates;
import org.perfreview.report.service.ReportService;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.Inputs;

import java.util.UUID;

/** City and unit reports in every view: JSON, HTML, XLSX, DOCX (city only), chosen by ?format= or Accept. */
@Path("/api/batches/{batchId}")
public class ReportResource {

    @Inject
    ReportService reports;
    @Inject
    Aggregates aggregates;
    @Inject
    CallerScope caller;

    private final CityHtmlRenderer cityHtml = new CityHtmlRenderer();
    private final UnitHtmlRenderer unitHtml = new UnitHtmlRenderer();
    private final CityWorkbookRenderer cityXlsx = new CityWorkbookRenderer();
    private final UnitWorkbookRenderer unitXlsx = new UnitWorkbookRenderer();
    private final CityDocxRenderer cityDocx = new CityDocxRenderer();

    @GET
    @Path("/report")
    @Transactional
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, CityWorkbookRenderer.MEDIA_TYPE, CityDocxRenderer.MEDIA_TYPE})
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public Response city(@PathParam("batchId") UUID batchId, @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        CityReport report = reports.cityReport(batchId);
        return switch (format(format, accept)) {
            case "html" -> Response.ok(cityHtml.render(report), CityHtmlRenderer.MEDIA_TYPE).build();
            case "xlsx" -> download(cityXlsx.render(report, aggregates.of(batchId).latestCards()), CityWorkbookRenderer.MEDIA_TYPE, "city-report.xlsx");
            case "docx" -> download(cityDocx.render(report), CityDocxRenderer.MEDIA_TYPE, "city-report.docx");
            default -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    @GET
    @Path("/units/{unitCode}/report")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, UnitWorkbookRenderer.MEDIA_TYPE})
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Response unit(@PathParam("batchId") UUID batchId, @PathParam("unitCode") String unitCode,
                         @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Inputs.requireUnitCode("unitCode", unitCode);
        caller.requireUnit(unitCode);
        UnitReport report = reports.unitReport(batchId, unitCode);
        return switch (format(format, accept)) {
            case "html" -> Response.ok(unitHtml.render(report), CityHtmlRenderer.MEDIA_TYPE).build();
            case "xlsx" -> download(unitXlsx.render(report), UnitWorkbookRenderer.MEDIA_TYPE, unitCode + "-整改通知.xlsx");
            case "docx" -> throw new NotAcceptableException("unit reports come as json, html or xlsx");
            default -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    @POST
    @Path("/report/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public CityReport rebuild(@PathParam("batchId") UUID batchId) {
        return reports.rebuild(batchId);
    }

    static String format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String f = format.trim().toLowerCase();
            if (!f.matches("json|html|xlsx|docx")) {
                throw new IllegalArgumentException("format must be one of json, html, xlsx, docx");
            }
            return f;
        }
        if (accept != null) {
            if (accept.contains(MediaType.TEXT_HTML)) {
                return "html";
            }
            if (accept.contains("spreadsheetml")) {
                return "xlsx";
            }
            if (accept.contains("wordprocessingml")) {
                return "docx";
            }
        }
        return "json";
    }

    private static Response download(byte[] body, String mediaType, String fileName) {
        String encoded = java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded).build();
    }
}
