package org.perfreview.scoring.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.perfreview.scoring.persistence.ReviewAuditEntity;
import org.perfreview.scoring.persistence.ScoredTableEntity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The append-only audit log of review steps (the table refuses updates and deletes). */
@ApplicationScoped
public class ReviewAudit {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ScoredTableEntity table, String actor, String action, String subject, String before, String after) {
        ReviewAuditEntity e = new ReviewAuditEntity();
        e.batchId = table.batchId;
        e.unitCode = table.unitCode;
        e.submissionId = table.submissionId;
        e.actor = actor;
        e.at = Instant.now();
        e.action = action;
        e.subject = subject;
        e.before = before;
        e.after = after;
        e.persist();
    }

    public List<Line> ofBatch(UUID batchId, String unitCode) {
        List<ReviewAuditEntity> rows = unitCode == null || unitCode.isBlank()
                ? ReviewAuditEntity.list("batchId = ?1 order by id", batchId)
                : ReviewAuditEntity.list("batchId = ?1 and unitCode = ?2 order by id", batchId, unitCode);
        return rows.stream().map(Line::of).toList();
    }

    public List<Line> ofSubmission(UUID submissionId) {
        return ReviewAuditEntity.<ReviewAuditEntity>list("submissionId = ?1 order by id", submissionId).stream().map(Line::of).toList();
    }

    /** One audit line as the API shows it. */
    public record Line(long id, UUID batchId, String unitCode, UUID submissionId, String actor, Instant at, String action, String subject,
                       String before, String after) {
        static Line of(ReviewAuditEntity e) {
            return new Line(e.id, e.batchId, e.unitCode, e.submissionId, e.actor, e.at, e.action, e.subject, e.before, e.after);
        }
    }
}
