package org.perfreview.intake.parse.layout;

import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Columns located by header text, never by index: each column's header path is read down the header rows
 * (merged header cells repeat over their region) and its last label names the role. Extra blank columns,
 * reordered columns and a 项目支出 header at the far right all fall out of this.
 */
public final class ColumnMap {

    private final Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
    private final Map<ColumnRole, CellText> headers = new EnumMap<>(ColumnRole.class);

    public static ColumnMap fromHeader(List<SheetRow> headerRows) {
        ColumnMap map = new ColumnMap();
        int width = headerRows.stream().mapToInt(SheetRow::width).max().orElse(0);
        for (int c = 1; c <= width; c++) {
            CellText leaf = null;
            for (SheetRow row : headerRows) {
                CellText cell = row.cell(c);
                if (!cell.isBlank()) {
                    leaf = cell;
                }
            }
            if (leaf != null) {
                ColumnRole role = ColumnRole.of(Labels.key(leaf.raw()));
                if (role != null && !map.columns.containsKey(role)) {
                    map.columns.put(role, c);
                    map.headers.put(role, leaf);
                }
            }
        }
        return map;
    }

    /** True when at least half of the row's texts are header labels: a header row, not a body row. */
    public static boolean isHeaderRow(SheetRow row) {
        List<CellText> cells = row.nonBlank();
        if (cells.isEmpty()) {
            return false;
        }
        int labels = 0;
        for (CellText c : cells) {
            String key = Labels.key(c.raw());
            if (ColumnRole.of(key) != null || Labels.isGroup(key)) {
                labels++;
            }
        }
        return labels > 0 && labels * 2 >= cells.size();
    }

    /** The roles a single row names (used to recognise the first header row of a table). */
    public static List<ColumnRole> rolesIn(SheetRow row) {
        List<ColumnRole> roles = new ArrayList<>();
        for (CellText c : row.nonBlankOrigins()) {
            ColumnRole role = ColumnRole.of(Labels.key(c.raw()));
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    public Integer column(ColumnRole role) {
        return columns.get(role);
    }

    public boolean has(ColumnRole role) {
        return columns.containsKey(role);
    }

    public CellText header(ColumnRole role) {
        return headers.get(role);
    }

    public boolean hasIndicators() {
        return has(ColumnRole.NAME) || has(ColumnRole.VALUE) || has(ColumnRole.LEVEL1);
    }
}
