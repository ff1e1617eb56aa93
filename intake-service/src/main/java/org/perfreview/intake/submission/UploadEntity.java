package org.perfreview.intake.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "batch_id")
    public UUID batchId;
    @Column(name = "file_name")
    public String fileName;
    public String format;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String checksum;
    public byte[] original;
    public String uploader;
    @Column(name = "received_at")
    public Instant receivedAt;
    public String status;
    public String problems;
    /** The unitCode the file was filed for ("" when none was named). */
    @Column(name = "filed_for")
    public String filedFor;
}
