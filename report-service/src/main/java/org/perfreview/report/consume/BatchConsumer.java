package org.perfreview.report.consume;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.events.EventTypes;
import org.perfreview.report.service.ReportService;
import org.perfreview.support.EventJson;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.inbox.Consumers;
import org.perfreview.support.inbox.EventHandler;

import java.util.concurrent.CompletionStage;

/** perf.batches → the batch's control list and numbering, for scope, roll-ups and the not-filed list. */
@ApplicationScoped
public class BatchConsumer implements EventHandler {

    public static final String CHANNEL = "batches";

    @Inject
    Consumers consumers;
    @Inject
    EventJson json;
    @Inject
    ReportService reports;

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
        Batch batch = json.read(value, EventTypes.BATCH_UPDATED, Batch.class).payload();
        if (batch == null || batch.id() == null) {
            throw new PoisonMessageException("BatchUpdated without a batch id");
        }
        reports.acceptBatch(batch);
    }
}
