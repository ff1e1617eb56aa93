package org.perfreview.intake.parse.layout;

import org.perfreview.intake.normalize.MoneyUnit;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Unit fields filed above the indicator header instead of in columns: "label：value" in one cell (单位编码：408001,
 * 填报单位（盖章）：…) and label | value pairs, one or several to a row (a vertical 资金总额 / 其中：一般公共预算拨款 /
 * … / 基本支出 / 项目支出 block, 年度绩效目标 | text). A row is taken only when every text in it belongs to a
 * field (a "label：value" cell with a label we do not know, such as 填报日期：…, is passed over).
 */
final class UnitFields {

    private final Lexicon lexicon;
    private Map<ColumnRole, Field> fields = new EnumMap<>(ColumnRole.class);
    private MoneyUnit.Declaration moneyUnit;

    UnitFields(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Takes the row when it is made of unit fields; false leaves it to the table detectors. */
    boolean offer(SheetRow row) {
        Map<ColumnRole, Field> found = read(row);
        if (found.isEmpty()) {
            return false;
        }
        found.forEach(fields::putIfAbsent);
        for (CellText c : row.nonBlankOrigins()) {
            if (Cells.key(c).startsWith("金额单位:")) {
                moneyUnit = MoneyUnit.Declaration.combine(moneyUnit, MoneyUnit.declaredIn(c.raw(), c.origin()));
            }
        }
        return true;
    }

    /** The 金额单位 a "金额单位：元" cell among the fields declares, or null; cleared by {@link #take}. */
    MoneyUnit.Declaration moneyUnit() {
        return moneyUnit;
    }

    /** The unit fields a row is made of, or an empty map when it is not such a row (nothing is kept). */
    Map<ColumnRole, Field> fieldsIn(SheetRow row) {
        return read(row);
    }

    /** The fields read so far, handed to the table they belong to; the collector starts empty again. */
    Map<ColumnRole, Field> take() {
        Map<ColumnRole, Field> taken = fields;
        fields = new EnumMap<>(ColumnRole.class);
        moneyUnit = null;
        return taken;
    }

    void clear() {
        fields.clear();
        moneyUnit = null;
    }

    private Map<ColumnRole, Field> read(SheetRow row) {
        Map<ColumnRole, Field> found = new EnumMap<>(ColumnRole.class);
        List<CellText> cells = row.nonBlankOrigins();
        for (int i = 0; i < cells.size(); i++) {
            CellText c = cells.get(i);
            String key = withoutLead(Cells.key(c));
            if (key.isEmpty()) {
                continue;
            }
            if (Lexicon.isLabelledValue(key)) {
                String label = key.substring(0, key.indexOf(':'));
                Lexicon.Match m = lexicon.match(label);
                if (m != null && !m.role().isIndicator()) {
                    found.putIfAbsent(m.role(), new Field(valueAfterColon(c), m, MoneyUnit.declaredIn(label, c.origin())));
                }
                continue;
            }
            Lexicon.Match m = lexicon.match(key);
            if (m == null && lexicon.isGroup(key)) {
                continue;
            }
            if (m == null || m.role().isIndicator() || i + 1 >= cells.size() || isLabel(cells.get(i + 1))) {
                return Map.of();
            }
            found.putIfAbsent(m.role(), new Field(cells.get(i + 1), m, MoneyUnit.declaredIn(c.raw(), c.origin())));
            i++;
        }
        return found;
    }

    private boolean isLabel(CellText cell) {
        String key = withoutLead(Cells.key(cell));
        return key.isEmpty() || lexicon.match(key) != null || lexicon.isGroup(key);
    }

    /** {@code 其中：一般公共预算拨款} and a lone {@code 其中} cell name nothing of their own. */
    private static String withoutLead(String key) {
        if (key.equals("其中")) {
            return "";
        }
        return key.startsWith("其中:") ? key.substring(3) : key;
    }

    /** The text after the label's colon, at the cell's position. */
    private static CellText valueAfterColon(CellText c) {
        String raw = c.raw();
        int colon = -1;
        for (int i = 0; i < raw.length() && colon < 0; i++) {
            if (raw.charAt(i) == ':' || raw.charAt(i) == '：') {
                colon = i;
            }
        }
        return new CellText(raw.substring(colon + 1).strip(), c.at(), c.origin());
    }

    /** One field: the cell holding its value, how its label matched, and the money unit the label declares. */
    record Field(CellText value, Lexicon.Match match, MoneyUnit.Declaration unit) {
    }
}
