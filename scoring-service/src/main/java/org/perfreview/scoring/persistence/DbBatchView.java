package org.perfreview.scoring.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.scoring.rules.AffectedTables;
import org.perfreview.scoring.rules.BatchView;
import org.perfreview.scoring.rules.GoalFingerprint;
import org.perfreview.support.EventJson;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rest of the batch as the database holds it: latest tables by unit, and goal look-ups through the
 * {@code goal_band} index (candidates sharing a band key, confirmed with the exact similarity), and the
 * look-ups cross-unit checks use to name the tables an arrival affects. A view serves one arrival: its scoring and
 * then the look-up of the tables it affects (ScoringService.accept), between which no other unit's goals change, so
 * a goal is looked up once for both (the copied-goal rule asks the same question in each), and a unit's tables are
 * read once however many rules ask for them.
 */
public class DbBatchView implements BatchView, AffectedTables {

    private final EntityManager em;
    private final EventJson json;
    private final UUID batchId;
    private final Map<String, List<IndexedMatch>> matched = new HashMap<>();
    private final Map<String, List<ScoredTableEntity>> latestByUnit = new HashMap<>();
    private final Map<UUID, NormalizedTable> parsed = new HashMap<>();

    public DbBatchView(EntityManager em, EventJson json, UUID batchId) {
        this.em = em;
        this.json = json;
        this.batchId = batchId;
    }

    /** The unit's latest tables, read once per view: several rules and the affected-tables look-up ask for them. */
    public List<ScoredTableEntity> latestOfUnit(String unitCode) {
        return latestByUnit.computeIfAbsent(unitCode, u -> ScoredTableEntity.latestOfUnit(batchId, u));
    }

    /** Read once per view: several rules ask for a unit's tables while one table is scored. */
    @Override
    public List<NormalizedTable> unitTables(String unitCode, TableKind kind) {
        return latestOfUnit(unitCode).stream()
                .filter(t -> t.tableKind.equals(kind.name()))
                .map(t -> parsed.computeIfAbsent(t.submissionId, id -> json.readValue(t.tableJson, NormalizedTable.class)))
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

    private List<IndexedMatch> matches(String unitCode, String goalText, double minSimilarity) {
        String key = unitCode + '\u0000' + minSimilarity + '\u0000' + goalText;
        List<IndexedMatch> known = matched.get(key);
        if (known == null) {
            known = List.copyOf(lookUp(unitCode, goalText, minSimilarity));
            matched.put(key, known);
        }
        return known;
    }

    @SuppressWarnings("unchecked")
    private List<IndexedMatch> lookUp(String unitCode, String goalText, double minSimilarity) {
        GoalFingerprint probe = GoalFingerprint.of(goalText);
        if (probe.isEmpty()) {
            return List.of();
        }
        List<Long> keys = new ArrayList<>();
        for (long k : probe.bandKeys()) {
            keys.add(k);
        }
        // Candidates ranked by how many band keys they share with the probe (a near-copy shares most of them), at most
        // MAX_PER_BAND_KEY entries read per key (in index order: first filed first) and MAX_CANDIDATES kept, so a goal
        // copied by thousands of units costs a bounded look-up, not one per copy. The index holds the columns read
        // here (V4__goal_band_covering.sql): the entries come from the index alone.
        List<Object[]> rows = em.createNativeQuery("select t.unit_code, t.unit_name, t.text, t.submission_id from goal_text t join ("
                        + "select b.submission_id, count(*) shared from unnest(cast(?2 as bigint[])) k(band_key) cross join lateral ("
                        + "select g.submission_id from goal_band g where g.batch_id = ?1 and g.band_key = k.band_key and g.unit_code <> ?3"
                        + " limit ?5) b group by b.submission_id order by shared desc limit ?4) c on c.submission_id = t.submission_id")
                .setParameter(1, batchId).setParameter(2, keys.toArray(Long[]::new)).setParameter(3, unitCode)
                .setParameter(4, MAX_CANDIDATES).setParameter(5, MAX_PER_BAND_KEY)
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

    /**
     * Indexes a table that became the latest of its unit table: its band keys and goal texts, each in one statement
     * with an array parameter (a table has up to a few dozen band keys; a statement per key was a round trip each).
     */
    public static void index(EntityManager em, UUID batchId, UUID submissionId, String unitCode, NormalizedTable table) {
        List<String> texts = GoalFingerprint.goalTexts(table);
        if (texts.isEmpty()) {
            return;
        }
        Set<Long> keys = new LinkedHashSet<>();
        for (String text : texts) {
            for (long k : GoalFingerprint.of(text).bandKeys()) {
                keys.add(k);
            }
        }
        em.unwrap(Session.class).doWork(connection -> {
            Array bandKeys = connection.createArrayOf("bigint", keys.toArray());
            Array goalTexts = connection.createArrayOf("text", texts.toArray());
            try (PreparedStatement bands = connection.prepareStatement(
                    "insert into goal_band(batch_id, band_key, submission_id, unit_code) select ?, unnest(?), ?, ?");
                 PreparedStatement goals = connection.prepareStatement(
                         "insert into goal_text(submission_id, batch_id, unit_code, unit_name, text) select ?, ?, ?, ?, unnest(?)")) {
                bands.setObject(1, batchId);
                bands.setArray(2, bandKeys);
                bands.setObject(3, submissionId);
                bands.setString(4, unitCode);
                bands.executeUpdate();
                goals.setObject(1, submissionId);
                goals.setObject(2, batchId);
                goals.setString(3, unitCode);
                goals.setString(4, table.unitNameValue());
                goals.setArray(5, goalTexts);
                goals.executeUpdate();
            } finally {
                bandKeys.free();
                goalTexts.free();
            }
        });
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
