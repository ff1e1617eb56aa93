package org.perfreview.report.aggregate;

import org.perfreview.contracts.score.ScoreCard;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * Which of two cards of the same table is newer: higher submission version, then higher scoring run,
 * then later {@code scoredAt}; the submission id breaks a full tie so the choice never depends on
 * arrival order. Cards equal under this order are treated as the same card.
 */
final class CardRecency {
    static final Comparator<ScoreCard> OLDEST_FIRST = Comparator
            .comparingInt((ScoreCard c) -> c.submission().version())
            .thenComparingInt(ScoreCard::scoringRun)
            .thenComparing(ScoreCard::scoredAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(ScoreCard::submissionId, Comparator.nullsFirst(Comparator.<UUID>naturalOrder()));

    private CardRecency() {
    }

    static boolean isNewer(ScoreCard candidate, ScoreCard current) {
        return current == null || OLDEST_FIRST.compare(candidate, current) > 0;
    }
}
