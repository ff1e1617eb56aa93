package org.perfreview.contracts.table;

/** The table kinds of docs/domain.md §2, with the Chinese title a reader recognises. */
public enum TableKind {
    OVERALL_TARGET("部门（单位）整体支出绩效目标表"),
    PROJECT_TARGET("项目支出绩效目标表"),
    OVERALL_SELF_EVAL("部门整体支出绩效自评表"),
    PROJECT_SELF_EVAL("项目支出绩效自评表"),
    BASE_DATA("部门整体支出绩效评价基础数据表");

    private final String title;

    TableKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isTarget() {
        return this == OVERALL_TARGET || this == PROJECT_TARGET;
    }
}
