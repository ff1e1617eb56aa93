package org.perfreview.report.consume;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.report.service.ReportService;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.inbox.EventConsumer;

import java.util.concurrent.CompletionStage;

/** perf.submissions.scored → store the card, update the batch aggregate, publish the unit report. */
@ApplicationScoped
public class ScoreCardConsumer extends EventConsumer<ScoreCard> {

    public static final String CHANNEL = "scored";

    @Inject
    ReportService reports;

    public ScoreCardConsumer() {
        super(CHANNEL, Events.SUBMISSION_SCORED);
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<Object> message) {
        return handle(message);
    }

    @Override
    protected boolean ignores(String eventType) {
        return Events.SUBMISSION_SCORING_FAILED.type().equals(eventType); // intake shows it; no score to report
    }

    @Override
    protected void accept(ScoreCard card) {
        if (card.submission() == null || card.submission().batchId() == null || card.submission().unitCode() == null
                || card.submission().tableKind() == null) {
            throw new PoisonMessageException("SubmissionScored without its submission (batch, unit, table kind)");
        }
        reports.accept(card);
    }
}
