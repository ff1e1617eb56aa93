package org.perfreview.report.aggregate;

import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;

/** The overall-target table is the unit's headline table: it makes a unit "filed" and fills the score sheet. */
final class OverallTables {
    private OverallTables() {
    }

    static boolean is(ScoreCard card) {
        return card.submission().tableKind() == TableKind.OVERALL_TARGET;
    }
}
