package org.perfreview.scoring.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.perfreview.support.problem.NotFound;
import org.perfreview.contracts.review.FindingIdentity;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.scoring.persistence.ReviewDecisionEntity;
import org.perfreview.scoring.persistence.ReviewOutcomeEntity;
import org.perfreview.scoring.persistence.ScoreCardEntity;
import org.perfreview.scoring.persistence.ScoredTableEntity;
import org.perfreview.support.EventJson;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The reviewer's view of one submission: every machine finding with its key, the decision history with names. */
@ApplicationScoped
public class ReviewView {

    @Inject
    EventJson json;

    public Detail detail(UUID submissionId) {
        ScoredTableEntity table = ScoredTableEntity.findById(submissionId);
        if (table == null) {
            throw new NotFound("no submission " + submissionId);
        }
        ScoreCardEntity machineEntity = ScoreCardEntity.latestMachine(submissionId)
                .orElseThrow(() -> new NotFound("submission " + submissionId + " has no score yet"));
        ScoreCard machine = json.readValue(machineEntity.body, ScoreCard.class);
        ScoreCard card = ScoreCardEntity.latest(submissionId).map(c -> json.readValue(c.body, ScoreCard.class)).orElse(machine);
        List<String> keys = FindingIdentity.keys(machine.findings());
        List<KeyedFinding> findings = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            findings.add(new KeyedFinding(keys.get(i), machine.findings().get(i)));
        }
        List<DecisionLine> decisions = ReviewDecisionEntity.ofTable(table).stream()
                .map(d -> new DecisionLine(d.id, d.findingKey, d.action, d.points, d.reason, d.submissionId, d.reviewer, d.decidedAt.toString()))
                .toList();
        List<OutcomeLine> outcomes = ReviewOutcomeEntity.ofTable(table).stream()
                .map(o -> new OutcomeLine(o.id, o.round, o.outcome, o.refileDeadline == null ? null : o.refileDeadline.toString(),
                        o.submissionId, o.version, o.reviewer, o.decidedAt.toString()))
                .toList();
        return new Detail(submissionId, table.unitCode, table.tableKind, table.tableKey, table.version, table.latest, findings, card,
                decisions, outcomes);
    }

    /** {@code findings}: the machine findings of this version with the keys decisions name; {@code card}: the latest card. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(UUID submissionId, String unitCode, String tableKind, String tableKey, int version, boolean latest,
                         List<KeyedFinding> findings, ScoreCard card, List<DecisionLine> decisions, List<OutcomeLine> outcomes) {
    }

    public record KeyedFinding(String key, Finding finding) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionLine(long id, String findingKey, String action, java.math.BigDecimal points, String reason, UUID submissionId,
                               String reviewer, String decidedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutcomeLine(long id, String round, String outcome, String refileDeadline, UUID submissionId, int version,
                              String reviewer, String decidedAt) {
    }
}
