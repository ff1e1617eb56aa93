package org.perfreview.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.perfreview.intake.persistence.TemplateProfileEntity;
import org.perfreview.intake.service.TemplateProfileService;
import org.perfreview.support.security.CallerScope;

import java.util.List;
import java.util.Map;

/** Template profiles: extra words for an export the built-in words do not know; the newest is in force at once. */
@Path("/api/template-profiles")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateProfileResource {

    @Inject
    TemplateProfileService profiles;
    @Inject
    CallerScope caller;

    @GET
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public List<Map<String, Object>> list() {
        return profiles.list().stream().map(TemplateProfileResource::summary).toList();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public Response get(@PathParam("version") String version) {
        return Response.ok(profiles.stored(version).body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A new version: validated, stored, never overwriting an existing one; in force for the next upload. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CallerScope.ADMIN)
    public Response add(String body) {
        return Response.status(201).entity(summary(profiles.add(body, caller.name()))).build();
    }

    private static Map<String, Object> summary(TemplateProfileEntity e) {
        return Map.of("version", e.version, "createdAt", e.createdAt, "createdBy", e.createdBy == null ? "" : e.createdBy);
    }
}
