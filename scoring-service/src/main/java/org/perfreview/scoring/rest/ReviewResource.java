package org.perfreview.scoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.scoring.review.BatchRounds;
import org.perfreview.scoring.review.DecisionRequest;
import org.perfreview.scoring.review.OutcomeRequest;
import org.perfreview.scoring.review.ReviewAudit;
import org.perfreview.scoring.review.ReviewQueue;
import org.perfreview.scoring.service.ReviewService;
import org.perfreview.scoring.review.ReviewView;
import org.perfreview.support.security.CallerScope;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reviewer decisions, round outcomes, the audit log, round names and the review queue (reviewers and admins). */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    CallerScope caller;
    @Inject
    ReviewService review;
    @Inject
    ReviewView views;
    @Inject
    ReviewAudit audit;
    @Inject
    BatchRounds rounds;
    @Inject
    ReviewQueue queue;

    @GET
    @Path("/submissions/{id}/review")
    @Transactional
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    @APIResponse(responseCode = "200", description = "the findings with their keys and decisions, the outcomes, who decided")
    @APIResponse(responseCode = "404", description = "unknown submission or not scored yet")
    public ReviewView.Detail detail(@PathParam("id") UUID id) {
        return views.detail(id);
    }

    @POST
    @Path("/submissions/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    @APIResponse(responseCode = "201", description = "decision stored; the reviewed card is published")
    @APIResponse(responseCode = "400", description = "missing reason, points outside the rule's bounds, unknown action or dimension")
    @APIResponse(responseCode = "403", description = "not a reviewer or admin")
    @APIResponse(responseCode = "404", description = "unknown submission or finding key")
    @APIResponse(responseCode = "409", description = "the version is superseded, the table is signed off, or not scored yet")
    public Response decide(@PathParam("id") UUID id, DecisionRequest request) {
        ReviewService.Decided decided = review.decide(id, request, caller.name());
        return Response.status(201).entity(decided).build();
    }

    @POST
    @Path("/submissions/{id}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    @APIResponse(responseCode = "201", description = "outcome stored; the reviewed card is published")
    @APIResponse(responseCode = "400", description = "unknown round or outcome, 退回修改 without refileDeadline")
    @APIResponse(responseCode = "403", description = "not a reviewer or admin")
    @APIResponse(responseCode = "404", description = "unknown submission")
    @APIResponse(responseCode = "409", description = "unreviewed error findings, a superseded version, or a table already signed off")
    public Response outcome(@PathParam("id") UUID id, OutcomeRequest request) {
        ScoreCard card = review.recordOutcome(id, request, caller.name());
        return Response.status(201).entity(card).build();
    }

    @GET
    @Path("/submissions/{id}/audit")
    @Transactional
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public List<ReviewAudit.Line> submissionAudit(@PathParam("id") UUID id) {
        return audit.ofSubmission(id);
    }

    @GET
    @Path("/batches/{batchId}/audit")
    @Transactional
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    public List<ReviewAudit.Line> batchAudit(@PathParam("batchId") UUID batchId, @QueryParam("unitCode") String unitCode) {
        return audit.ofBatch(batchId, unitCode);
    }

    @GET
    @Path("/batches/{batchId}/rounds")
    @Transactional
    @RolesAllowed({CallerScope.UNIT, CallerScope.REVIEWER, CallerScope.ADMIN})
    public Map<String, Object> rounds(@PathParam("batchId") UUID batchId) {
        return Map.of("batchId", batchId, "rounds", rounds.of(batchId));
    }

    @PUT
    @Path("/batches/{batchId}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({CallerScope.ADMIN})
    @APIResponse(responseCode = "200", description = "the batch's round names")
    @APIResponse(responseCode = "400", description = "empty, blank or repeated names")
    public Map<String, Object> setRounds(@PathParam("batchId") UUID batchId, RoundsRequest request) {
        return Map.of("batchId", batchId, "rounds", rounds.set(batchId, request == null ? null : request.rounds(), caller.name()));
    }

    @GET
    @Path("/batches/{batchId}/review-queue")
    @Transactional
    @RolesAllowed({CallerScope.REVIEWER, CallerScope.ADMIN})
    @APIResponse(responseCode = "200", description = "one page of the tables awaiting review, with the total count")
    @APIResponse(responseCode = "400", description = "unknown sort or order, page or size out of range")
    public ReviewQueue.Page queue(@PathParam("batchId") UUID batchId, @QueryParam("round") String round, @QueryParam("grade") String grade,
                                  @QueryParam("department") String department, @QueryParam("minTotal") BigDecimal minTotal,
                                  @QueryParam("maxTotal") BigDecimal maxTotal, @QueryParam("unreviewedErrors") Boolean unreviewedErrors,
                                  @QueryParam("sort") String sort, @QueryParam("order") String order,
                                  @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return queue.list(batchId, new ReviewQueue.Query(round, grade, department, minTotal, maxTotal, unreviewedErrors, sort, order, page, size));
    }

    public record RoundsRequest(List<String> rounds) {
    }
}
