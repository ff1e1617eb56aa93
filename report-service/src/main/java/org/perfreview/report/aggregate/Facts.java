package org.perfreview.report.aggregate;

import org.perfreview.contracts.score.ScoreCard;

import java.math.BigDecimal;

/** Reads the money figures a score card carries in {@code facts}; a missing figure is unknown (null), never 0. */
public final class Facts {
    public static final String TOTAL_FUNDS = "totalFunds";
    public static final String PROJECT_FUNDS = "projectFunds";
    public static final String BASIC_FUNDS = "basicFunds";

    private Facts() {
    }

    public static BigDecimal totalFunds(ScoreCard card) {
        return get(card, TOTAL_FUNDS);
    }

    public static BigDecimal get(ScoreCard card, String key) {
        return card.facts() == null ? null : card.facts().get(key);
    }

    static String unitName(ScoreCard card) {
        if (card.unitName() != null && !card.unitName().isBlank()) {
            return card.unitName();
        }
        return card.submission() == null ? null : card.submission().unitName();
    }
}
