package org.perfreview.intake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A file as uploaded, kept whether it was accepted or rejected. */
@Entity
@Table(name = "upload")
public class UploadEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID batchId;
    public String fileName;
    public String format;
    public long sizeBytes;
    public String checksum;
    public byte[] original;
    public String uploader;
    public Instant receivedAt;
    public String status;
    public String problems;
    /** The unitCode the file was filed for ("" when none was named). */
    public String filedFor;
}
