package org.perfreview.scoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID batchId;
    public String rounds;
    public String updatedBy;
    public Instant updatedAt;
}
