package org.perfreview.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.perfreview.intake.persistence.SubmissionEntity;
import org.perfreview.intake.persistence.UploadEntity;
import org.perfreview.intake.service.UploadResult;
import org.perfreview.intake.service.UploadService;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.Problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    @Inject
    UploadService uploads;
    @Inject
    CallerScope caller;

    @GET
    @Path("/{id}")
    @Transactional
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public SubmissionView status(@PathParam("id") UUID id) {
        return SubmissionView.detailed(visible(id));
    }

    @GET
    @Path("/{id}/table")
    @Transactional
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Response table(@PathParam("id") UUID id) {
        SubmissionEntity s = visible(id);
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
        SubmissionEntity s = visible(id);
        UploadEntity upload = UploadEntity.findById(s.uploadId);
        if (upload == null || upload.original == null) {
            throw new NotFoundException("the original of submission " + id + " was not kept (it exceeded the size limit)");
        }
        String name = upload.fileName == null ? "upload" : upload.fileName;
        return Response.ok(upload.original, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private SubmissionEntity visible(UUID id) {
        SubmissionEntity s = SubmissionEntity.findById(id);
        if (s == null) {
            throw new NotFoundException("no submission " + id);
        }
        if (s.unitCode != null) {
            caller.requireUnit(s.unitCode);
        } else if (!caller.seesAllUnits()) {
            UploadEntity upload = UploadEntity.findById(s.uploadId);
            if (upload == null || !caller.name().equals(upload.uploader)) {
                throw new jakarta.ws.rs.ForbiddenException("submission " + id + " belongs to another uploader");
            }
        }
        return s;
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
