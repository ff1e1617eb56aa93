package org.perfreview.contracts.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.table.TableKind;

import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The 一次性告知书 of one unit and round: every table the round decided on, its score, outcome and refile
 * deadline, and every finding still open on it grouped by dimension (position, evidence, fix). Names no
 * reviewer. Payload of NoticeIssued on {@code perf.notices}; the DOCX and HTML downloads are rendered from it.
 *
 * @param refileDeadline the earliest refile deadline of the round's 退回修改 outcomes, if any
 * @param downloads      the paths of the DOCX and HTML renderings on the report service
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notice(
        @NotNull UUID batchId,
        @NotNull String unitCode,
        String unitName,
        @NotNull String round,
        LocalDate refileDeadline,
        int openFindings,
        @NotNull List<NoticeTable> tables,
        List<String> downloads,
        Instant issuedAt) {

    /** One table as the round left it: the version decided on, its reviewed score and open findings. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NoticeTable(
            UUID submissionId,
            TableKind tableKind,
            String tableKey,
            int version,
            BigDecimal total,
            String grade,
            String outcome,
            LocalDate refileDeadline,
            List<DimensionFindings> dimensions) {
    }

    /** The open findings of one dimension, in sheet order. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DimensionFindings(String dimension, String label, List<Finding> findings) {
    }
}
