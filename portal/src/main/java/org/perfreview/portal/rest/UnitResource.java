package org.perfreview.portal.rest;

import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.perfreview.portal.client.IntakeClient;
import org.perfreview.portal.client.ReportClient;

/** A unit's pages: its batch, drag-and-drop upload with live status, and the notice to download. */
@Path("/unit")
@RolesAllowed(Roles.UNIT)
public class UnitResource {
    private final IntakeClient intake;
    private final ReportClient report;
    private final Batches batches;
    private final Template home;

    public UnitResource(@RestClient IntakeClient intake, @RestClient ReportClient report, Batches batches,
                        @Location("unit/home.html") Template home) {
        this.intake = intake;
        this.report = report;
        this.batches = batches;
        this.home = home;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home(@QueryParam("batch") UUID asked) {
        List<JsonNode> all = batches.all();
        UUID batch = batches.chosen(asked, all);
        return home.data("batches", all).data("batch", batch == null ? null : batch.toString())
                .data("submissions", batch == null ? List.of() : JsonList.items(intake.submissions(batch, null, 0, 200)));
    }

    /** The browser's upload (one file per request, so each shows its own progress), passed to intake as filed. */
    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode upload(@QueryParam("batch") UUID batch, @RestForm("file") FileUpload file) {
        if (batch == null || file == null || file.uploadedFile() == null) {
            throw new jakarta.ws.rs.BadRequestException("需要批次（batch）和文件（file）");
        }
        ClientMultipartForm form = ClientMultipartForm.create().binaryFileUpload("file", file.fileName(),
                file.uploadedFile().toString(), MediaType.APPLICATION_OCTET_STREAM);
        return intake.upload(batch, form);
    }

    /** What the upload page polls: every table of the unit's in the batch with its status (rejected, read, scored …). */
    @GET
    @Path("/status")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode status(@QueryParam("batch") UUID batch) {
        return intake.submissions(batch, null, 0, 200);
    }

    @GET
    @Path("/notice")
    public Response notice(@QueryParam("batch") UUID batch, @QueryParam("unit") String unit, @QueryParam("round") String round,
                           @QueryParam("format") String format) {
        return Downloads.passOn(report.noticeFile(batch, unit, round, format == null ? "docx" : format), "一次性告知书-" + unit);
    }
}
