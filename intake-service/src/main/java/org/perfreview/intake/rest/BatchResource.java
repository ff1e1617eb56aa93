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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.intake.batch.BatchService;
import org.perfreview.support.security.CallerScope;

import java.util.List;
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
    public Response create(BatchService.NewBatch request, @Context UriInfo uri) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body is required: {\"fiscalYear\",\"region\",\"stage\",\"deadline\"}");
        }
        Batch batch = batches.create(request, caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(batch.id().toString()).build()).entity(batch).build();
    }

    @GET
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public List<Batch> list() {
        return batches.list();
    }

    @GET
    @Path("/{batchId}")
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Batch get(@PathParam("batchId") UUID batchId) {
        return batches.get(batchId);
    }
}
