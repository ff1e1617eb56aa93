package org.perfreview.intake.service;

import org.perfreview.intake.persistence.SubmissionEntity;
import org.perfreview.contracts.table.ParseNote;
import org.perfreview.intake.parse.UnreadableFileException;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one upload: the submissions it made (or found unchanged), or why it was rejected. An accepted
 * upload may still list problems: the tables of it that were refused (no unit they could be attributed to).
 */
public record UploadResult(UUID uploadId, List<SubmissionEntity> submissions, boolean duplicate,
                           UnreadableFileException.Category rejection, List<ParseNote> problems) {

    static UploadResult accepted(UUID uploadId, List<SubmissionEntity> submissions, boolean duplicate) {
        return new UploadResult(uploadId, submissions, duplicate, null, List.of());
    }

    /** Accepted in part: {@code refusals} locate the tables that could not be attributed to a unit. */
    static UploadResult accepted(UUID uploadId, List<SubmissionEntity> submissions, boolean duplicate, List<ParseNote> refusals) {
        return new UploadResult(uploadId, submissions, duplicate, null, List.copyOf(refusals));
    }

    static UploadResult rejected(UUID uploadId, SubmissionEntity submission, UnreadableFileException.Category category, List<ParseNote> problems) {
        return new UploadResult(uploadId, List.of(submission), false, category, problems);
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
