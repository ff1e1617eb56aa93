package org.perfreview.scoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The batch as intake last published it, plus the rulebook an operator chose when rescoring. */
@Entity
@Table(name = "batch")
public class BatchEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public String body;
    public String rulebookOverride;
    public Instant updatedAt;
}
