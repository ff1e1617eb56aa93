package org.perfreview.intake.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.perfreview.intake.service.BatchService;
import org.perfreview.intake.persistence.SubmissionEntity;
import org.perfreview.support.security.CallerScope;
import org.perfreview.support.web.InvalidInputException;
import org.perfreview.support.web.Inputs;
import org.perfreview.support.web.Page;

import java.util.List;
import java.util.UUID;

/** A batch's submissions, newest first, a page at a time; a unit token lists only its own units' submissions. */
@Path("/api/batches/{batchId}/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class BatchSubmissionsResource {

    private static final List<String> STATUSES = List.of("rejected", "read", "scored", "failed", "reviewed", "signed");

    @Inject
    BatchService batches;
    @Inject
    CallerScope caller;

    @GET
    @Transactional
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Page<SubmissionView> list(@PathParam("batchId") UUID batchId, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size, @QueryParam("unitCode") String unitCode,
                                     @QueryParam("status") String status, @QueryParam("tableKind") String tableKind) {
        Page.Request request = Page.Request.of(page, size);
        batches.requireExists(batchId);
        StringBuilder where = new StringBuilder("batchId = :batch");
        Parameters params = Parameters.with("batch", batchId);
        if (unitCode != null) {
            where.append(" and unitCode = :unit");
            params.and("unit", Inputs.requireUnitCode("unitCode", unitCode));
        }
        if (!caller.seesAllUnits()) {
            where.append(" and unitCode in :mine");
            params.and("mine", caller.units().isEmpty() ? List.of("") : List.copyOf(caller.units()));
        }
        if (tableKind != null) {
            where.append(" and tableKind = :kind");
            params.and("kind", tableKind);
        }
        if (status != null) {
            where.append(" and ").append(statusCondition(status));
        }
        PanacheQuery<SubmissionEntity> query = SubmissionEntity.find(where.toString(),
                Sort.by("receivedAt").descending().and("id"), params).page(io.quarkus.panache.common.Page.of(request.page(), request.size()));
        return new Page<>(query.list().stream().map(SubmissionView::of).toList(), request.page(), request.size(), query.count());
    }

    /** The stored columns behind each status of {@link SubmissionEntity#pipelineStatus()}. */
    private static String statusCondition(String status) {
        return switch (status) {
            case "rejected" -> "status = 'REJECTED'";
            case "failed" -> "status = 'ACCEPTED' and failure is not null";
            case "reviewed", "signed" -> "status = 'ACCEPTED' and failure is null and reviewStage = '" + status + "'";
            case "scored" -> "status = 'ACCEPTED' and failure is null and reviewStage is null and scoreTotal is not null";
            case "read" -> "status = 'ACCEPTED' and failure is null and reviewStage is null and scoreTotal is null";
            default -> throw new InvalidInputException("status", "status 应为 " + String.join("、", STATUSES) + " 之一");
        };
    }
}
