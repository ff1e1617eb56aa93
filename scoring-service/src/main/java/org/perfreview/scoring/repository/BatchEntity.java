package org.perfreview.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "rulebook_override")
    public String rulebookOverride;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
