package org.perfreview.report.aggregate;

import org.perfreview.contracts.report.CityReport.UnitRow;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.report.aggregate.UnitPlacement.Place;

import java.math.BigDecimal;
import java.util.Comparator;

/** Score-sheet lines from score cards, and the orders the report lists them in. */
final class UnitRows {
    private UnitRows() {
    }

    /** Control-list order, unlisted units after the listed ones by code, then kind and table key. */
    static final Comparator<Placed> LIST_ORDER = Comparator.comparingInt((Placed p) -> p.place().position())
            .thenComparing(p -> p.id().unitCode(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> p.id().kind())
            .thenComparing(p -> p.id().tableKey());

    /** The seed's appendix order: highest total first, then list order. */
    static final Comparator<Placed> RANK_ORDER = Comparator
            .comparing((Placed p) -> p.card().total(), Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(LIST_ORDER);

    /** 不合格 list order: by table kind, lowest total first, then list order. */
    static final Comparator<Placed> FAILING_ORDER = Comparator.comparing((Placed p) -> p.id().kind())
            .thenComparing(p -> p.card().total(), Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(LIST_ORDER);

    /** A current card with its identity and its place; its score-sheet line is made on first use. */
    static final class Placed {
        private final ScoreCard card;
        private final TableId id;
        private final Place place;
        private UnitRow row;

        Placed(ScoreCard card, Place place) {
            this.card = card;
            this.id = TableId.of(card);
            this.place = place;
        }

        ScoreCard card() {
            return card;
        }

        TableId id() {
            return id;
        }

        Place place() {
            return place;
        }

        UnitRow row() {
            if (row == null) {
                String seq = place == null || place.listed() == null ? null : place.listed().entry().seq();
                row = new UnitRow(seq, id.unitCode(), Facts.unitName(card), id.kind().name(),
                        id.tableKey().isEmpty() ? null : id.tableKey(), card.submissionId(), Facts.totalFunds(card),
                        DimensionKeys.ordered(card.dimensions()), card.total(), card.grade());
            }
            return row;
        }
    }
}
