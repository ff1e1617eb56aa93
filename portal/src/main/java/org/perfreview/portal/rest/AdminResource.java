package org.perfreview.portal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.perfreview.portal.client.IntakeClient;
import org.perfreview.portal.client.ReportClient;
import org.perfreview.portal.client.ScoringClient;

/** The admin's page: batches, control and staffing lists, rulebook versions, dead letters of the three services. */
@Path("/admin")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {
    private final IntakeClient intake;
    private final ScoringClient scoring;
    private final ReportClient report;
    private final ObjectMapper json;
    private final Template page;

    public AdminResource(@RestClient IntakeClient intake, @RestClient ScoringClient scoring, @RestClient ReportClient report,
                         ObjectMapper json, @Location("admin/home.html") Template page) {
        this.intake = intake;
        this.scoring = scoring;
        this.report = report;
        this.json = json;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        Map<String, List<JsonNode>> deadLetters = new LinkedHashMap<>();
        deadLetters.put("intake", JsonList.items(intake.deadLetters()));
        deadLetters.put("scoring", JsonList.items(scoring.deadLetters()));
        deadLetters.put("report", JsonList.items(report.deadLetters()));
        return page.data("batches", JsonList.items(intake.batches(0, 50))).data("rulebooks", JsonList.items(scoring.rulebooks()))
                .data("deadLetters", deadLetters);
    }

    @POST
    @Path("/batches")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createBatch(@RestForm String fiscalYear, @RestForm String region, @RestForm String stage, @RestForm String deadline,
                                @RestForm String rulebookVersion) {
        ObjectNode batch = json.createObjectNode().put("fiscalYear", FormNumbers.decimal("fiscalYear", String.valueOf(fiscalYear)).intValue())
                .put("region", region).put("stage", stage).put("deadline", deadline);
        batch.put("rulebookVersion", rulebookVersion == null || rulebookVersion.isBlank() ? null : rulebookVersion);
        JsonNode created = intake.createBatch(batch);
        return back("已创建批次 " + created.path("id").asText());
    }

    @POST
    @Path("/batches/{batchId}/lists/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response referenceList(@PathParam("batchId") UUID batchId, @PathParam("kind") String kind, @RestForm("file") FileUpload file) {
        intake.referenceList(batchId, kind, form(file));
        return back("已上传名单");
    }

    @POST
    @Path("/batches/{batchId}/rescore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rescore(@PathParam("batchId") UUID batchId, @RestForm String rulebookVersion) {
        scoring.rescore(batchId, json.createObjectNode().put("rulebookVersion", rulebookVersion));
        return back("已按规则库 " + rulebookVersion + " 重新评分");
    }

    @POST
    @Path("/rulebooks")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response rulebook(@RestForm("file") FileUpload file) throws IOException {
        JsonNode rulebook;
        try {
            rulebook = json.readTree(form(file) == null ? null : file.uploadedFile().toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRequestException("规则库文件不是有效的 JSON：" + e.getOriginalMessage());
        }
        scoring.addRulebook(rulebook);
        return back("已添加规则库");
    }

    @POST
    @Path("/dead-letters/{service}/{id}/replay")
    public Response replay(@PathParam("service") String service, @PathParam("id") UUID id) {
        switch (service) {
            case "intake" -> intake.replay(id);
            case "scoring" -> scoring.replay(id);
            case "report" -> report.replay(id);
            default -> throw new jakarta.ws.rs.NotFoundException("no service " + service);
        }
        return back("已重放");
    }

    private static ClientMultipartForm form(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new BadRequestException("需要上传文件（file）");
        }
        return ClientMultipartForm.create().binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(),
                MediaType.APPLICATION_OCTET_STREAM);
    }

    private static Response back(String message) {
        return Response.seeOther(URI.create("/admin?done=" + URLEncoder.encode(message, StandardCharsets.UTF_8))).build();
    }
}
