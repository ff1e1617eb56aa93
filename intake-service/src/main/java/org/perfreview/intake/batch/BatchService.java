package org.perfreview.intake.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.batch.StaffingEntry;
import org.perfreview.contracts.events.EventEnvelope;
import org.perfreview.contracts.events.EventTypes;
import org.perfreview.contracts.events.Topics;
import org.perfreview.support.EventJson;
import org.perfreview.support.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Review batches and their reference lists; every change is published on perf.batches through the outbox. */
@ApplicationScoped
public class BatchService {

    public static final String CONTROL = "control";
    public static final String STAFFING = "staffing";

    @Inject
    Outbox outbox;
    @Inject
    EventJson json;

    @Transactional
    public Batch create(NewBatch request, String createdBy) {
        BatchEntity entity = new BatchEntity();
        entity.id = UUID.randomUUID();
        entity.fiscalYear = request.fiscalYear();
        entity.region = request.region();
        entity.stage = request.stage();
        entity.deadline = request.deadline();
        entity.rulebookVersion = request.rulebookVersion();
        entity.createdAt = Instant.now();
        entity.createdBy = createdBy;
        entity.persist();
        return publish(entity);
    }

    @Transactional
    public Batch storeReferenceList(UUID batchId, String kind, String fileName, byte[] original, List<?> entries, String uploadedBy) {
        BatchEntity batch = entity(batchId);
        ReferenceListEntity list = new ReferenceListEntity();
        list.id = UUID.randomUUID();
        list.batchId = batchId;
        list.kind = kind;
        list.fileName = fileName;
        list.original = original;
        list.entries = json.write(entries);
        list.uploadedAt = Instant.now();
        list.uploadedBy = uploadedBy;
        list.persist();
        return publish(batch);
    }

    @Transactional
    public Batch get(UUID batchId) {
        return toBatch(entity(batchId));
    }

    /** 404 for an unknown batch; reads only the batch row (not its reference lists). */
    @Transactional
    public void requireExists(UUID batchId) {
        entity(batchId);
    }

    @Transactional
    public List<Batch> list() {
        return BatchEntity.<BatchEntity>listAll().stream().map(this::toBatch).toList();
    }

    /** The control list in force for the batch; empty when none was uploaded. */
    @Transactional
    public List<ControlEntry> controlList(UUID batchId) {
        return ReferenceListEntity.latest(batchId, CONTROL)
                .map(l -> List.of(json.readValue(l.entries, ControlEntry[].class))).orElse(List.of());
    }

    public BatchEntity entity(UUID batchId) {
        BatchEntity batch = BatchEntity.findById(batchId);
        if (batch == null) {
            throw new NotFoundException("no batch " + batchId);
        }
        return batch;
    }

    private Batch publish(BatchEntity entity) {
        Batch batch = toBatch(entity);
        outbox.publish(Topics.BATCHES, entity.id.toString(),
                EventEnvelope.of(EventTypes.BATCH_UPDATED, EventTypes.CURRENT_VERSION, entity.id, null, batch));
        return batch;
    }

    Batch toBatch(BatchEntity e) {
        List<ControlEntry> control = ReferenceListEntity.latest(e.id, CONTROL)
                .map(l -> List.of(json.readValue(l.entries, ControlEntry[].class))).orElse(null);
        List<StaffingEntry> staffing = ReferenceListEntity.latest(e.id, STAFFING)
                .map(l -> List.of(json.readValue(l.entries, StaffingEntry[].class))).orElse(null);
        return new Batch(e.id, e.fiscalYear, e.region, e.stage, e.deadline, e.rulebookVersion, control, staffing);
    }

    /** The body of POST /api/batches. */
    public record NewBatch(int fiscalYear, String region, String stage, java.time.LocalDate deadline, String rulebookVersion) {
        public NewBatch {
            if (fiscalYear < 2000 || fiscalYear > 2100) {
                throw new IllegalArgumentException("fiscalYear must be a year such as 2024");
            }
            if (region == null || region.isBlank()) {
                throw new IllegalArgumentException("region is required (e.g. 岳阳市本级)");
            }
            if (stage == null || stage.isBlank()) {
                throw new IllegalArgumentException("stage is required (e.g. 二上)");
            }
        }
    }
}
