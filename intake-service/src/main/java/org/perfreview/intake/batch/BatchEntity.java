package org.perfreview.intake.batch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "batch")
public class BatchEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public String region;
    public String stage;
    public LocalDate deadline;
    @Column(name = "rulebook_version")
    public String rulebookVersion;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
