package org.perfreview.report.aggregate;

import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.FindingLocation;

/**
 * The key that follows a finding from one version of a table to the next: {@code ruleCode@place}.
 * The place is the cell position {@code sheet!C12} (sheet!column+row; {@code sheet!12} without a
 * column), because a refiling that only rewrites text keeps the positions while the indicator's name
 * and the evidence change. Without a row the indicator's name is used, without both {@code 表} (a
 * table-level finding). Inserting rows shifts positions: such findings read as fixed + new.
 */
public final class FindingKeys {
    static final String TABLE_LEVEL = "表";

    private FindingKeys() {
    }

    public static String of(Finding finding) {
        return finding.ruleCode() + "@" + place(finding.location());
    }

    static String place(FindingLocation location) {
        if (location == null) {
            return TABLE_LEVEL;
        }
        if (location.row() != null) {
            String sheet = location.sheet() == null ? "" : location.sheet();
            String column = location.column() == null ? "" : location.column();
            return sheet + "!" + column + location.row();
        }
        if (location.indicator() != null && !location.indicator().isBlank()) {
            return location.indicator().strip();
        }
        return TABLE_LEVEL;
    }
}
