package org.perfreview.scoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID batchId;
    public String unitCode;
    public String tableKind;
    public String tableKey;
    public UUID submissionId;
    public String reviewer;
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
