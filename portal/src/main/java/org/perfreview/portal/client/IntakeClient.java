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
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** intake-service's API (README "API"), called with the signed-in user's access token. */
@RegisterRestClient(configKey = "intake")
@AccessToken
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface IntakeClient {

    @GET
    @Path("/batches")
    JsonNode batches(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/batches/{batchId}")
    JsonNode batch(@PathParam("batchId") UUID batchId);

    @POST
    @Path("/batches")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode createBatch(JsonNode batch);

    @POST
    @Path("/batches/{batchId}/reference-lists/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    JsonNode referenceList(@PathParam("batchId") UUID batchId, @PathParam("kind") String kind, ClientMultipartForm form);

    /** 202 with the submissions; a refused file comes back as the client exception carrying the problem JSON. */
    @POST
    @Path("/batches/{batchId}/submissions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    JsonNode upload(@PathParam("batchId") UUID batchId, ClientMultipartForm form);

    @GET
    @Path("/batches/{batchId}/submissions")
    JsonNode submissions(@PathParam("batchId") UUID batchId, @QueryParam("unitCode") String unitCode,
                         @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/submissions/{id}")
    JsonNode submission(@PathParam("id") UUID id);

    @GET
    @Path("/submissions/{id}/table")
    JsonNode table(@PathParam("id") UUID id);

    @GET
    @Path("/uploads/{uploadId}")
    JsonNode upload(@PathParam("uploadId") UUID uploadId);

    @GET
    @Path("/dead-letters")
    JsonNode deadLetters();

    @POST
    @Path("/dead-letters/{id}/replay")
    JsonNode replay(@PathParam("id") UUID id);
}
