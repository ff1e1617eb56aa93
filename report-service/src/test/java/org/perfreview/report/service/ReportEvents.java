package org.perfreview.report.service;

import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.testsupport.Envelopes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** TEST-ONLY: BatchUpdated / SubmissionScored events. */
final class ReportEvents {

    private ReportEvents() {
    }

    /** Department 1 (a 系统 row and two units) and department 2 (one unit): three units expected, 2300 万元. */
    static Batch batch(UUID batchId) {
        return new Batch(batchId, 2024, "某市", "预算编制", LocalDate.of(2024, 11, 15), null, List.of(
                new ControlEntry("1", null, "某市教育局", BigDecimal.valueOf(1500), true),
                new ControlEntry("1-1", "201001", "某市教育局机关", BigDecimal.valueOf(1000), false),
                new ControlEntry("1-2", "201002", "某市第一中学", BigDecimal.valueOf(500), false),
                new ControlEntry("2", "202001", "某市卫生健康委员会", BigDecimal.valueOf(800), false)), List.of());
    }

    static String batchUpdated(Batch batch) {
        return Envelopes.write(Events.BATCH_UPDATED.envelope(batch.id(), null, batch));
    }

    /** A fresh envelope (new event id) around the card, as a re-publication would be. */
    static String scored(ScoreCard card) {
        return Envelopes.write(Events.SUBMISSION_SCORED.envelope(card.submission().batchId(),
                card.submissionId(), card));
    }
}
