package org.perfreview.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One uploaded control or staffing list: the original bytes and the rows read from it (JSON). */
@Entity
@Table(name = "reference_list")
public class ReferenceListEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID batchId;
    public String kind;
    public String fileName;
    public byte[] original;
    public String entries;
    public Instant uploadedAt;
    public String uploadedBy;

    public static Optional<ReferenceListEntity> latest(UUID batchId, String kind) {
        return find("batchId = ?1 and kind = ?2 order by uploadedAt desc", batchId, kind).firstResultOptional();
    }
}
