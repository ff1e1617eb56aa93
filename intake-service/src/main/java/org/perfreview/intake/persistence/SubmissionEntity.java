package org.perfreview.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One unit table read from an upload: its version, status and the normalized table (JSON). */
@Entity
// Updated per score event: the UPDATE names only what changed, so PostgreSQL keeps the stored table JSON as it is.
@DynamicUpdate
@Table(name = "submission")
public class SubmissionEntity extends PanacheEntityBase {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    @Id
    public UUID id;
    public UUID batchId;
    public UUID uploadId;
    public String unitCode;
    public String unitName;
    public String tableKind;
    public String tableKey;
    public int version;
    public String checksum;
    public String sheet;
    public String status;
    public String problems;
    public String tableJson;
    public Instant receivedAt;
    public String uploader;
    public UUID eventId;
    public java.math.BigDecimal scoreTotal;
    public String grade;
    public Instant scoredAt;
    public Integer scoringRun;
    public String failure;
    public String reviewStage;

    /** Where the table is in the pipeline: rejected, read, scored, failed, reviewed or signed. */
    public String pipelineStatus() {
        if (REJECTED.equals(status)) {
            return "rejected";
        }
        if (failure != null) {
            return "failed";
        }
        if (reviewStage != null) {
            return reviewStage;
        }
        return scoreTotal != null ? "scored" : "read";
    }

    public static Optional<SubmissionEntity> latestAccepted(UUID batchId, String unitCode, String kind, String tableKey) {
        return find("batchId = ?1 and unitCode = ?2 and tableKind = ?3 and tableKey = ?4 and status = ?5 order by version desc",
                batchId, unitCode, kind, tableKey, ACCEPTED).firstResultOptional();
    }

    /**
     * Records a scoring run's total and grade unless the submission already holds a later run (an older run arriving
     * late). One UPDATE: the row, with its table JSON, is not read first; score events come one per table.
     *
     * @return 1 when recorded, 0 when the submission is unknown or holds a later run
     */
    public static int recordScore(UUID id, java.math.BigDecimal total, String grade, Instant scoredAt, int scoringRun) {
        return update("scoreTotal = ?1, grade = ?2, scoredAt = ?3, scoringRun = ?4, failure = null"
                + " where id = ?5 and (scoringRun is null or scoringRun <= ?4)", total, grade, scoredAt, scoringRun, id);
    }

    public static List<SubmissionEntity> ofUpload(UUID uploadId) {
        return list("uploadId = ?1 order by receivedAt, id", uploadId);
    }
}
