package org.perfreview.contracts.score;

/**
 * The eight dimensions of the 审核情况表, in the seed score sheet's column order. Their points come
 * from the rulebook; {@code key} is the JSON name used in score cards.
 */
public enum Dimension {
    BASIC_INFO("basicInfo", "基本信息"),
    GOAL("goal", "绩效目标"),
    INDICATORS("indicators", "绩效评价指标"),
    INDICATOR_VALUES("indicatorValues", "绩效评价指标标准值"),
    FUND_MANAGEMENT("fundManagement", "项目资金管理"),
    TIMELINESS("timeliness", "上报时效性"),
    COMPLETENESS("completeness", "上报完整性"),
    QUALITY("quality", "上报的质量");

    private final String key;
    private final String label;

    Dimension(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Dimension fromKey(String key) {
        for (Dimension d : values()) {
            if (d.key.equals(key) || d.name().equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dimension: " + key);
    }
}
