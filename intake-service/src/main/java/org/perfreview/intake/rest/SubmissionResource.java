package org.perfreview.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.perfreview.intake.persistence.SubmissionEntity;
import org.perfreview.intake.persistence.UploadEntity;
import org.perfreview.intake.service.SubmissionAccess;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.Downloads;

import java.util.UUID;

@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    @Inject
    SubmissionAccess access;

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public SubmissionView status(@PathParam("id") UUID id) {
        return SubmissionView.detailed(access.visible(id));
    }

    @GET
    @Path("/{id}/table")
    @Transactional
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Response table(@PathParam("id") UUID id) {
        SubmissionEntity s = access.visible(id);
        if (s.tableJson == null) {
            throw new NotFoundException("submission " + id + " was rejected and has no normalized table; see its problems");
        }
        return Response.ok(s.tableJson, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}/original")
    @Transactional
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Response original(@PathParam("id") UUID id) {
        UploadEntity upload = access.original(id);
        return Downloads.attachment(upload.original, MediaType.APPLICATION_OCTET_STREAM, upload.fileName == null ? "upload" : upload.fileName);
    }

    /** The client's file name is only ever a label: no directories, no control characters. */
    static String safeName(String name) {
        if (name == null) {
            return "upload";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        return base.isEmpty() ? "upload" : base.length() > 200 ? base.substring(0, 200) : base;
    }
}
