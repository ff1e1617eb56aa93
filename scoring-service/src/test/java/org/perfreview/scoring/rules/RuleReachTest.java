package org.perfreview.scoring.rules;

import org.junit.jupiter.api.Test;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.goal.GoalCopiedCheck;
import org.perfreview.scoring.score.ScoringEngine;
import org.perfreview.scoring.support.FixtureTables;
import org.perfreview.scoring.support.Rules;
import org.perfreview.scoring.support.Scoring;
import org.perfreview.scoring.support.TableBuilder;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the rules declare they read beyond their table, and the tables a cross-unit check names. */
class RuleReachTest {

    private static final RuleReach REACH = new RuleReach(Scoring.REGISTRY);
    private static final String GOAL = "围绕全市口岸经济发展大局，推进口岸平台拓展和口岸功能完善，全年完成口岸通关服务保障任务";
    private static final String OTHER_GOAL = "完成干部教育培训任务，全年培训党员干部一千六百人次，培训满意度不低于百分之九十五";

    @Test
    void theShippedRulebookDeclaresWhichRulesReadOtherTables() {
        assertThat(codes(Reach.BATCH)).containsExactly("GOAL-05");
        assertThat(codes(Reach.UNIT)).contains("GOAL-07").allMatch(c -> !c.equals("GOAL-05"));
        assertThat(REACH.rules(Scoring.DEFAULT, Reach.UNIT)).extracting(RuleSpec::check)
                .contains("funds.projectSum", "filing.projectTablesMissing", "goal.sameAsOtherTable");
        assertThat(REACH.crossUnit(Rules.spec("GOAL-05"))).isInstanceOf(GoalCopiedCheck.class);
    }

    @Test
    void aCardIsMarkedWhenACrossUnitRuleFoundSomething() {
        InMemoryBatchView view = new InMemoryBatchView();
        FixtureTables.all().forEach(view::add);
        ScoringEngine engine = new ScoringEngine(Scoring.REGISTRY);
        ScoreCard copying = engine.score(Scoring.DEFAULT, new RuleContext(FixtureTables.table("8"), null, null, view, Instant.now()));
        ScoreCard own = engine.score(Scoring.DEFAULT, new RuleContext(FixtureTables.table("1.1"), null, null, view, Instant.now()));
        assertThat(REACH.crossUnitFinding(Scoring.DEFAULT, copying)).isTrue();
        assertThat(REACH.crossUnitFinding(Scoring.DEFAULT, own)).isFalse();
    }

    @Test
    void aNewGoalReScoresTheUnflaggedTablesItCopies() {
        Tables tables = new Tables();
        UUID original = tables.holding(GOAL, false);
        UUID alreadyFlagged = tables.holding(GOAL, true);
        Set<UUID> affected = copied().affected(new Arrival("999001", overall(GOAL), null), Rules.spec("GOAL-05"), tables);
        assertThat(affected).containsExactly(original);
    }

    @Test
    void aRefiledGoalReScoresTheTablesFlaggedAsCopiesOfTheOldOne() {
        Tables tables = new Tables();
        UUID formerCopy = tables.holding(OTHER_GOAL, true);
        tables.holding(OTHER_GOAL, false); // not flagged: its verdict cannot change by the old goal leaving
        UUID newOriginal = tables.holding(GOAL, false);
        Set<UUID> affected = copied().affected(new Arrival("999001", overall(GOAL), overall(OTHER_GOAL)), Rules.spec("GOAL-05"), tables);
        assertThat(affected).containsExactlyInAnyOrder(newOriginal, formerCopy);
    }

    @Test
    void goalsBelowTheRulesMinimumLengthReScoreNothing() {
        Tables tables = new Tables();
        tables.holding("加强管理", false);
        assertThat(copied().affected(new Arrival("999001", overall("加强管理"), null), Rules.spec("GOAL-05"), tables)).isEmpty();
    }

    private static List<String> codes(Reach reach) {
        return REACH.rules(Scoring.DEFAULT, reach).stream().map(RuleSpec::code).toList();
    }

    private static CrossUnitCheck copied() {
        return REACH.crossUnit(Rules.spec("GOAL-05"));
    }

    private static NormalizedTable overall(String goal) {
        return TableBuilder.overall("999001", "某单位").goal(goal).build();
    }

    /** Other units' tables by the goal they hold (exact text), and whether their card is flagged. */
    private static final class Tables implements AffectedTables {
        private final Map<String, Set<UUID>> byGoal = new HashMap<>();
        private final Set<UUID> flagged = new HashSet<>();

        UUID holding(String goal, boolean flaggedCard) {
            UUID id = UUID.randomUUID();
            byGoal.computeIfAbsent(goal, g -> new HashSet<>()).add(id);
            if (flaggedCard) {
                flagged.add(id);
            }
            return id;
        }

        @Override
        public Set<UUID> tablesWithSimilarGoal(String unitCode, String goalText, double minSimilarity) {
            return new HashSet<>(byGoal.getOrDefault(goalText, Set.of()));
        }

        @Override
        public Set<UUID> withCrossUnitFinding(Collection<UUID> submissionIds) {
            Set<UUID> out = new HashSet<>(submissionIds);
            out.retainAll(flagged);
            return out;
        }
    }
}
