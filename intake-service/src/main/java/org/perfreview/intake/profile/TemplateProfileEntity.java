package org.perfreview.intake.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    /** The profile in force: the newest version. */
    public static Optional<TemplateProfileEntity> newest() {
        return find("order by createdAt desc, version desc").firstResultOptional();
    }
}
