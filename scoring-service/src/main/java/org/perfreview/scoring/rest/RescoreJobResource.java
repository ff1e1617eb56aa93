package org.perfreview.scoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.perfreview.scoring.rest.ScoreResource.RescoreJob;
import org.perfreview.scoring.service.RescoreJobs;
import org.perfreview.support.security.CallerScope;

import java.util.UUID;

/** A re-scoring job queued by {@code POST /api/batches/{batchId}/rescore}: queued → running → done | failed. */
@Path("/api/rescore-jobs")
public class RescoreJobResource {

    @Inject
    RescoreJobs jobs;

    @GET
    @Path("/{id}")
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public RescoreJob job(@PathParam("id") UUID id) {
        return RescoreJob.of(jobs.job(id));
    }
}
