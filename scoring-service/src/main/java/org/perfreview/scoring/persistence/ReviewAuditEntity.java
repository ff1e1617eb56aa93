package org.perfreview.scoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of the append-only review audit log: who did what to which table, when, before → after. */
@Entity
@Table(name = "review_audit")
public class ReviewAuditEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID batchId;
    public String unitCode;
    public UUID submissionId;
    public String actor;
    public Instant at;
    public String action;
    public String subject;
    public String before;
    public String after;
}
