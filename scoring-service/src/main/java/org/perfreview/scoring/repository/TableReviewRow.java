package org.perfreview.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/** What every review row names: the unit table (batch, unit, kind, key), the version decided on, who and when. */
@MappedSuperclass
public abstract class TableReviewRow extends PanacheEntityBase {
    /** The where-clause that selects one unit table's rows: parameters batch, unit, kind, key. */
    static final String OF_TABLE = "batchId = ?1 and unitCode = ?2 and tableKind = ?3 and tableKey = ?4";

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
    public String reviewer;
    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Names the table and version of {@code t}. */
    public void on(ScoredTableEntity t) {
        batchId = t.batchId;
        unitCode = t.unitCode;
        tableKind = t.tableKind;
        tableKey = t.tableKey;
        submissionId = t.submissionId;
    }
}
