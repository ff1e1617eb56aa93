package org.perfreview.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public int fiscalYear;
    public String region;
    public String stage;
    public LocalDate deadline;
    public String rulebookVersion;
    public Instant createdAt;
    public String createdBy;
}
