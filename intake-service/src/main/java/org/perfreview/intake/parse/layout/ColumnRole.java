package org.perfreview.intake.parse.layout;

/**
 * What a column of a columnar table (or a labelled field above it) holds. The header words that name each
 * role are data: {@code layout/lexicon.json}, read by {@link Lexicon}.
 */
public enum ColumnRole {
    UNIT_CODE, UNIT_NAME, FUNDS_TOTAL, GENERAL_BUDGET, GOV_FUND, SPECIAL_ACCOUNT, OTHER_FUNDS, BASIC, PROJECT, GOAL,
    LEVEL1, LEVEL2, NAME, TYPE, VALUE, UNIT, EXPLANATION, SCORING, REMARK, ACTUAL, WEIGHT, SCORE, DEVIATION;

    public boolean isIndicator() {
        return ordinal() >= LEVEL1.ordinal();
    }

    /** A money field of the unit (资金总额 and its parts). */
    public boolean isMoney() {
        return ordinal() >= FUNDS_TOTAL.ordinal() && ordinal() <= PROJECT.ordinal();
    }
}
