package org.perfreview.scoring.consume;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.events.EventTypes;
import org.perfreview.scoring.repository.BatchEntity;
import org.perfreview.scoring.service.ScoringService;
import org.perfreview.support.EventJson;
import org.perfreview.support.PoisonMessageException;
import org.perfreview.support.inbox.Consumers;
import org.perfreview.support.inbox.EventHandler;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * perf.batches → keep the batch (deadline, control and staffing lists, rulebook). When what rules read
 * changes for a batch that already has tables, they are re-scored: deferred rules now run.
 */
@ApplicationScoped
public class BatchConsumer implements EventHandler {

    public static final String CHANNEL = "batches";

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
        Batch batch = json.read(value, EventTypes.BATCH_UPDATED, Batch.class).payload();
        if (batch == null || batch.id() == null) {
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
        if (changed) {
            scoring.rescoreBatch(batch.id());
        }
    }
}
