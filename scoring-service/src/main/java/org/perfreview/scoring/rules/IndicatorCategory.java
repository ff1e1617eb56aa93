package org.perfreview.scoring.rules;

/**
 * The standard indicator hierarchy (docs/domain.md §2.2), recognised from the 一级/二级指标 cells. The Chinese
 * words are the labels units write; they are kept here, like {@code Dimension}'s labels, because they are
 * the fixed national template rather than a tunable threshold.
 */
public enum IndicatorCategory {
    ECONOMIC_COST(Group.COST, "经济成本指标"),
    SOCIAL_COST(Group.COST, "社会成本指标"),
    ECO_COST(Group.COST, "生态环境成本指标"),
    QUANTITY(Group.OUTPUT, "数量指标"),
    QUALITY(Group.OUTPUT, "质量指标"),
    TIMELINESS(Group.OUTPUT, "时效指标"),
    ECONOMIC_BENEFIT(Group.BENEFIT, "经济效益指标"),
    SOCIAL_BENEFIT(Group.BENEFIT, "社会效益指标"),
    ECO_BENEFIT(Group.BENEFIT, "生态效益指标"),
    SUSTAINABLE(Group.BENEFIT, "可持续影响指标"),
    SATISFACTION(Group.SATISFACTION, "服务对象满意度指标"),
    OTHER(Group.OTHER, "其他");

    public enum Group { COST, OUTPUT, BENEFIT, SATISFACTION, OTHER }

    private final Group group;
    private final String label;

    IndicatorCategory(Group group, String label) {
        this.group = group;
        this.label = label;
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** Reads the category from the level cells, whitespace already removed; level 2 decides, level 1 backs up. */
    public static IndicatorCategory of(String level1, String level2) {
        String l2 = level2 == null ? "" : level2;
        String l1 = level1 == null ? "" : level1;
        if (l2.contains("满意") || (l2.isEmpty() && l1.contains("满意"))) {
            return SATISFACTION;
        }
        if (l2.contains("数量")) {
            return QUANTITY;
        }
        if (l2.contains("质量")) {
            return QUALITY;
        }
        if (l2.contains("时效") || l2.contains("进度")) {
            return TIMELINESS;
        }
        if (l2.contains("成本")) {
            return l2.contains("社会") ? SOCIAL_COST : l2.contains("生态") || l2.contains("环境") ? ECO_COST : ECONOMIC_COST;
        }
        if (l2.contains("效益")) {
            return l2.contains("经济") ? ECONOMIC_BENEFIT : l2.contains("社会") ? SOCIAL_BENEFIT
                    : l2.contains("生态") ? ECO_BENEFIT : SOCIAL_BENEFIT;
        }
        if (l2.contains("可持续")) {
            return SUSTAINABLE;
        }
        return OTHER;
    }
}
