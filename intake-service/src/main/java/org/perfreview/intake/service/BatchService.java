package org.perfreview.intake.service;

import org.perfreview.intake.persistence.BatchEntity;
import org.perfreview.intake.persistence.ReferenceListEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.perfreview.support.problem.NotFound;
import org.perfreview.support.problem.Unprocessable;
import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.batch.StaffingEntry;
import org.perfreview.contracts.events.Events;
import org.perfreview.support.EventJson;
import org.perfreview.support.outbox.Outbox;
import org.perfreview.support.web.InvalidInputException;
import org.perfreview.support.web.Inputs;
import org.perfreview.contracts.batch.RulebookVersions;
import java.util.Map;
import org.perfreview.support.web.Page;
import io.quarkus.panache.common.Sort;

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
        if (request.rulebookVersion() != null && !RulebookVersions.isShipped(request.rulebookVersion())) {
            throw new Unprocessable("未知的规则库版本",
                    "rulebookVersion", "规则库版本 " + Inputs.shown(request.rulebookVersion()) + " 不存在；可用版本：" + String.join("、", RulebookVersions.SHIPPED)
                            + "（省略 rulebookVersion 即使用默认版本）", Map.of("versions", RulebookVersions.SHIPPED));
        }
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
    public Page<Batch> list(Page.Request request) {
        var query = BatchEntity.<BatchEntity>findAll(Sort.by("createdAt").descending().and("id"))
                .page(io.quarkus.panache.common.Page.of(request.page(), request.size()));
        // the list names each batch; its reference lists come with GET /api/batches/{batchId}
        List<Batch> items = query.list().stream().map(e -> new Batch(e.id, e.fiscalYear, e.region, e.stage, e.deadline,
                e.rulebookVersion, null, null)).toList();
        return new Page<>(items, request.page(), request.size(), query.count());
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
            throw new NotFound("no batch " + batchId);
        }
        return batch;
    }

    private Batch publish(BatchEntity entity) {
        Batch batch = toBatch(entity);
        outbox.publish(Events.BATCH_UPDATED, entity.id, null, batch);
        return batch;
    }

    Batch toBatch(BatchEntity e) {
        List<ControlEntry> control = ReferenceListEntity.latest(e.id, CONTROL)
                .map(l -> List.of(json.readValue(l.entries, ControlEntry[].class))).orElse(null);
        List<StaffingEntry> staffing = ReferenceListEntity.latest(e.id, STAFFING)
                .map(l -> List.of(json.readValue(l.entries, StaffingEntry[].class))).orElse(null);
        return new Batch(e.id, e.fiscalYear, e.region, e.stage, e.deadline, e.rulebookVersion, control, staffing);
    }

    /** The body of POST /api/batches; a missing or invalid field is a 400 naming it. */
    public record NewBatch(int fiscalYear, String region, String stage, java.time.LocalDate deadline, String rulebookVersion) {
        public NewBatch {
            if (fiscalYear < 2000 || fiscalYear > 2100) {
                throw new InvalidInputException("fiscalYear", "fiscalYear 必须是年份，如 2024");
            }
            region = requireText("region", region, "岳阳市本级");
            stage = requireText("stage", stage, "二上");
            if (rulebookVersion != null) {
                rulebookVersion = Inputs.requireNoControlCharacters("rulebookVersion", rulebookVersion).strip();
                if (rulebookVersion.isEmpty() || rulebookVersion.length() > 100) {
                    throw new InvalidInputException("rulebookVersion", "rulebookVersion 应为规则库版本号，或省略以使用默认版本");
                }
            }
        }

        private static String requireText(String field, String value, String example) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(field, field + " 必填（如 " + example + "）");
            }
            Inputs.requireNoControlCharacters(field, value);
            if (value.length() > 200) {
                throw new InvalidInputException(field, field + " 过长（最多 200 个字符）");
            }
            return value.strip();
        }
    }
}
