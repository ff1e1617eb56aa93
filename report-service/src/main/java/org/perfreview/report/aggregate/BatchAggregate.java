package org.perfreview.report.aggregate;

import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.report.CityReport;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.FindingLocation;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.TableKind;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The in-memory state of one batch's city report. {@link #apply} takes one score card and updates the
 * counters by that card alone (taking back the card it replaces), so an event costs O(its findings),
 * not O(batch). Applying is idempotent and order-insensitive: per table (batch + unit + kind + key)
 * only the newest card counts (see {@link CardRecency}); an older or equal card changes nothing.
 * {@link #snapshot} assembles a report in one O(n log n) pass. Thread-safe (one lock).
 */
public final class BatchAggregate {
    /** How many problems the report lists and how many units it quotes per problem. */
    public record Limits(int examplesPerProblem, int topProblems) {
        public static final Limits DEFAULT = new Limits(3, 10);
    }

    private final UUID batchId;
    private final Clock clock;
    private final Map<TableId, ScoreCard> latest = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<Integer, FindingLocation> rows = new HashMap<>();
    private final Counters counters;

    public BatchAggregate(UUID batchId) {
        this(batchId, Clock.systemUTC(), Limits.DEFAULT);
    }

    public BatchAggregate(UUID batchId, Clock clock, Limits limits) {
        this.batchId = Objects.requireNonNull(batchId, "batchId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.counters = new Counters(Objects.requireNonNull(limits, "limits"));
    }

    /** Rebuilds the state from stored cards (any order, old versions and duplicates allowed). */
    public static BatchAggregate rebuild(UUID batchId, Clock clock, Limits limits, Iterable<ScoreCard> cards) {
        BatchAggregate aggregate = new BatchAggregate(batchId, clock, limits);
        cards.forEach(aggregate::apply);
        return aggregate;
    }

    /** @return true if the card became its table's current card (and the counters changed) */
    public synchronized boolean apply(ScoreCard card) {
        TableId id = identify(card);
        ScoreCard current = latest.get(id);
        if (!CardRecency.isNewer(card, current)) {
            return false;
        }
        if (current != null) {
            counters.add(current, -1);
        }
        ScoreCard kept = compact(card);
        counters.add(kept, +1);
        latest.put(id, kept);
        return true;
    }

    /**
     * The card as the city report reads it, so that a 10,000-table batch fits the service's heap (a whole card is
     * some sixty rule outcomes and a dozen findings with their cells and fixes). Kept: identity and recency, grade,
     * total, dimensions, the filed money, the review, and per finding what the counters take back when the card is
     * replaced (rule, title, dimension, severity, row, the quoted evidence). Rule texts and names are the batch's one
     * copy of each. Downloads that list whole findings read the stored cards ({@link #isCurrent}).
     */
    private ScoreCard compact(ScoreCard c) {
        List<Finding> findings = c.findings() == null ? null : c.findings().stream().map(this::compact).toList();
        SubmissionRef s = c.submission();
        SubmissionRef ref = new SubmissionRef(s.submissionId(), s.batchId(), text(s.unitCode()), text(s.unitName()), s.tableKind(),
                text(s.tableKey()), s.version(), null, null, null, null);
        BigDecimal funds = Facts.totalFunds(c);
        return new ScoreCard(c.submissionId(), text(c.unitCode()), text(c.unitName()), text(c.rulebookVersion()), c.total(),
                text(c.grade()), text(c.action()), DimensionKeys.ordered(c.dimensions()), findings, List.of(), ref,
                funds == null ? Map.of() : Map.of(Facts.TOTAL_FUNDS, funds), c.scoredAt(), c.scoringRun(), c.reviewed(),
                c.review(), c.provisionalDimensions().stream().map(this::text).toList());
    }

    private Finding compact(Finding f) {
        Integer row = f.location() == null ? null : f.location().row();
        FindingLocation at = row == null ? null : rows.computeIfAbsent(row, r -> new FindingLocation(null, null, r, null, null));
        String evidence = f.evidence() == null || f.evidence().isBlank() ? null : f.evidence().strip();
        return new Finding(text(f.ruleCode()), text(f.title()), f.standard(), text(f.dimension()), f.severity(), null, at,
                evidence, null);
    }

    /** Every card of a batch repeats the same few hundred rule texts and unit names: kept once, they take a fraction of the heap. */
    private String text(String s) {
        return s == null ? null : texts.computeIfAbsent(s, k -> k);
    }

    /**
     * True when applying the card with this key would change nothing: it is its table's current card here, or an
     * older version or run than the current one. A card equal in version and run to another submission's needs its
     * body ({@link CardRecency} then compares scoring times), so it is not held.
     */
    public synchronized boolean holds(String unitCode, TableKind kind, String tableKey, int version, int scoringRun,
                                      UUID submissionId) {
        ScoreCard current = latest.get(TableId.of(batchId, unitCode, kind, tableKey));
        return current != null && (current.submissionId().equals(submissionId) && current.scoringRun() == scoringRun
                || CardRecency.supersedes(current, version, scoringRun));
    }

    /** True when {@code card} (a stored card, whole) is its table's current card here. */
    public synchronized boolean isCurrent(ScoreCard card) {
        ScoreCard current = latest.get(identify(card));
        return current != null && CardRecency.OLDEST_FIRST.compare(card, current) == 0;
    }

    /**
     * The city report as of now.
     *
     * @param batch    the batch (control list, header); null gives a report without control-list checks
     * @param round    review round this snapshot stands for (1 = 初审, ...)
     * @param previous the previous round's report for the comparison, or null
     */
    public synchronized CityReport snapshot(Batch batch, int round, CityReport previous) {
        if (batch != null && batch.id() != null && !batch.id().equals(batchId)) {
            throw new IllegalArgumentException("batch " + batch.id() + " is not " + batchId);
        }
        return new CityReportAssembler(batch, latest.values())
                .assemble(batchId, batch, round, previous, clock.instant(), counters);
    }

    /** The current card of every table as kept here (compacted, see {@link #compact(ScoreCard)}), by unit code, kind and key. */
    public synchronized List<ScoreCard> latestCards() {
        return latest.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(TableId::unitCode, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                        .thenComparing(TableId::kind).thenComparing(TableId::tableKey)))
                .map(Map.Entry::getValue).toList();
    }

    public synchronized int tableCount() {
        return latest.size();
    }

    public UUID batchId() {
        return batchId;
    }

    private TableId identify(ScoreCard card) {
        if (card == null || card.submission() == null || card.submission().tableKind() == null) {
            throw new IllegalArgumentException("score card without submission or table kind");
        }
        TableId id = TableId.of(card);
        if (!batchId.equals(id.batchId())) {
            throw new IllegalArgumentException("card of batch " + id.batchId() + " applied to " + batchId);
        }
        return id;
    }
}
