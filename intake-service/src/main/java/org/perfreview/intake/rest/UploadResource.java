package org.perfreview.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.perfreview.intake.service.UploadResult;
import org.perfreview.intake.service.UploadService;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.InvalidInputException;
import org.perfreview.support.web.Inputs;
import org.perfreview.support.web.Problem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Uploads: 202 with one submission per unit table read, or the rejection with every positioned problem. */
@Path("/api/batches/{batchId}/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class UploadResource {

    @Inject
    UploadService uploads;
    @Inject
    CallerScope caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({CallerScope.UNIT, CallerScope.ADMIN})
    @APIResponse(responseCode = "202", description = "uploadId, duplicate, and one submission per unit table read")
    public Response upload(@PathParam("batchId") UUID batchId, @RestForm("file") FileUpload file, @RestForm("unitCode") String unitCode) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInputException("file", "缺少 multipart 字段 file（要上传的表格文件）");
        }
        if (unitCode != null && !unitCode.isBlank()) {
            unitCode = Inputs.requireUnitCode("unitCode", unitCode.strip());
        }
        UploadService.Upload upload = new UploadService.Upload(SubmissionResource.safeName(file.fileName()), file.size(), file.uploadedFile(),
                unitCode, caller.name());
        UploadResult result = uploads.upload(batchId, upload, caller::requireUnit);
        List<SubmissionView> views = result.submissions().stream().map(SubmissionView::of).toList();
        if (result.isRejected()) {
            int status = result.rejection().httpStatus();
            String detail = result.problems().isEmpty() ? "the file was not accepted" : result.problems().get(0).message();
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new Problem(status,
                    "上传未通过 (" + result.rejection() + ")", detail, result.problems(),
                    Map.of("uploadId", result.uploadId(), "submissions", views))).build();
        }
        if (!result.problems().isEmpty()) {
            // Accepted in part: each refused table is listed with its sheet and row.
            return Response.accepted(Map.of("uploadId", result.uploadId(), "duplicate", result.duplicate(), "submissions", views,
                    "problems", result.problems())).build();
        }
        return Response.accepted(Map.of("uploadId", result.uploadId(), "duplicate", result.duplicate(), "submissions", views)).build();
    }

}
