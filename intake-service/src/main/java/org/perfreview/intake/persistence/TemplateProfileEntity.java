package org.perfreview.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** One uploaded template profile version, its JSON as sent. */
@Entity
@Table(name = "template_profile")
public class TemplateProfileEntity extends PanacheEntityBase {
    @Id
    public String version;
    public String body;
    public Instant createdAt;
    public String createdBy;

    /** The profile in force: the newest version. */
    public static Optional<TemplateProfileEntity> newest() {
        return find("order by createdAt desc, version desc").firstResultOptional();
    }
}
