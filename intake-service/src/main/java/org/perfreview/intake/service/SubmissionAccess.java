package org.perfreview.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.perfreview.intake.persistence.SubmissionEntity;
import org.perfreview.intake.persistence.UploadEntity;
import org.perfreview.support.problem.Forbidden;
import org.perfreview.support.problem.NotFound;
import org.perfreview.support.security.CallerScope;

import java.util.UUID;

/**
 * Who may read a submission: reviewers and admins, the staff of its unit, and — while no unit could be read
 * from the file (a rejected upload) — the person who uploaded it, so they can see why it was refused.
 */
@ApplicationScoped
public class SubmissionAccess {

    @Inject
    CallerScope caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public SubmissionEntity visible(UUID id) {
        SubmissionEntity s = SubmissionEntity.findById(id);
        if (s == null) {
            throw new NotFound("no submission " + id);
        }
        if (s.unitCode != null) {
            caller.requireUnit(s.unitCode);
        } else if (!caller.seesAllUnits()) {
            UploadEntity upload = UploadEntity.findById(s.uploadId);
            if (upload == null || !caller.name().equals(upload.uploader)) {
                throw new Forbidden("submission " + id + " belongs to another uploader");
            }
        }
        return s;
    }

    /** The file as uploaded, when it was kept (uploads over the size limit are refused before they are stored). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UploadEntity original(UUID id) {
        SubmissionEntity s = visible(id);
        UploadEntity upload = UploadEntity.findById(s.uploadId);
        if (upload == null || upload.original == null) {
            throw new NotFound("the original of submission " + id + " was not kept (it exceeded the size limit)");
        }
        return upload;
    }
}
