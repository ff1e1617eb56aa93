package org.perfreview.scoring.review;

import java.time.LocalDate;

/** A round outcome for a table: 通过, 退回修改 (with {@code refileDeadline}) or 终审通过. */
public record OutcomeRequest(String round, String outcome, LocalDate refileDeadline) {
}
