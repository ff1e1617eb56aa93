package org.perfreview.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** report-service's API: city and unit reports, notices (as JSON, or as the file to download), dead letters. */
@RegisterRestClient(configKey = "report")
@AccessToken
@Path("/api")
public interface ReportClient {

    @GET
    @Path("/batches/{batchId}/report")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode city(@PathParam("batchId") UUID batchId);

    /** The city report as html, xlsx or docx, passed through to the browser. */
    @GET
    @Path("/batches/{batchId}/report")
    Response cityFile(@PathParam("batchId") UUID batchId, @QueryParam("format") String format);

    @GET
    @Path("/batches/{batchId}/units/{unitCode}/report")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode unit(@PathParam("batchId") UUID batchId, @PathParam("unitCode") String unitCode);

    @GET
    @Path("/batches/{batchId}/units/{unitCode}/notice")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode notice(@PathParam("batchId") UUID batchId, @PathParam("unitCode") String unitCode, @QueryParam("round") String round);

    @GET
    @Path("/batches/{batchId}/units/{unitCode}/notice")
    Response noticeFile(@PathParam("batchId") UUID batchId, @PathParam("unitCode") String unitCode, @QueryParam("round") String round,
                        @QueryParam("format") String format);

    @GET
    @Path("/dead-letters")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode deadLetters();

    @POST
    @Path("/dead-letters/{id}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode replay(@PathParam("id") UUID id);
}
