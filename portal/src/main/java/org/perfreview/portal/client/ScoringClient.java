package org.perfreview.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** scoring-service's API: score cards, the review workflow, rulebooks, dead letters. */
@RegisterRestClient(configKey = "scoring")
@AccessToken
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ScoringClient {

    @GET
    @Path("/submissions/{id}/score")
    JsonNode score(@PathParam("id") UUID id);

    @GET
    @Path("/submissions/{id}/review")
    JsonNode review(@PathParam("id") UUID id);

    @POST
    @Path("/submissions/{id}/decisions")
    JsonNode decide(@PathParam("id") UUID id, JsonNode decision);

    @POST
    @Path("/submissions/{id}/outcomes")
    JsonNode outcome(@PathParam("id") UUID id, JsonNode outcome);

    @GET
    @Path("/batches/{batchId}/rounds")
    JsonNode rounds(@PathParam("batchId") UUID batchId);

    @GET
    @Path("/batches/{batchId}/review-queue")
    JsonNode queue(@PathParam("batchId") UUID batchId, @QueryParam("round") String round, @QueryParam("grade") String grade,
                   @QueryParam("department") String department, @QueryParam("unreviewedErrors") Boolean unreviewedErrors,
                   @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/batches/{batchId}/rescore")
    JsonNode rescore(@PathParam("batchId") UUID batchId, JsonNode request);

    @GET
    @Path("/rulebooks")
    JsonNode rulebooks();

    @POST
    @Path("/rulebooks")
    JsonNode addRulebook(JsonNode rulebook);

    @GET
    @Path("/dead-letters")
    JsonNode deadLetters();

    @POST
    @Path("/dead-letters/{id}/replay")
    JsonNode replay(@PathParam("id") UUID id);
}
