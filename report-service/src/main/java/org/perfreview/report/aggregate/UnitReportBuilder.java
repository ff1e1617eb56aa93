package org.perfreview.report.aggregate;

import org.perfreview.contracts.report.UnitReport;
import org.perfreview.contracts.report.UnitReport.TableScore;
import org.perfreview.contracts.report.UnitReport.VersionChange;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A unit's report from all its score cards (every table, every version, re-scorings included): the
 * current card of each table with its findings grouped by dimension in sheet order, and per table the
 * change from each version to the next as {@link FindingKeys finding keys}. The headline (grade,
 * action, total) is the overall-target table's when there is one, else the worst table's.
 */
public final class UnitReportBuilder {
    private static final Comparator<TableId> TABLE_ORDER =
            Comparator.comparing(TableId::kind).thenComparing(TableId::tableKey);
    /** Worst first: lowest grade, then lowest total. */
    private static final Comparator<ScoreCard> WORST_FIRST = Comparator
            .comparing((ScoreCard c) -> Grades.label(c.grade()), Grades.BEST_FIRST.reversed())
            .thenComparing(ScoreCard::total, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()));

    private final Clock clock;

    public UnitReportBuilder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @param cards every card of one unit in one batch, in any order */
    public UnitReport build(Collection<ScoreCard> cards) {
        if (cards == null || cards.isEmpty()) {
            throw new IllegalArgumentException("no score cards");
        }
        checkOneUnit(cards);
        Map<TableId, List<ScoreCard>> byTable = cards.stream()
                .collect(Collectors.groupingBy(TableId::of, () -> new TreeMap<>(TABLE_ORDER), Collectors.toList()));
        List<TableScore> tables = new ArrayList<>();
        List<VersionChange> history = new ArrayList<>();
        List<ScoreCard> current = new ArrayList<>();
        byTable.values().forEach(tableCards -> {
            List<ScoreCard> versions = lastCardPerVersion(tableCards);
            ScoreCard latest = versions.get(versions.size() - 1);
            current.add(latest);
            tables.add(tableScore(latest));
            for (int i = 1; i < versions.size(); i++) {
                history.add(VersionDiff.between(versions.get(i - 1), versions.get(i)));
            }
        });
        ScoreCard headline = headline(current);
        TableId id = TableId.of(headline);
        return new UnitReport(id.batchId(), id.unitCode(), Facts.unitName(headline), headline.grade(),
                headline.action(), headline.total(), List.copyOf(tables), List.copyOf(history), clock.instant());
    }

    private static void checkOneUnit(Collection<ScoreCard> cards) {
        List<String> units = cards.stream().map(TableId::of).map(t -> t.batchId() + "/" + t.unitCode()).distinct().toList();
        if (units.size() > 1) {
            throw new IllegalArgumentException("cards of more than one unit or batch: " + units);
        }
    }

    /** Versions oldest first; of several scorings of one version, the newest. */
    private static List<ScoreCard> lastCardPerVersion(List<ScoreCard> tableCards) {
        TreeMap<Integer, ScoreCard> byVersion = new TreeMap<>();
        for (ScoreCard c : tableCards) {
            byVersion.merge(c.submission().version(), c, (a, b) -> CardRecency.isNewer(b, a) ? b : a);
        }
        return new ArrayList<>(byVersion.values());
    }

    private static ScoreCard headline(List<ScoreCard> current) {
        List<ScoreCard> overall = current.stream().filter(OverallTables::is).toList();
        return (overall.isEmpty() ? current : overall).stream().min(WORST_FIRST).orElseThrow();
    }

    private static TableScore tableScore(ScoreCard card) {
        TableId id = TableId.of(card);
        return new TableScore(card.submissionId(), id.kind(), id.tableKey().isEmpty() ? null : id.tableKey(),
                card.submission().version(), card.rulebookVersion(), card.total(), card.grade(), card.action(),
                DimensionKeys.ordered(card.dimensions()), bySheetDimension(card.findings()), card.deferredRules(), card.review(),
                card.provisionalDimensions());
    }

    /** Findings grouped by dimension in sheet order, the scorer's order kept inside a group. */
    static List<Finding> bySheetDimension(List<Finding> findings) {
        if (findings == null) {
            return List.of();
        }
        Comparator<Finding> byDimension = Comparator.comparingInt(
                f -> f.dimension() == null ? Integer.MAX_VALUE : DimensionKeys.position(DimensionKeys.normalize(f.dimension())));
        return findings.stream().sorted(byDimension).toList(); // stable sort
    }
}
