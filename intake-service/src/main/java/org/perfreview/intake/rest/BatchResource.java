package org.perfreview.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.intake.service.BatchService;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.InvalidInputException;
import org.perfreview.support.web.Page;

import java.util.UUID;

@Path("/api/batches")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

    @Inject
    BatchService batches;
    @Inject
    CallerScope caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(CallerScope.ADMIN)
    @APIResponse(responseCode = "201", description = "the batch, with Location")
    @APIResponse(responseCode = "422", description = "unknown rulebookVersion (the known versions are named)")
    public Response create(BatchService.NewBatch request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "需要 JSON 请求体：{\"fiscalYear\",\"region\",\"stage\",\"deadline\"}");
        }
        Batch batch = batches.create(request, caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(batch.id().toString()).build()).entity(batch).build();
    }

    @GET
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Page<Batch> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return batches.list(Page.Request.of(page, size));
    }

    @GET
    @Path("/{batchId}")
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Batch get(@PathParam("batchId") UUID batchId) {
        Batch batch = batches.get(batchId);
        return caller.seesAllUnits() ? batch : ownRows(batch);
    }

    /** A unit token reads the batch's own fields and only its own rows of the control and staffing lists. */
    private Batch ownRows(Batch b) {
        return new Batch(b.id(), b.fiscalYear(), b.region(), b.stage(), b.deadline(), b.rulebookVersion(),
                b.controlList() == null ? null : b.controlList().stream().filter(e -> caller.units().contains(e.unitCode())).toList(),
                b.staffingList() == null ? null : b.staffingList().stream().filter(e -> caller.units().contains(e.unitCode())).toList());
    }
}
