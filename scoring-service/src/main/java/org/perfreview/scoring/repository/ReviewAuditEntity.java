package org.perfreview.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "batch_id")
    public UUID batchId;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "submission_id")
    public UUID submissionId;
    public String actor;
    public Instant at;
    public String action;
    public String subject;
    public String before;
    public String after;
}
