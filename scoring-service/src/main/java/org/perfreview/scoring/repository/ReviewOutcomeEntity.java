package org.perfreview.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A round outcome (通过 / 退回修改 / 终审通过) recorded for one version of a unit table; never updated. */
@Entity
@Table(name = "review_outcome")
public class ReviewOutcomeEntity extends PanacheEntityBase {
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
    public int version;
    public String round;
    public String outcome;
    @Column(name = "refile_deadline")
    public LocalDate refileDeadline;
    public String reviewer;
    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Every outcome of the table, oldest first. */
    public static List<ReviewOutcomeEntity> ofTable(ScoredTableEntity t) {
        return list("batchId = ?1 and unitCode = ?2 and tableKind = ?3 and tableKey = ?4 order by id",
                t.batchId, t.unitCode, t.tableKind, t.tableKey);
    }
}
