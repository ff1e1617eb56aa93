package org.perfreview.scoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stored rulebook version: inserted once, never updated. */
@Entity
@Table(name = "rulebook")
public class RulebookEntity extends PanacheEntityBase {
    @Id
    public String version;
    public String body;
    public Instant createdAt;
    public String createdBy;
}
