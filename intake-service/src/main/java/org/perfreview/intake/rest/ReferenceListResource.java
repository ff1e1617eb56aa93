package org.perfreview.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.intake.service.BatchService;
import org.perfreview.intake.parse.ReferenceListReader;
import org.perfreview.intake.parse.UnreadableFileException;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

@Path("/api/batches/{batchId}/reference-lists/{kind}")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceListResource {

    @Inject
    BatchService batches;
    @Inject
    CallerScope caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(CallerScope.ADMIN)
    public Response upload(@PathParam("batchId") UUID batchId, @PathParam("kind") String kind, @RestForm("file") FileUpload file)
            throws IOException {
        if (!BatchService.CONTROL.equals(kind) && !BatchService.STAFFING.equals(kind)) {
            throw new NotFoundException("reference list kind must be 'control' or 'staffing'");
        }
        if (file == null || file.uploadedFile() == null) {
            throw new IllegalArgumentException("multipart field 'file' is required");
        }
        batches.get(batchId);
        List<?> entries;
        try {
            entries = BatchService.CONTROL.equals(kind) ? ReferenceListReader.control(file.uploadedFile())
                    : ReferenceListReader.staffing(file.uploadedFile());
        } catch (UnreadableFileException e) {
            int status = e.category().httpStatus();
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Problem(status, "参考清单无法读取", e.getMessage(), e.notes(), null)).build();
        }
        Batch batch = batches.storeReferenceList(batchId, kind, SubmissionResource.safeName(file.fileName()),
                Files.readAllBytes(file.uploadedFile()), entries, caller.name());
        return Response.ok(batch).build();
    }
}
