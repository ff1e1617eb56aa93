package org.perfreview.scoring.persistence;

import jakarta.persistence.EntityManager;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.scoring.rules.AffectedTables;
import org.perfreview.scoring.rules.BatchView;
import org.perfreview.scoring.rules.GoalFingerprint;
import org.perfreview.support.EventJson;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rest of the batch as the database holds it: latest tables by unit, and goal look-ups through the
 * {@code goal_band} index (candidates sharing a band key, confirmed with the exact similarity), and the
 * look-ups cross-unit checks use to name the tables an arrival affects.
 */
public class DbBatchView implements BatchView, AffectedTables {

    private final EntityManager em;
    private final EventJson json;
    private final UUID batchId;

    public DbBatchView(EntityManager em, EventJson json, UUID batchId) {
        this.em = em;
        this.json = json;
        this.batchId = batchId;
    }

    @Override
    public List<NormalizedTable> unitTables(String unitCode, TableKind kind) {
        return ScoredTableEntity.latestOfUnit(batchId, unitCode).stream()
                .filter(t -> t.tableKind.equals(kind.name()))
                .map(t -> json.readValue(t.tableJson, NormalizedTable.class))
                .toList();
    }

    @Override
    public List<GoalMatch> similarGoals(String unitCode, String goalText, double minSimilarity) {
        return matches(unitCode, goalText, minSimilarity).stream().map(IndexedMatch::goal).toList();
    }

    /**
     * The latest tables of other units in the batch holding a goal similar to {@code goalText}: the same
     * capped look-up as {@link #similarGoals}, so a goal copied by hundreds of units yields a bounded set.
     */
    @Override
    public Set<UUID> tablesWithSimilarGoal(String unitCode, String goalText, double minSimilarity) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (IndexedMatch m : matches(unitCode, goalText, minSimilarity)) {
            ids.add(m.submissionId());
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<IndexedMatch> matches(String unitCode, String goalText, double minSimilarity) {
        GoalFingerprint probe = GoalFingerprint.of(goalText);
        if (probe.isEmpty()) {
            return List.of();
        }
        List<Long> keys = new ArrayList<>();
        for (long k : probe.bandKeys()) {
            keys.add(k);
        }
        // Candidates ranked by how many band keys they share with the probe (a near-copy shares most of them),
        // capped so that a goal copied by hundreds of units costs a bounded look-up, not one per copy.
        List<Object[]> rows = em.createNativeQuery("select t.unit_code, t.unit_name, t.text, t.submission_id from goal_text t join ("
                        + "select submission_id, count(*) shared from goal_band where batch_id = ?1 and band_key in (?2) and unit_code <> ?3"
                        + " group by submission_id order by shared desc limit ?4) c on c.submission_id = t.submission_id")
                .setParameter(1, batchId).setParameter(2, keys).setParameter(3, unitCode).setParameter(4, MAX_CANDIDATES)
                .getResultList();
        List<IndexedMatch> matches = new ArrayList<>();
        for (Object[] row : rows) {
            String text = (String) row[2];
            double similarity = probe.jaccard(GoalFingerprint.of(text));
            if (similarity >= minSimilarity) {
                matches.add(new IndexedMatch((UUID) row[3], new GoalMatch((String) row[0], (String) row[1], text, similarity)));
            }
        }
        matches.sort(Comparator.comparingDouble((IndexedMatch m) -> m.goal().similarity()).reversed());
        return matches;
    }

    /** Replaces the band keys of a table that became the latest of its unit table. */
    public static void index(EntityManager em, UUID batchId, UUID submissionId, String unitCode, NormalizedTable table) {
        Set<Long> keys = new LinkedHashSet<>();
        for (String text : GoalFingerprint.goalTexts(table)) {
            for (long k : GoalFingerprint.of(text).bandKeys()) {
                keys.add(k);
            }
        }
        for (Long key : keys) {
            em.createNativeQuery("insert into goal_band(batch_id, band_key, submission_id, unit_code) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, batchId).setParameter(2, key).setParameter(3, submissionId).setParameter(4, unitCode)
                    .executeUpdate();
        }
        for (String text : GoalFingerprint.goalTexts(table)) {
            em.createNativeQuery("insert into goal_text(submission_id, batch_id, unit_code, unit_name, text) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, submissionId).setParameter(2, batchId).setParameter(3, unitCode)
                    .setParameter(4, table.unitNameValue()).setParameter(5, text).executeUpdate();
        }
    }

    public static void unindex(EntityManager em, UUID submissionId) {
        em.createNativeQuery("delete from goal_band where submission_id = ?1").setParameter(1, submissionId).executeUpdate();
        em.createNativeQuery("delete from goal_text where submission_id = ?1").setParameter(1, submissionId).executeUpdate();
    }

    @Override
    public Set<UUID> withCrossUnitFinding(Collection<UUID> submissionIds) {
        return ScoreCardEntity.withCrossUnitFinding(submissionIds);
    }

    /** A goal match and the submission (a latest table) it was found in. */
    private record IndexedMatch(UUID submissionId, GoalMatch goal) {
    }
}
