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

    /**
     * True when {@code current} is newer than any card of its table with this version and scoring run, known from those
     * two alone (on a tie of both the scoring time decides, which needs the card itself).
     */
    static boolean supersedes(ScoreCard current, int version, int scoringRun) {
        int byVersion = Integer.compare(current.submission().version(), version);
        return byVersion > 0 || byVersion == 0 && current.scoringRun() > scoringRun;
    }

    static boolean isNewer(ScoreCard candidate, ScoreCard current) {
        return current == null || OLDEST_FIRST.compare(candidate, current) > 0;
    }
}
