package org.perfreview.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One reviewer decision on one finding of a unit table; never updated (a later decision supersedes it). */
@Entity
@Table(name = "review_decision")
public class ReviewDecisionEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "batch_id")
    public UUID batchId;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "table_kind")
    public String tableKind;
    @Column(name = "table_key")
    public String tableKey;
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "finding_key")
    public String findingKey;
    public String action;
    public BigDecimal points;
    public String reason;
    /** The added finding (JSON) of an ADD decision. */
    public String finding;
    public String reviewer;
    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Every decision on the table, oldest first. */
    public static List<ReviewDecisionEntity> ofTable(ScoredTableEntity t) {
        return list("batchId = ?1 and unitCode = ?2 and tableKind = ?3 and tableKey = ?4 order by id",
                t.batchId, t.unitCode, t.tableKind, t.tableKey);
    }
}
