package org.perfreview.scoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A normalized table as received; {@code latest} marks the newest version of each unit table in its batch. */
@Entity
// `latest` flips when a new version arrives: the UPDATE names only it, so the stored table JSON is not written again.
@DynamicUpdate
@Table(name = "scored_table")
public class ScoredTableEntity extends PanacheEntityBase {
    @Id
    public UUID submissionId;
    public UUID batchId;
    public String unitCode;
    public String tableKind;
    public String tableKey;
    public int version;
    public boolean latest;
    public String submission;
    public String tableJson;
    public Instant receivedAt;

    public static List<ScoredTableEntity> latestOfUnit(UUID batchId, String unitCode) {
        return list("batchId = ?1 and unitCode = ?2 and latest = true", batchId, unitCode);
    }

    public static List<ScoredTableEntity> latestOfBatch(UUID batchId) {
        return list("batchId = ?1 and latest = true order by unitCode, tableKind, tableKey", batchId);
    }

    /** The next {@code limit} latest tables of the batch after {@code after} (by submission id; null: from the start). */
    public static List<ScoredTableEntity> latestOfBatchAfter(UUID batchId, UUID after, int limit) {
        return after == null
                ? find("batchId = ?1 and latest = true order by submissionId", batchId).page(0, limit).list()
                : find("batchId = ?1 and latest = true and submissionId > ?2 order by submissionId", batchId, after).page(0, limit).list();
    }

    public static long countLatestOfBatch(UUID batchId) {
        return count("batchId = ?1 and latest = true", batchId);
    }

    public static Optional<ScoredTableEntity> current(UUID batchId, String unitCode, String kind, String tableKey) {
        return find("batchId = ?1 and unitCode = ?2 and tableKind = ?3 and tableKey = ?4 and latest = true",
                batchId, unitCode, kind, tableKey).firstResultOptional();
    }
}
