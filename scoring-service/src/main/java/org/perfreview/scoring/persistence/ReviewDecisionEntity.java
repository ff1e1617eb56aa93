package org.perfreview.scoring.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;

/** One reviewer decision on one finding of a unit table; never updated (a later decision supersedes it). */
@Entity
@Table(name = "review_decision")
public class ReviewDecisionEntity extends TableReviewRow {
    public String findingKey;
    public String action;
    public BigDecimal points;
    public String reason;
    /** The finding decided on (JSON), or the one an ADD decision added. */
    public String finding;

    /** Every decision on the table, oldest first. */
    public static List<ReviewDecisionEntity> ofTable(ScoredTableEntity t) {
        return list(OF_TABLE + " order by id", t.batchId, t.unitCode, t.tableKind, t.tableKey);
    }

    /** Whether the table has any; one row fetched at most (a count query costs Hibernate a derived query per call). */
    public static boolean anyOfTable(ScoredTableEntity t) {
        return find(OF_TABLE, t.batchId, t.unitCode, t.tableKind, t.tableKey).firstResultOptional().isPresent();
    }
}
