package org.perfreview.intake.consume;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.ScoringFailure;
import org.perfreview.intake.persistence.SubmissionEntity;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.inbox.EventConsumer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * perf.submissions.scored → the submission's status becomes scored, with the total and grade (the latest run wins),
 * or failed with scoring's reason.
 */
@ApplicationScoped
public class ScoredConsumer extends EventConsumer<ScoredConsumer.Score> {

    public static final String CHANNEL = "scored";
    private static final Logger LOG = Logger.getLogger(ScoredConsumer.class);

    /** The fields of a {@link ScoreCard} a submission's status keeps; findings and outcomes are skipped, not read. */
    public record Score(UUID submissionId, BigDecimal total, String grade, Instant scoredAt, int scoringRun) {
    }

    public ScoredConsumer() {
        super(CHANNEL, Events.SUBMISSION_SCORED, Score.class);
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<Object> message) {
        return handle(message);
    }

    /** The topic also carries SubmissionScoringFailed: the submission's status becomes failed with the reason. */
    @Override
    public void apply(String value) {
        if (!Events.SUBMISSION_SCORING_FAILED.type().equals(json.eventTypeOf(value))) {
            super.apply(value);
            return;
        }
        ScoringFailure failure = json.read(value, Events.SUBMISSION_SCORING_FAILED).payload();
        SubmissionEntity s = failure == null || failure.submissionId() == null ? null : SubmissionEntity.findById(failure.submissionId());
        if (s != null && s.scoreTotal == null) {
            s.failure = failure.reason() == null || failure.reason().isBlank() ? "评分失败" : failure.reason();
        }
    }

    @Override
    protected void accept(Score card) {
        if (card.submissionId() == null) {
            throw new PoisonMessageException("SubmissionScored without submissionId");
        }
        if (SubmissionEntity.recordScore(card.submissionId(), card.total(), card.grade(), card.scoredAt(), card.scoringRun()) == 0
                && SubmissionEntity.count("id", card.submissionId()) == 0) {
            LOG.warnf("score of unknown submission %s ignored", card.submissionId());
        }
    }
}
