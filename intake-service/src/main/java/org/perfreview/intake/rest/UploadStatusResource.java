package org.perfreview.intake.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.perfreview.intake.persistence.SubmissionEntity;
import org.perfreview.intake.persistence.UploadEntity;
import org.perfreview.support.security.CallerScope;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One upload as filed: its file, whether it was accepted, and the submissions (unit tables) it made. */
@Path("/api/uploads")
@Produces(MediaType.APPLICATION_JSON)
public class UploadStatusResource {

    @Inject
    CallerScope caller;

    @GET
    @Path("/{uploadId}")
    @Transactional
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public UploadView get(@PathParam("uploadId") UUID uploadId) {
        UploadEntity u = UploadEntity.findById(uploadId);
        if (u == null) {
            throw new NotFoundException("no upload " + uploadId);
        }
        List<SubmissionEntity> submissions = SubmissionEntity.ofUpload(uploadId);
        boolean own = caller.name().equals(u.uploader)
                || !submissions.isEmpty() && submissions.stream().allMatch(s -> caller.maySee(s.unitCode));
        if (!caller.seesAllUnits() && !own) {
            throw new ForbiddenException("upload " + uploadId + " belongs to another unit");
        }
        return new UploadView(u.id, u.batchId, u.fileName, u.sizeBytes, u.checksum, u.status.toLowerCase(), u.receivedAt,
                submissions.stream().map(SubmissionView::of).toList(), u.problems);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UploadView(UUID uploadId, UUID batchId, String fileName, long sizeBytes, String checksum, String status,
                             Instant receivedAt, List<SubmissionView> submissions, @JsonRawValue String problems) {
    }
}
