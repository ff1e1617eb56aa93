package org.perfreview.scoring.consume;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.events.Events;
import org.perfreview.scoring.persistence.BatchEntity;
import org.perfreview.scoring.persistence.ScoredTableEntity;
import org.perfreview.scoring.service.RescoreJobs;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.inbox.EventConsumer;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * perf.batches → keep the batch (deadline, control and staffing lists, rulebook). When what rules read
 * changes for a batch that already has tables, a background re-scoring is queued: deferred rules now run.
 */
@ApplicationScoped
public class BatchConsumer extends EventConsumer<Batch> {

    public static final String CHANNEL = "batches";

    @Inject
    RescoreJobs jobs;

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
        String body = json.write(batch);
        BatchEntity entity = BatchEntity.findById(batch.id());
        boolean changed = entity == null || !entity.body.equals(body);
        if (entity == null) {
            entity = new BatchEntity();
            entity.id = batch.id();
        }
        entity.body = body;
        entity.updatedAt = Instant.now();
        entity.persist();
        if (changed && ScoredTableEntity.countLatestOfBatch(batch.id()) > 0) {
            jobs.enqueue(batch.id(), entity.rulebookOverride, "batch updated", "perf.batches"); // runs after this poll commits
        }
    }
}
