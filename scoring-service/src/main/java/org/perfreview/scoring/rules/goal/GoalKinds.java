package org.perfreview.scoring.rules.goal;

import org.perfreview.contracts.table.Goal.GoalKind;
import org.perfreview.contracts.table.TableKind;

import java.util.List;

/** Which goal texts each table kind must carry (整体绩效目标; 中长期 and 年度目标; 预期目标). */
final class GoalKinds {

    private GoalKinds() {
    }

    static List<GoalKind> required(TableKind kind) {
        return switch (kind) {
            case OVERALL_TARGET -> List.of(GoalKind.OVERALL);
            case PROJECT_TARGET -> List.of(GoalKind.LONG_TERM, GoalKind.ANNUAL);
            case OVERALL_SELF_EVAL, PROJECT_SELF_EVAL -> List.of(GoalKind.EXPECTED);
            case BASE_DATA -> List.of();
        };
    }

    static String label(GoalKind kind) {
        return switch (kind) {
            case OVERALL -> "整体绩效目标";
            case LONG_TERM -> "中长期目标";
            case ANNUAL -> "年度目标";
            case EXPECTED -> "预期目标";
            case ACTUAL -> "实际完成情况";
        };
    }
}
