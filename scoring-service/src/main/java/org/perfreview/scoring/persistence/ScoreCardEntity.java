package org.perfreview.scoring.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.perfreview.contracts.score.ScoreCard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One score of one submission; every rescoring adds a row with the next scoring run. */
@Entity
@Table(name = "score_card")
@IdClass(ScoreCardEntity.Key.class)
public class ScoreCardEntity extends PanacheEntityBase {
    @Id
    public UUID submissionId;
    @Id
    public int scoringRun;
    public UUID batchId;
    public String unitCode;
    public String rulebookVersion;
    public BigDecimal total;
    public String grade;
    public String body;
    public Instant scoredAt;
    /** The card has a finding of a rule that reads other units' tables (reach BATCH, see rules/Reach.java). */
    public boolean crossUnitFinding;
    /** The card is a reviewed one (decisions applied to the machine card of an earlier run). */
    public boolean reviewed;

    /** The row of a card (not yet persisted); {@code body} is the card as JSON. */
    public static ScoreCardEntity of(ScoreCard card, UUID batchId, String unitCode, String body, boolean crossUnitFinding) {
        ScoreCardEntity entity = new ScoreCardEntity();
        entity.submissionId = card.submissionId();
        entity.scoringRun = card.scoringRun();
        entity.batchId = batchId;
        entity.unitCode = unitCode;
        entity.rulebookVersion = card.rulebookVersion();
        entity.total = card.total();
        entity.grade = card.grade();
        entity.body = body;
        entity.scoredAt = card.scoredAt();
        entity.crossUnitFinding = crossUnitFinding;
        entity.reviewed = card.reviewed();
        return entity;
    }

    public static Optional<ScoreCardEntity> latest(UUID submissionId) {
        return find("submissionId = ?1 order by scoringRun desc", submissionId).firstResultOptional();
    }

    /** The newest card the rules produced, without reviewer decisions. */
    public static Optional<ScoreCardEntity> latestMachine(UUID submissionId) {
        return find("submissionId = ?1 and reviewed = false order by scoringRun desc", submissionId).firstResultOptional();
    }

    /** The latest card of every latest table of the batch, in the tables' order: one query for the batch's score list. */
    public static List<ScoreCardEntity> latestOfBatch(UUID batchId) {
        return getEntityManager().createQuery("select c from ScoreCardEntity c, ScoredTableEntity t"
                        + " where t.batchId = ?1 and t.latest = true and c.submissionId = t.submissionId"
                        + " and c.scoringRun = (select max(l.scoringRun) from ScoreCardEntity l where l.submissionId = c.submissionId)"
                        + " order by t.unitCode, t.tableKind, t.tableKey", ScoreCardEntity.class)
                .setParameter(1, batchId).getResultList();
    }

    public static int nextRun(UUID submissionId) {
        // the number only: reading the latest card would also read its body, which this does not need
        Integer last = getEntityManager().createQuery(
                        "select max(c.scoringRun) from ScoreCardEntity c where c.submissionId = ?1", Integer.class)
                .setParameter(1, submissionId).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** Of {@code submissionIds}, those whose latest card already has a finding of a cross-unit rule. */
    @SuppressWarnings("unchecked")
    public static Set<UUID> withCrossUnitFinding(Collection<UUID> submissionIds) {
        if (submissionIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> ids = getEntityManager().createNativeQuery("select submission_id from (select distinct on (submission_id)"
                        + " submission_id, cross_unit_finding from score_card where submission_id in (?1)"
                        + " order by submission_id, scoring_run desc) c where cross_unit_finding")
                .setParameter(1, submissionIds).getResultList();
        return new HashSet<>(ids);
    }

    public static class Key implements Serializable {
        public UUID submissionId;
        public int scoringRun;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(submissionId, k.submissionId) && scoringRun == k.scoringRun;
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, scoringRun);
        }
    }
}
