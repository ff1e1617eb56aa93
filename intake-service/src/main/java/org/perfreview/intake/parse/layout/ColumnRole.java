package org.perfreview.intake.parse.layout;

/** What a column of a columnar table holds, recognised from its header text. */
public enum ColumnRole {
    UNIT_CODE, UNIT_NAME, FUNDS_TOTAL, GENERAL_BUDGET, GOV_FUND, SPECIAL_ACCOUNT, OTHER_FUNDS, BASIC, PROJECT, GOAL,
    LEVEL1, LEVEL2, NAME, TYPE, VALUE, UNIT, EXPLANATION, SCORING, REMARK, ACTUAL, WEIGHT, SCORE, DEVIATION;

    /** The role a header leaf names, or null (an unknown or blank header: the column is ignored). */
    public static ColumnRole of(String key) {
        if (key.isEmpty() || key.length() > 16) {
            return null;
        }
        if (has(key, "单位编码", "单位代码", "部门编码")) {
            return UNIT_CODE;
        }
        if (has(key, "单位名称", "部门名称")) {
            return UNIT_NAME;
        }
        if (key.contains("一级指标")) {
            return LEVEL1;
        }
        if (key.contains("二级指标")) {
            return LEVEL2;
        }
        if (has(key, "三级指标", "指标名称", "指标内容")) {
            return NAME;
        }
        if (has(key, "指标值类型", "指标类型", "比较符", "运算符")) {
            return TYPE;
        }
        if (key.contains("实际完成")) {
            return ACTUAL;
        }
        if (key.contains("中长期")) {
            return null;
        }
        if (has(key, "指标值", "目标值")) {
            return VALUE;
        }
        if (has(key, "计量单位", "度量单位") || key.equals("单位")) {
            return UNIT;
        }
        return otherRole(key);
    }

    private static ColumnRole otherRole(String key) {
        if (has(key, "指标解释", "指标说明")) {
            return EXPLANATION;
        }
        if (has(key, "分标准", "评分规则", "评分方法", "扣分")) {
            return SCORING;
        }
        if (key.contains("备注")) {
            return REMARK;
        }
        if (key.contains("偏差")) {
            return DEVIATION;
        }
        if (has(key, "分值", "权重")) {
            return WEIGHT;
        }
        if (key.contains("得分")) {
            return SCORE;
        }
        return fundsRole(key);
    }

    private static ColumnRole fundsRole(String key) {
        if (has(key, "资金总额", "合计", "年度预算申请")) {
            return FUNDS_TOTAL;
        }
        if (key.contains("一般公共预算")) {
            return GENERAL_BUDGET;
        }
        if (key.contains("政府性基金")) {
            return GOV_FUND;
        }
        if (key.contains("专户")) {
            return SPECIAL_ACCOUNT;
        }
        if (key.contains("其他资金") || key.equals("其他")) {
            return OTHER_FUNDS;
        }
        if (key.contains("基本支出")) {
            return BASIC;
        }
        if (key.contains("项目支出")) {
            return PROJECT;
        }
        if (key.contains("绩效目标") && !key.contains("指标")) {
            return GOAL;
        }
        return null;
    }

    public boolean isIndicator() {
        return ordinal() >= LEVEL1.ordinal();
    }

    private static boolean has(String key, String... words) {
        for (String w : words) {
            if (key.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
