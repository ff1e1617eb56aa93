package org.perfreview.report.aggregate;

import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;

import java.util.Objects;
import java.util.UUID;

/** Identity of one filed table across its versions: batch + unit + kind + key. */
record TableId(UUID batchId, String unitCode, TableKind kind, String tableKey) {

    static TableId of(ScoreCard card) {
        SubmissionRef ref = Objects.requireNonNull(card.submission(), "score card without submission");
        String unit = ref.unitCode() != null ? ref.unitCode() : card.unitCode();
        return of(ref.batchId(), unit, ref.tableKind(), ref.tableKey());
    }

    /** A table without a key (every kind but project tables) has the empty key. */
    static TableId of(UUID batchId, String unitCode, TableKind kind, String tableKey) {
        return new TableId(batchId, unitCode, kind, tableKey == null ? "" : tableKey);
    }
}
