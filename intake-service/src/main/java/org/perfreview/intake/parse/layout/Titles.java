package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.TableKind;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.SheetRow;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the one-text lines around tables: titles (which start a new unit in a stacked sheet and name the
 * table kind) and noise lines to skip (金额单位：万元, 附件1, （2024年度）, 填表人…, 说明…).
 */
final class Titles {

    private static final List<String> TITLE_WORDS = List.of("绩效目标表", "自评表", "基础数据表", "申报表", "绩效目标");
    private static final Pattern NOISE = Pattern.compile(
            "^(金额单位|单位[:：]|附件\\d*|\\(\\d{4}年度?\\)|填表人|填报人|填报日期|说明|备注|注[:：]|单位负责人).*");

    /** A money unit after the title: 整体支出绩效目标表（单位：元）. */
    private static final Pattern UNIT_NOTE = Pattern.compile("\\((金额)?单位:[^)]*\\)$");

    private Titles() {
    }

    /** The heading a row states, or null when the row is not a title line. */
    static Heading heading(SheetRow row) {
        CellText only = onlyText(row);
        if (only == null) {
            return null;
        }
        String key = UNIT_NOTE.matcher(Cells.key(only)).replaceFirst("");
        if (key.length() > 80 || !key.endsWith("表") || TITLE_WORDS.stream().noneMatch(key::contains)) {
            return null;
        }
        return new Heading(Cells.text(only), kindOf(key));
    }

    static boolean isNoise(SheetRow row) {
        CellText only = onlyText(row);
        return only != null && NOISE.matcher(Cells.key(only)).matches();
    }

    static TableKind kindOf(String key) {
        if (key.contains("基础数据")) {
            return TableKind.BASE_DATA;
        }
        if (key.contains("自评")) {
            return key.contains("项目") ? TableKind.PROJECT_SELF_EVAL : TableKind.OVERALL_SELF_EVAL;
        }
        if (key.contains("目标")) {
            if (key.contains("项目")) {
                return TableKind.PROJECT_TARGET;
            }
            return TableKind.OVERALL_TARGET;
        }
        return null;
    }

    /** The row's single text (one cell, or one merged region spanning several), or null. */
    private static CellText onlyText(SheetRow row) {
        List<CellText> own = row.nonBlankOrigins();
        if (own.size() != 1) {
            return null;
        }
        for (CellText c : row.nonBlank()) {
            if (!c.origin().equals(own.get(0).origin())) {
                return null;
            }
        }
        return own.get(0);
    }
}
