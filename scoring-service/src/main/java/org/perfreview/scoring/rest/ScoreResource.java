package org.perfreview.scoring.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.scoring.persistence.BatchEntity;
import org.perfreview.scoring.persistence.ScoreCardEntity;
import org.perfreview.scoring.persistence.ScoredTableEntity;
import org.perfreview.scoring.service.RulebookService;
import org.perfreview.scoring.service.ScoringService;
import org.perfreview.support.EventJson;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.Page;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreResource {

    @Inject
    EventJson json;
    @Inject
    CallerScope caller;
    @Inject
    ScoringService scoring;
    @Inject
    RulebookService rulebooks;

    @GET
    @Path("/submissions/{id}/score")
    @Transactional
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public ScoreCard score(@PathParam("id") UUID id) {
        ScoreCardEntity card = ScoreCardEntity.latest(id).orElseThrow(() -> new NotFoundException("submission " + id + " has no score yet"));
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
        List<ScoredTableEntity> latest = ScoredTableEntity.latestOfBatch(batchId);
        if (latest.isEmpty() && BatchEntity.findById(batchId) == null) {
            throw new NotFoundException("no batch " + batchId);
        }
        return Page.of(latest.stream()
                .filter(t -> caller.maySee(t.unitCode))
                .flatMap(t -> ScoreCardEntity.latest(t.submissionId).stream())
                .map(c -> json.readValue(c.body, ScoreCard.class))
                .toList(), request);
    }

    /** Re-scores every latest table of the batch, optionally under another rulebook version (which the batch keeps). */
    @POST
    @Path("/batches/{batchId}/rescore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    @APIResponse(responseCode = "202", description = "how many tables are being re-scored, under which rulebook version")
    public Response rescore(@PathParam("batchId") UUID batchId, RescoreRequest request) {
        BatchEntity batch = BatchEntity.findById(batchId);
        if (batch == null && ScoredTableEntity.latestOfBatch(batchId).isEmpty()) {
            throw new NotFoundException("no batch " + batchId);
        }
        String version = request == null ? null : request.rulebookVersion();
        if (version != null) {
            rulebooks.get(version); // 404 for an unknown version before anything changes
            if (batch != null) {
                batch.rulebookOverride = version;
            }
        }
        int count = scoring.rescoreBatch(batchId);
        return Response.accepted(Map.of("batchId", batchId, "rescored", count, "rulebookVersion",
                version != null ? version : batch != null && batch.rulebookOverride != null ? batch.rulebookOverride : "batch default")).build();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RescoreRequest(String rulebookVersion) {
    }
}
