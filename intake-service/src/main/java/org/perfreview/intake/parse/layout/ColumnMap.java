package org.perfreview.intake.parse.layout;

import org.perfreview.intake.normalize.MoneyUnit;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Columns located by header text, never by index: each column's header path is read down the header rows
 * (merged header cells repeat over their region) and its last label names the role, by the {@link Lexicon}.
 * Extra blank columns, reordered columns and a 项目支出 header at the far right all fall out of this. A money
 * unit written anywhere in a column's header path (资金总额（元）, 年度预算申请（万元）) is kept for that column.
 */
public final class ColumnMap {

    private final Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
    private final Map<ColumnRole, CellText> headers = new EnumMap<>(ColumnRole.class);
    private final Map<ColumnRole, MoneyUnit.Declaration> units = new EnumMap<>(ColumnRole.class);
    private final Set<ColumnRole> weak = EnumSet.noneOf(ColumnRole.class);

    public static ColumnMap fromHeader(List<SheetRow> headerRows, Lexicon lexicon) {
        ColumnMap map = new ColumnMap();
        int width = headerRows.stream().mapToInt(SheetRow::width).max().orElse(0);
        for (int c = 1; c <= width; c++) {
            CellText leaf = null;
            MoneyUnit.Declaration unit = null;
            for (SheetRow row : headerRows) {
                CellText cell = row.cell(c);
                if (!cell.isBlank()) {
                    leaf = cell;
                    unit = MoneyUnit.Declaration.combine(unit, MoneyUnit.declaredIn(cell.raw(), cell.origin()));
                }
            }
            Lexicon.Match match = leaf == null ? null : lexicon.match(Labels.key(leaf.raw()));
            if (match != null) {
                map.put(match, c, leaf, unit);
            }
        }
        return map;
    }

    /** The first column of a role wins, except that a strong match replaces a weak one. */
    private void put(Lexicon.Match match, int column, CellText leaf, MoneyUnit.Declaration unit) {
        ColumnRole role = match.role();
        if (columns.containsKey(role) && (match.weak() || !weak.contains(role))) {
            return;
        }
        columns.put(role, column);
        headers.put(role, leaf);
        if (unit != null && role.isMoney()) {
            units.put(role, unit);
        } else {
            units.remove(role);
        }
        if (match.weak()) {
            weak.add(role);
        } else {
            weak.remove(role);
        }
    }

    /**
     * True when at least half of the row's texts are header labels: a header row, not a body row. Weak words
     * (编号, 合计) do not count: short body texts use them too.
     */
    public static boolean isHeaderRow(SheetRow row, Lexicon lexicon) {
        List<CellText> cells = row.nonBlank();
        if (cells.isEmpty()) {
            return false;
        }
        int labels = 0;
        for (CellText c : cells) {
            String key = Labels.key(c.raw());
            Lexicon.Match match = lexicon.match(key);
            if (match != null && !match.weak() || lexicon.isGroup(key)) {
                labels++;
            }
        }
        return labels > 0 && labels * 2 >= cells.size();
    }

    /** The roles a single row names (used to recognise the first header row of a table). */
    public static List<ColumnRole> rolesIn(SheetRow row, Lexicon lexicon) {
        List<ColumnRole> roles = new ArrayList<>();
        for (CellText c : row.nonBlankOrigins()) {
            ColumnRole role = lexicon.role(Labels.key(c.raw()));
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

    /** True when the role's column was found only by a weak word (a guess). */
    public boolean isWeak(ColumnRole role) {
        return weak.contains(role);
    }

    /** The money unit the column's header declares, or null. */
    public MoneyUnit.Declaration unit(ColumnRole role) {
        return units.get(role);
    }

    public boolean hasIndicators() {
        return has(ColumnRole.NAME) || has(ColumnRole.VALUE) || has(ColumnRole.LEVEL1);
    }
}
