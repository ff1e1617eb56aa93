package org.perfreview.scoring.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

/** A round outcome (通过 / 退回修改 / 终审通过) recorded for one version of a unit table; never updated. */
@Entity
@Table(name = "review_outcome")
public class ReviewOutcomeEntity extends TableReviewRow {
    public int version;
    public String round;
    public String outcome;
    public LocalDate refileDeadline;

    /** Every outcome of the table, oldest first. */
    public static List<ReviewOutcomeEntity> ofTable(ScoredTableEntity t) {
        return list(OF_TABLE + " order by id", t.batchId, t.unitCode, t.tableKind, t.tableKey);
    }

    /** Whether the table has any; one row fetched at most (a count query costs Hibernate a derived query per call). */
    public static boolean anyOfTable(ScoredTableEntity t) {
        return find(OF_TABLE, t.batchId, t.unitCode, t.tableKind, t.tableKey).firstResultOptional().isPresent();
    }
}
