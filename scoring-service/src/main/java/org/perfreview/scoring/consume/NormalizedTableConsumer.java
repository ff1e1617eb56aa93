package org.perfreview.scoring.consume;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.contracts.events.EventTypes;
import org.perfreview.contracts.events.SubmissionNormalized;
import org.perfreview.scoring.service.ScoringService;
import org.perfreview.support.EventJson;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.inbox.Consumers;
import org.perfreview.support.inbox.EventHandler;

import java.util.concurrent.CompletionStage;

/** perf.submissions.normalized → score the table (and its unit's dependent tables). */
@ApplicationScoped
public class NormalizedTableConsumer implements EventHandler {

    public static final String CHANNEL = "normalized";

    @Inject
    Consumers consumers;
    @Inject
    EventJson json;
    @Inject
    ScoringService scoring;

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumers.handle(this, message);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void apply(String value) {
        SubmissionNormalized event = json.read(value, EventTypes.SUBMISSION_NORMALIZED, SubmissionNormalized.class).payload();
        if (event == null || event.submission() == null || event.table() == null || event.submission().unitCode() == null) {
            throw new PoisonMessageException("SubmissionNormalized without submission, unit code or table");
        }
        scoring.accept(event);
    }
}
