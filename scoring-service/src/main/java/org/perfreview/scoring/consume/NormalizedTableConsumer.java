package org.perfreview.scoring.consume;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.contracts.events.EventTypes;
import org.perfreview.contracts.events.SubmissionNormalized;
import org.perfreview.scoring.service.ScoringService;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.inbox.EventConsumer;

import java.util.concurrent.CompletionStage;

/** perf.submissions.normalized → score the table (and its unit's dependent tables). */
@ApplicationScoped
public class NormalizedTableConsumer extends EventConsumer<SubmissionNormalized> {

    public static final String CHANNEL = "normalized";

    @Inject
    ScoringService scoring;

    public NormalizedTableConsumer() {
        super(CHANNEL, EventTypes.SUBMISSION_NORMALIZED, SubmissionNormalized.class);
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return handle(message);
    }

    @Override
    protected void accept(SubmissionNormalized event) {
        if (event.submission() == null || event.table() == null || event.submission().unitCode() == null) {
            throw new PoisonMessageException("SubmissionNormalized without submission, unit code or table");
        }
        scoring.accept(event);
    }
}
