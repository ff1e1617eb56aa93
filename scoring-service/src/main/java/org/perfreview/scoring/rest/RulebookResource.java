package org.perfreview.scoring.rest;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.perfreview.scoring.persistence.RulebookEntity;
import org.perfreview.scoring.service.RulebookService;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.InvalidInputException;
import org.perfreview.support.web.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

@Path("/api/rulebooks")
@Produces(MediaType.APPLICATION_JSON)
public class RulebookResource {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    RulebookService rulebooks;
    @Inject
    CallerScope caller;

    @GET
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public List<Map<String, Object>> list() {
        return rulebooks.list().stream().map(r -> Map.<String, Object>of("version", r.version, "createdAt", r.createdAt,
                "createdBy", r.createdBy == null ? "" : r.createdBy)).toList();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public Response get(@PathParam("version") String version) {
        RulebookEntity stored = rulebooks.stored(version);
        return Response.ok(stored.body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A new rulebook version: validated, stored, never overwriting an existing one. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CallerScope.ADMIN)
    @APIResponse(responseCode = "201", description = "the rulebook version was stored")
    @APIResponse(responseCode = "409", description = "that version exists already")
    @APIResponse(responseCode = "422", description = "the rulebook is not valid")
    public Response add(String body) {
        requireObject(body);
        List<String> problems = rulebooks.add(body, caller.name());
        if (!problems.isEmpty()) {
            int status = problems.get(0).contains("already exists") ? 409 : 422;
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Problem(status, "rulebook not accepted", problems.get(0), problems, null)).build();
        }
        return Response.status(201).entity(Map.of("accepted", true)).build();
    }

    /** The body must be one JSON object; anything else (null, an array, broken JSON) is a 400 before validation. */
    private static void requireObject(String body) {
        try {
            if (body != null && MAPPER.readTree(body) instanceof ObjectNode) {
                return;
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "规则库不是有效的 JSON：" + e.getOriginalMessage());
        }
        throw new InvalidInputException("body", "规则库应为一个 JSON 对象");
    }
}
