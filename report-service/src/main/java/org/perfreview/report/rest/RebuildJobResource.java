package org.perfreview.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.perfreview.report.persistence.RebuildJob;
import org.perfreview.report.service.RebuildJobs;
import org.perfreview.support.security.CallerScope;

import java.util.UUID;

/** A rebuild job queued by {@code POST /api/batches/{batchId}/report/rebuild}: queued → running → done | failed. */
@Path("/api/rebuild-jobs")
public class RebuildJobResource {

    @Inject
    RebuildJobs rebuilds;

    @GET
    @Path("/{id}")
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public RebuildJob job(@PathParam("id") UUID id) {
        return rebuilds.job(id);
    }
}
