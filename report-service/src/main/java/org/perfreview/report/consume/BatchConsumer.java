package org.perfreview.report.consume;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.events.Events;
import org.perfreview.report.service.ReportService;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.inbox.EventConsumer;

import java.util.concurrent.CompletionStage;

/** perf.batches → the batch's control list and numbering, for scope, roll-ups and the not-filed list. */
@ApplicationScoped
public class BatchConsumer extends EventConsumer<Batch> {

    public static final String CHANNEL = "batches";

    @Inject
    ReportService reports;

    public BatchConsumer() {
        super(CHANNEL, Events.BATCH_UPDATED);
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<Object> message) {
        return handle(message);
    }

    @Override
    protected void accept(Batch batch) {
        if (batch.id() == null) {
            throw new PoisonMessageException("BatchUpdated without a batch id");
        }
        reports.acceptBatch(batch);
    }
}
