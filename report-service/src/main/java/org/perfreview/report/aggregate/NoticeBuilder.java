package org.perfreview.report.aggregate;

import org.perfreview.contracts.review.Notice;
import org.perfreview.contracts.review.Notice.DimensionFindings;
import org.perfreview.contracts.review.Notice.NoticeTable;
import org.perfreview.contracts.review.Review;
import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The 一次性告知书 of a unit and round from the unit's score cards: for every table with an outcome in that round,
 * the newest card of the version the outcome was recorded on (its open findings are the ones in force on it,
 * dismissed findings gone, added ones in), grouped by dimension in sheet order. Tables the round has not decided on
 * are left out; no outcome in the round means no notice.
 */
public final class NoticeBuilder {

    private NoticeBuilder() {
    }

    public static Optional<Notice> build(UUID batchId, String unitCode, String round, Collection<ScoreCard> unitCards,
                                         List<String> downloads, Instant issuedAt) {
        Map<TableId, List<ScoreCard>> byTable = unitCards.stream().collect(Collectors.groupingBy(TableId::of,
                () -> new TreeMap<>(Comparator.comparing(TableId::kind).thenComparing(TableId::tableKey)), Collectors.toList()));
        List<NoticeTable> tables = new ArrayList<>();
        String unitName = null;
        for (List<ScoreCard> cards : byTable.values()) {
            ScoreCard newest = cards.stream().max(CardRecency.OLDEST_FIRST).orElseThrow();
            Optional<Review.RoundOutcome> outcome = newest.review() == null ? Optional.empty()
                    : newest.review().rounds().stream().filter(o -> round.equals(o.round())).reduce((a, b) -> b);
            if (outcome.isEmpty()) {
                continue;
            }
            UUID decidedOn = outcome.get().submissionId();
            ScoreCard card = cards.stream().filter(c -> decidedOn.equals(c.submissionId())).max(CardRecency.OLDEST_FIRST).orElse(newest);
            unitName = unitName != null ? unitName : Facts.unitName(card);
            TableId id = TableId.of(card);
            tables.add(new NoticeTable(card.submissionId(), id.kind(), id.tableKey().isEmpty() ? null : id.tableKey(),
                    card.submission().version(), card.total(), card.grade(), outcome.get().outcome(), outcome.get().refileDeadline(),
                    byDimension(card.findings())));
        }
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        LocalDate deadline = tables.stream().map(NoticeTable::refileDeadline).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        int open = tables.stream().mapToInt(t -> t.dimensions().stream().mapToInt(d -> d.findings().size()).sum()).sum();
        return Optional.of(new Notice(batchId, unitCode, unitName, round, deadline, open, List.copyOf(tables), downloads, issuedAt));
    }

    /** Rounds whose outcomes {@code card} carries and the table's previous card did not: a notice is due for each. */
    public static Set<String> newOutcomeRounds(ScoreCard card, Collection<ScoreCard> unitCards) {
        if (card.review() == null || card.review().rounds().isEmpty()) {
            return Set.of();
        }
        TableId table = TableId.of(card);
        int before = unitCards.stream()
                .filter(c -> TableId.of(c).equals(table) && CardRecency.OLDEST_FIRST.compare(c, card) < 0)
                .max(CardRecency.OLDEST_FIRST)
                .map(c -> c.review() == null ? 0 : c.review().rounds().size()).orElse(0);
        List<Review.RoundOutcome> rounds = card.review().rounds();
        Set<String> due = new LinkedHashSet<>();
        rounds.subList(Math.min(before, rounds.size()), rounds.size()).forEach(o -> due.add(o.round()));
        return due;
    }

    private static List<DimensionFindings> byDimension(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        UnitReportBuilder.bySheetDimension(findings).forEach(f ->
                groups.computeIfAbsent(DimensionKeys.normalize(f.dimension()), k -> new ArrayList<>()).add(f));
        List<DimensionFindings> out = new ArrayList<>();
        groups.forEach((key, list) -> out.add(new DimensionFindings(key, label(key), List.copyOf(list))));
        return out;
    }

    private static String label(String key) {
        try {
            return Dimension.fromKey(key).label();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
