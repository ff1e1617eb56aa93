package org.perfreview.scoring.rules;

import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.table.Goal;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.Text;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a check may look at for one table: the table, its submission (file, arrival time), the batch
 * (null when unknown: deadline, control and staffing rules then defer), a view of the rest of the batch
 * (null: cross-table rules defer) and the scoring instant. Indicator rows are read once, lazily.
 */
public final class RuleContext {

    private final NormalizedTable table;
    private final SubmissionRef submission;
    private final Batch batch;
    private final BatchView batchView;
    private ReferenceLists referenceLists;
    private final Instant evaluatedAt;
    private List<IndicatorView> indicators;

    public RuleContext(NormalizedTable table, SubmissionRef submission, Batch batch, BatchView batchView,
                       Instant evaluatedAt) {
        this.table = Objects.requireNonNull(table, "table");
        this.submission = submission;
        this.batch = batch;
        this.batchView = batchView;
        this.evaluatedAt = evaluatedAt == null ? Instant.now() : evaluatedAt;
    }

    /** A table alone: no submission, batch or batch view. */
    public static RuleContext of(NormalizedTable table) {
        return new RuleContext(table, null, null, null, null);
    }

    public NormalizedTable table() {
        return table;
    }

    public SubmissionRef submission() {
        return submission;
    }

    public Batch batch() {
        return batch;
    }

    public BatchView batchView() {
        return batchView;
    }

    /**
     * The batch's reference lists indexed for look-ups: handed over when the caller keeps them per batch
     * version (the scoring service), else indexed here on first use.
     */
    public ReferenceLists referenceLists() {
        if (referenceLists == null) {
            referenceLists = ReferenceLists.of(batch);
        }
        return referenceLists;
    }

    /** Uses lists already indexed for this context's batch instead of indexing them again. */
    public RuleContext withReferenceLists(ReferenceLists lists) {
        this.referenceLists = lists;
        return this;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }

    public List<IndicatorView> indicators() {
        if (indicators == null) {
            indicators = table.indicators() == null ? List.of()
                    : table.indicators().stream().map(IndicatorView::new).toList();
        }
        return indicators;
    }

    /** Unit code from the table, else from the submission; "" when neither has one. */
    public String unitCode() {
        String code = Texts.compact(table.unitCodeValue());
        return code.isEmpty() && submission != null && submission.unitCode() != null ? submission.unitCode() : code;
    }

    public String unitName() {
        String name = table.unitNameValue().strip();
        return name.isEmpty() && submission != null && submission.unitName() != null ? submission.unitName() : name;
    }

    /** Goals of one kind with some text. */
    public List<Goal> goals(Goal.GoalKind kind) {
        return table.goalsOf(kind).stream().filter(g -> !Texts.compact(Text.valueOf(g.text())).isEmpty()).toList();
    }
}
