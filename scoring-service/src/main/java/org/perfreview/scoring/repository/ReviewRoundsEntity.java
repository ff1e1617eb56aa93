package org.perfreview.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The round names of a batch (a JSON array), when an operator has set them. */
@Entity
@Table(name = "review_rounds")
public class ReviewRoundsEntity extends PanacheEntityBase {
    @Id
    @Column(name = "batch_id")
    public UUID batchId;
    public String rounds;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
