package org.perfreview.scoring.consume;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.SubmissionNormalized;
import org.perfreview.scoring.service.ScoringService;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.inbox.EventConsumer;

import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.score.ScoringFailure;
import org.perfreview.support.outbox.Outbox;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** perf.submissions.normalized → score the table (and its unit's dependent tables). */
@ApplicationScoped
public class NormalizedTableConsumer extends EventConsumer<SubmissionNormalized> {

    public static final String CHANNEL = "normalized";

    @Inject
    ScoringService scoring;
    @Inject
    Outbox outbox;

    public NormalizedTableConsumer() {
        super(CHANNEL, Events.SUBMISSION_NORMALIZED);
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<Object> message) {
        return handle(message);
    }

    /** A table that went to the dead letters is published as failed, so its submission's status says why. */
    @Override
    public void deadLettered(String value, String reason) {
        SubmissionRef ref;
        try {
            ref = json.read(value, Events.SUBMISSION_NORMALIZED).payload().submission();
        } catch (RuntimeException e) {
            return; // not a readable table event: nothing names a submission
        }
        if (ref == null || ref.submissionId() == null || ref.batchId() == null) {
            return;
        }
        ScoringFailure failure = new ScoringFailure(ref.submissionId(), ref.batchId(), ref.unitCode(), reason, Instant.now());
        outbox.publish(Events.SUBMISSION_SCORING_FAILED, ref.batchId(), ref.submissionId(), failure);
    }

    @Override
    protected void accept(SubmissionNormalized event) {
        if (event.submission() == null || event.table() == null || event.submission().unitCode() == null) {
            throw new PoisonMessageException("SubmissionNormalized without submission, unit code or table");
        }
        scoring.accept(event);
    }
}
