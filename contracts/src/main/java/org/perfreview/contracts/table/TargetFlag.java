package org.perfreview.contracts.table;

/** How an indicator's target value was understood. */
public enum TargetFlag {
    /** A number (possibly a percentage or a range) with a comparison operator. */
    NUMERIC,
    /** A date or deadline (2024年12月31日, 年底前). */
    DATE,
    /** 定性: a qualitative target (有效提升, 良好). */
    QUALITATIVE,
    /** 无 / 不适用 / / / —: a placeholder where content was expected. */
    PLACEHOLDER,
    /** 涉密: classified, cannot be reviewed online. */
    CLASSIFIED,
    /** Nothing filed. */
    MISSING
}
