package org.perfreview.intake.parse.layout;

import java.util.List;
import java.util.Map;

/** Stable English keys for the lines of 部门整体支出绩效评价基础数据表, from their labels (most specific first). */
final class BaseDataKeys {

    private static final List<Map.Entry<String, String>> KEYS = List.of(
            Map.entry("三公经费", "threePublic"),
            Map.entry("公务用车购置和维护", "officialCars"),
            Map.entry("公车购置", "carPurchase"),
            Map.entry("公车运行维护", "carOperation"),
            Map.entry("出国", "overseasTravel"),
            Map.entry("公务接待", "reception"),
            Map.entry("业务工作经费", "projectBusiness"),
            Map.entry("运行维护经费", "projectOperation"),
            Map.entry("专项资金", "projectSpecial"),
            Map.entry("项目支出", "projectExpense"),
            Map.entry("公用经费", "publicExpense"),
            Map.entry("办公经费", "officeExpense"),
            Map.entry("差旅费", "travel"),
            Map.entry("水费", "utilities"),
            Map.entry("电费", "utilities"),
            Map.entry("会议费", "meetingTraining"),
            Map.entry("培训费", "meetingTraining"),
            Map.entry("政府采购", "procurement"),
            Map.entry("基本支出预算调整", "basicBudgetAdjustment"));

    private BaseDataKeys() {
    }

    /** The key of a line label, or null for a line the reader does not know. */
    static String of(String labelKey) {
        for (Map.Entry<String, String> e : KEYS) {
            if (labelKey.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
