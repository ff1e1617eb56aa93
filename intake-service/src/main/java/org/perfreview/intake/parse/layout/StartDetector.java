package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.TableKind;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.List;

/** Recognises the first row of a table: an overall table's header, or the first label of a form table. */
final class StartDetector {

    private StartDetector() {
    }

    /** A header row that opens an overall table: 单位编码, or 单位名称 next to 资金总额/绩效目标. */
    static boolean isOverallHeader(SheetRow row, Lexicon lexicon) {
        if (!ColumnMap.isHeaderRow(row, lexicon)) {
            return false;
        }
        List<ColumnRole> roles = ColumnMap.rolesIn(row, lexicon);
        boolean nameWithFunds = roles.contains(ColumnRole.UNIT_NAME)
                && (roles.contains(ColumnRole.FUNDS_TOTAL) || roles.contains(ColumnRole.GOAL));
        return roles.contains(ColumnRole.UNIT_CODE) || nameWithFunds;
    }

    /**
     * An indicator header of a form whose levels are section rows: 指标名称 and 指标值 but no level columns.
     * Only a table start in the segmenter: form tables find their indicator block by {@link #isIndicatorHeader}.
     */
    static boolean isSectionedIndicatorHeader(SheetRow row, Lexicon lexicon) {
        List<ColumnRole> roles = ColumnMap.rolesIn(row, lexicon);
        return ColumnMap.isHeaderRow(row, lexicon) && roles.contains(ColumnRole.NAME) && roles.contains(ColumnRole.VALUE)
                && !roles.contains(ColumnRole.LEVEL1) && !roles.contains(ColumnRole.LEVEL2);
    }

    /** An indicator header (一级指标 … 三级指标) with no unit columns. */
    static boolean isIndicatorHeader(SheetRow row, Lexicon lexicon) {
        List<ColumnRole> roles = ColumnMap.rolesIn(row, lexicon);
        return ColumnMap.isHeaderRow(row, lexicon) && roles.contains(ColumnRole.LEVEL1)
                && (roles.contains(ColumnRole.NAME) || roles.contains(ColumnRole.LEVEL2));
    }

    /** The form kind a row's first label announces, or null. Project tables are told apart later (目标 vs 自评). */
    static TableKind formKind(SheetRow row) {
        for (CellText c : row.nonBlankOrigins()) {
            String key = Cells.key(c);
            if (Labels.isLabel(key, "项目名称", "项目支出名称")) {
                return TableKind.PROJECT_TARGET;
            }
            if (Labels.isLabel(key, "编制数", "财政供养人员")) {
                return TableKind.BASE_DATA;
            }
            if (Labels.isLabel(key, "预算部门名称", "部门名称")) {
                return TableKind.OVERALL_SELF_EVAL;
            }
        }
        return null;
    }
}
