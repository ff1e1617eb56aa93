package org.perfreview.scoring.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.scoring.persistence.BatchEntity;
import org.perfreview.scoring.persistence.RescoreJobEntity;
import org.perfreview.scoring.persistence.ScoreCardEntity;
import org.perfreview.scoring.service.RescoreJobs;
import org.perfreview.support.EventJson;
import org.perfreview.support.problem.NotFound;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.Page;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreResource {

    @Inject
    EventJson json;
    @Inject
    CallerScope caller;
    @Inject
    RescoreJobs jobs;

    @GET
    @Path("/submissions/{id}/score")
    @Transactional
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public ScoreCard score(@PathParam("id") UUID id) {
        ScoreCardEntity card = ScoreCardEntity.latest(id).orElseThrow(() -> new NotFound("submission " + id + " has no score yet"));
        caller.requireUnit(card.unitCode);
        return json.readValue(card.body, ScoreCard.class);
    }

    @GET
    @Path("/batches/{batchId}/scores")
    @Transactional
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Page<ScoreCard> batchScores(@PathParam("batchId") UUID batchId, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size) {
        Page.Request request = Page.Request.of(page, size);
        List<ScoreCardEntity> latest = ScoreCardEntity.latestOfBatch(batchId);
        if (latest.isEmpty() && BatchEntity.findById(batchId) == null) {
            throw new NotFound("no batch " + batchId);
        }
        return Page.of(latest.stream()
                .filter(c -> caller.maySee(c.unitCode))
                .map(c -> json.readValue(c.body, ScoreCard.class))
                .toList(), request);
    }

    /**
     * Queues a re-scoring of every latest table of the batch, optionally under another rulebook version (which the
     * batch keeps); the job runs in the background and {@code Location} says where to follow it.
     */
    @POST
    @Path("/batches/{batchId}/rescore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    @APIResponse(responseCode = "202", description = "the queued re-scoring job; follow it at the Location")
    public Response rescore(@PathParam("batchId") UUID batchId, RescoreRequest request, @Context UriInfo uri) {
        RescoreJobEntity job = jobs.request(batchId, request == null ? null : request.rulebookVersion(), caller.name());
        return Response.accepted(RescoreJob.of(job))
                .location(uri.getBaseUriBuilder().path("api/rescore-jobs/{id}").build(job.id)).build();
    }

    @GET
    @Path("/batches/{batchId}/rescore-jobs")
    @Transactional
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public List<RescoreJob> rescoreJobs(@PathParam("batchId") UUID batchId) {
        return jobs.ofBatch(batchId).stream().map(RescoreJob::of).toList();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RescoreRequest(String rulebookVersion) {
    }

    /** A re-scoring job as callers see it: {@code status} queued → running → done | failed, {@code done} of {@code total} tables. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RescoreJob(UUID id, UUID batchId, String status, String rulebookVersion, String reason, String requestedBy,
                             Instant requestedAt, Instant startedAt, Instant finishedAt, Integer total, int done, String error) {
        static RescoreJob of(RescoreJobEntity e) {
            return new RescoreJob(e.id, e.batchId, e.status, e.rulebookVersion, e.reason, e.requestedBy, e.requestedAt,
                    e.startedAt, e.finishedAt, e.total, e.done, e.error);
        }
    }
}
