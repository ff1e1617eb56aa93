package org.perfreview.scoring.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.perfreview.contracts.review.Review;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.Severity;
import org.perfreview.scoring.persistence.ReviewOutcomeEntity;
import org.perfreview.scoring.persistence.ScoreCardEntity;
import org.perfreview.scoring.persistence.ScoredTableEntity;
import org.perfreview.support.EventJson;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A batch's tables awaiting review: the latest version of each table that is not signed off (终审通过), not
 * returned to its unit (退回修改 waits for the refiling) and has no outcome yet in the round asked for (any round
 * when none is named); filtered, sorted and cut into pages.
 */
@ApplicationScoped
public class ReviewQueue {

    private static final Map<String, Comparator<Item>> SORTS = Map.of(
            "total", Comparator.comparing(Item::total),
            "grade", Comparator.comparing(Item::grade),
            "unreviewedErrors", Comparator.comparingInt(Item::unreviewedErrors),
            "department", Comparator.comparing(Item::department),
            "unitCode", Comparator.comparing(Item::unitCode));

    @Inject
    EntityManager em;
    @Inject
    EventJson json;

    public Page list(UUID batchId, Query q) {
        Comparator<Item> sort = SORTS.get(q.sort() == null ? "unreviewedErrors" : q.sort());
        if (sort == null) {
            throw new IllegalArgumentException("sort must be one of " + SORTS.keySet().stream().sorted().toList());
        }
        boolean descending = q.order() == null ? q.sort() == null : switch (q.order()) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new IllegalArgumentException("order must be asc or desc");
        };
        if (q.page() < 0 || q.size() < 1 || q.size() > 200) {
            throw new IllegalArgumentException("page must be ≥ 0 and size between 1 and 200");
        }
        Map<UUID, List<ReviewOutcomeEntity>> outcomes = ReviewOutcomeEntity.<ReviewOutcomeEntity>list("batchId = ?1 order by id", batchId).stream()
                .collect(Collectors.groupingBy(o -> o.submissionId));
        Map<String, Boolean> signedOff = ReviewOutcomeEntity.<ReviewOutcomeEntity>list("batchId = ?1 and outcome = ?2", batchId, Review.FINAL).stream()
                .collect(Collectors.toMap(o -> o.unitCode + "|" + o.tableKind + "|" + o.tableKey, o -> true, (a, b) -> a));
        Map<UUID, ScoreCardEntity> cards = latestCards(batchId);
        List<Item> items = ScoredTableEntity.latestOfBatch(batchId).stream()
                .filter(t -> !signedOff.containsKey(t.unitCode + "|" + t.tableKind + "|" + t.tableKey))
                .filter(t -> awaits(outcomes.getOrDefault(t.submissionId, List.of()), q.round()))
                .filter(t -> cards.containsKey(t.submissionId))
                .map(t -> item(t, json.readValue(cards.get(t.submissionId).body, ScoreCard.class), outcomes.getOrDefault(t.submissionId, List.of())))
                .filter(i -> q.grade() == null || q.grade().equals(i.grade()))
                .filter(i -> q.department() == null || q.department().equals(i.department()))
                .filter(i -> q.minTotal() == null || i.total().compareTo(q.minTotal()) >= 0)
                .filter(i -> q.maxTotal() == null || i.total().compareTo(q.maxTotal()) <= 0)
                .filter(i -> q.unreviewedErrors() == null || q.unreviewedErrors() == (i.unreviewedErrors() > 0))
                .sorted((descending ? sort.reversed() : sort).thenComparing(Item::unitCode).thenComparing(Item::tableKind)
                        .thenComparing(Item::tableKey))
                .toList();
        int from = Math.min(items.size(), q.page() * q.size());
        return new Page(q.page(), q.size(), items.size(), items.subList(from, Math.min(items.size(), from + q.size())));
    }

    private static boolean awaits(List<ReviewOutcomeEntity> ofVersion, String round) {
        return ofVersion.stream().noneMatch(o -> Review.RETURNED.equals(o.outcome) || round == null || round.equals(o.round));
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, ScoreCardEntity> latestCards(UUID batchId) {
        List<ScoreCardEntity> latest = em.createNativeQuery("select distinct on (submission_id) * from score_card where batch_id = ?1"
                + " order by submission_id, scoring_run desc", ScoreCardEntity.class).setParameter(1, batchId).getResultList();
        return latest.stream().collect(Collectors.toMap(c -> c.submissionId, Function.identity()));
    }

    private static Item item(ScoredTableEntity t, ScoreCard card, List<ReviewOutcomeEntity> outcomes) {
        int unreviewed = card.review() != null ? card.review().unreviewedErrors()
                : (int) card.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        Review.RoundOutcome last = card.review() == null || card.review().rounds().isEmpty() ? null
                : card.review().rounds().get(card.review().rounds().size() - 1);
        return new Item(t.submissionId, t.unitCode, card.unitName(), t.unitCode.length() >= 3 ? t.unitCode.substring(0, 3) : t.unitCode,
                t.tableKind, t.tableKey, t.version, card.total(), card.grade(),
                card.review() == null ? card.total() : card.review().machineTotal(), unreviewed, card.reviewed(),
                card.review() != null && card.review().afterSignOff(), last);
    }

    /** Filters, sort ({@code total}, {@code grade}, {@code unreviewedErrors}, {@code department}, {@code unitCode}), page. */
    public record Query(String round, String grade, String department, BigDecimal minTotal, BigDecimal maxTotal, Boolean unreviewedErrors,
                        String sort, String order, int page, int size) {
    }

    public record Page(int page, int size, int total, List<Item> items) {
    }

    /** One table awaiting review; {@code lastOutcome} is the table's latest round outcome (an earlier version's). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(UUID submissionId, String unitCode, String unitName, String department, String tableKind, String tableKey,
                       int version, BigDecimal total, String grade, BigDecimal machineTotal, int unreviewedErrors, boolean reviewed,
                       boolean afterSignOff, Review.RoundOutcome lastOutcome) {
    }
}
