package org.perfreview.intake.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders the expected overall tables (fixtures {@code overall-targets/expected}) as exports of other finance
 * systems, so the parser is measured on layouts it was not written against. Each variant returns the files it
 * wrote with, per file, the expected tables in order: the source JSON, except where the layout cannot carry a
 * value (a layout without a 指标值类型 column does not say 定性, so that word is not expected; a layout of section
 * rows has no row for a category filed with no indicator).
 */
final class LayoutVariants {

    private static final String[] FUNDS = {"total", "generalBudget", "govFund", "specialAccount", "other", "basic", "project"};
    private static final String[] FUND_LABELS = {"资金总额", "其中：一般公共预算拨款", "政府性基金拨款", "财政专户管理资金",
            "其他资金", "基本支出", "项目支出"};
    private static final Set<String> COMPARISONS = Set.of("≥", "≤", "=", ">", "<", "＞", "＜", "大于等于", "小于等于", "大于", "小于", "等于");

    private LayoutVariants() {
    }

    /** One rendered file and the tables expected from it, in order. */
    record File(String name, byte[] content, List<JsonNode> expected) {
    }

    /** A variant: a name for the printout, what it changes, the files. */
    record Variant(String name, String description, List<File> files) {
    }

    /**
     * .xlsx, one unit per file: unit code and name as "label：value" cells, funds as a vertical label/amount block
     * in 元, the goal beside its label, then a two-row indicator header with other words (指标内容, 指标目标 over
     * 目标值/度量单位, 指标说明, 评分规则) and no 指标值类型 column: a comparison is written into the value cell.
     */
    static Variant labelledFieldsInYuan(List<JsonNode> units) {
        List<File> files = new ArrayList<>();
        for (JsonNode u : units) {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet s = wb.createSheet("Sheet1");
                int r = 0;
                set(s, r++, 0, u.get("unitName").asText() + "部门整体支出绩效目标表");
                set(s, r++, 0, "金额单位：元");
                set(s, r, 0, "单位编码：" + u.get("unitCode").asText());
                set(s, r++, 2, "填报单位（盖章）：" + u.get("unitName").asText());
                for (int f = 0; f < FUNDS.length; f++) {
                    set(s, r, 0, FUND_LABELS[f]);
                    BigDecimal wan = amount(u, FUNDS[f]);
                    if (wan != null) {
                        s.getRow(r).createCell(1).setCellValue(wan.movePointRight(4).doubleValue());
                    }
                    r++;
                }
                set(s, r, 0, "年度绩效目标");
                set(s, r++, 1, u.get("goal").asText());
                int h = r;
                String[] top = {"一级指标", "二级指标", "指标内容", "指标目标", "", "指标说明", "评分规则", "备注"};
                row(s, h, 0, top);
                set(s, h + 1, 3, "目标值");
                set(s, h + 1, 4, "度量单位");
                s.addMergedRegion(new CellRangeAddress(h, h, 3, 4));
                for (int c : new int[]{0, 1, 2, 5, 6, 7}) {
                    s.addMergedRegion(new CellRangeAddress(h, h + 1, c, c));
                }
                r = h + 2;
                int first = r;
                for (JsonNode i : u.get("indicators")) {
                    String op = field(i, "operator");
                    String value = COMPARISONS.contains(op) ? op + field(i, "value") : field(i, "value");
                    String[] cells = {field(i, "level1"), field(i, "level2"), field(i, "name"), value, field(i, "unit"),
                            field(i, "explanation"), field(i, "scoringRule"), field(i, "remark")};
                    row(s, r, 0, cells);
                    r++;
                }
                mergeRuns(s, first, r, 0);
                mergeRuns(s, first, r, 1);
                files.add(new File(seq(u) + ".xlsx", bytes(wb), List.of(withoutTypeWords(u))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Variant("xlsx labelled fields, 元", "“标签：值” cells, vertical funds block in 元, two-row header with"
                + " other words, no 指标值类型 column", files);
    }

    /**
     * .xls (BIFF8), one unit per file: a system banner and a 说明 line above, the table starting in column C with
     * other header words (单位代码, 指标名称, 指标性质, 指标目标值, 评分标准), amounts as text with thousands
     * separators, unit fields on the first body row only, level names repeated on every row.
     */
    static Variant offsetXls(List<JsonNode> units) {
        List<File> files = new ArrayList<>();
        String[] header = {"单位代码", "单位名称", "资金总额", "一般公共预算", "政府性基金拨款", "财政专户管理资金", "其他资金",
                "基本支出", "项目支出", "年度绩效目标", "一级指标", "二级指标", "指标名称", "指标性质", "指标目标值", "计量单位",
                "指标解释", "评分标准", "备注"};
        for (JsonNode u : units) {
            try (HSSFWorkbook wb = new HSSFWorkbook()) {
                Sheet s = wb.createSheet("导出");
                set(s, 0, 0, "预算管理一体化系统 · 数据导出");
                set(s, 1, 0, "说明：本表由系统生成，请勿改动表头；金额保留两位小数。");
                set(s, 3, 2, "部门整体支出绩效目标表");
                set(s, 4, 2, "金额单位：万元");
                row(s, 5, 2, header);
                int r = 6;
                boolean firstRow = true;
                for (JsonNode i : u.get("indicators")) {
                    if (firstRow) {
                        set(s, r, 2, u.get("unitCode").asText());
                        set(s, r, 3, u.get("unitName").asText());
                        for (int f = 0; f < FUNDS.length; f++) {
                            BigDecimal wan = amount(u, FUNDS[f]);
                            set(s, r, 4 + f, wan == null ? "" : String.format("%,.2f", wan));
                        }
                        set(s, r, 11, u.get("goal").asText());
                        firstRow = false;
                    }
                    String[] cells = {field(i, "level1"), field(i, "level2"), field(i, "name"), field(i, "operator"),
                            field(i, "value"), field(i, "unit"), field(i, "explanation"), field(i, "scoringRule"), field(i, "remark")};
                    row(s, r, 12, cells);
                    r++;
                }
                files.add(new File(seq(u) + ".xls", bytes(wb), List.of(u)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Variant("xls from column C", ".xls below a banner and notes, table from column C, other header"
                + " words, amounts as text", files);
    }

    /**
     * One CSV of every unit: one indicator per line, the unit's code, name, funds (in 元, said by each column
     * header: 资金总额（元）) and goal repeated on every line.
     */
    static Variant flatCsv(List<JsonNode> units) {
        StringBuilder csv = new StringBuilder("单位编码,单位名称,资金总额（元）,一般公共预算（元）,政府性基金（元）,财政专户（元）,"
                + "其他资金（元）,基本支出（元）,项目支出（元）,整体绩效目标,一级指标,二级指标,三级指标,指标值类型,指标值,计量单位,"
                + "指标解释,评（扣）分标准,备注\n");
        for (JsonNode u : units) {
            StringBuilder unit = new StringBuilder();
            unit.append(quote(u.get("unitCode").asText())).append(',').append(quote(u.get("unitName").asText()));
            for (String f : FUNDS) {
                BigDecimal wan = amount(u, f);
                unit.append(',').append(wan == null ? "" : wan.movePointRight(4).setScale(2).toPlainString());
            }
            unit.append(',').append(quote(u.get("goal").asText()));
            for (JsonNode i : u.get("indicators")) {
                csv.append(unit);
                for (String f : new String[]{"level1", "level2", "name", "operator", "value", "unit", "explanation", "scoringRule", "remark"}) {
                    csv.append(',').append(quote(field(i, f)));
                }
                csv.append('\n');
            }
        }
        return new Variant("csv one line per indicator", "CSV of all units, unit fields repeated on every line, amounts"
                + " in 元 by column header", List.of(new File("all-units.csv", csv.toString().getBytes(StandardCharsets.UTF_8), units)));
    }

    /**
     * .xlsx, one unit per file: unit fields as label | value rows (年度资金总额 … in 万元, 整体绩效目标), then an
     * indicator header with no level columns; each 一级指标 and 二级指标 is a numbered section row (一、产出指标,
     * （一）数量指标) above its indicators.
     */
    static Variant sectionRows(List<JsonNode> units) {
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        String[] labels = {"年度资金总额", "一般公共预算拨款", "政府性基金预算拨款", "财政专户管理资金", "其他资金", "基本支出", "项目支出"};
        List<File> files = new ArrayList<>();
        for (JsonNode u : units) {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet s = wb.createSheet("整体目标");
                int r = 0;
                set(s, r++, 0, "部门整体支出绩效目标申报表");
                set(s, r++, 0, "金额单位：万元");
                set(s, r, 0, "单位编码");
                set(s, r, 1, u.get("unitCode").asText());
                set(s, r, 2, "单位名称");
                set(s, r++, 3, u.get("unitName").asText());
                for (int f = 0; f < FUNDS.length; f++) {
                    BigDecimal wan = amount(u, FUNDS[f]);
                    set(s, r, 0, labels[f]);
                    set(s, r++, 1, wan == null ? "" : wan.toPlainString());
                }
                set(s, r, 0, "整体绩效目标");
                set(s, r++, 1, u.get("goal").asText());
                String[] header = {"指标名称", "指标值类型", "指标值", "计量单位", "指标解释", "评（扣）分标准", "备注"};
                row(s, r, 0, header);
                r++;
                String level1 = null;
                String level2 = null;
                int ones = 0;
                int twos = 0;
                JsonNode expected = withoutLevelOnlyRows(u);
                for (JsonNode i : expected.get("indicators")) {
                    if (!field(i, "level1").equals(level1)) {
                        level1 = field(i, "level1");
                        level2 = null;
                        twos = 0;
                        set(s, r++, 0, numerals[ones++] + "、" + level1);
                    }
                    if (!field(i, "level2").equals(level2)) {
                        level2 = field(i, "level2");
                        set(s, r++, 0, "（" + numerals[twos++] + "）" + level2);
                    }
                    String[] cells = {field(i, "name"), field(i, "operator"), field(i, "value"), field(i, "unit"),
                            field(i, "explanation"), field(i, "scoringRule"), field(i, "remark")};
                    row(s, r, 0, cells);
                    r++;
                }
                files.add(new File(seq(u) + ".xlsx", bytes(wb), List.of(expected)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Variant("xlsx section rows", "label | value unit fields, no level columns: 一、/（一） section rows"
                + " above their indicators", files);
    }

    /**
     * The unit as a layout of section rows can state it: a row holding only level names (a category filed with
     * no indicator, 27 of the 994 rows) has no row of its own there, only its section rows.
     */
    private static JsonNode withoutLevelOnlyRows(JsonNode unit) {
        ObjectNode copy = unit.deepCopy();
        ArrayNode kept = copy.putArray("indicators");
        for (JsonNode i : unit.get("indicators")) {
            boolean own = false;
            for (String f : new String[]{"name", "operator", "value", "unit", "explanation", "scoringRule", "remark"}) {
                own |= !field(i, f).isBlank();
            }
            if (own) {
                kept.add(i.deepCopy());
            }
        }
        return copy;
    }

    /** The unit as a layout without a 指标值类型 column can state it: 定性/定量 are not written anywhere. */
    private static JsonNode withoutTypeWords(JsonNode unit) {
        ObjectNode copy = unit.deepCopy();
        for (JsonNode i : copy.get("indicators")) {
            if (!COMPARISONS.contains(field(i, "operator"))) {
                ((ObjectNode) i).put("operator", "");
            }
        }
        return copy;
    }

    /** Merges each run of equal, non-blank texts in a column, keeping the text in the run's first cell only. */
    private static void mergeRuns(Sheet s, int from, int to, int column) {
        int start = from;
        for (int r = from + 1; r <= to; r++) {
            String first = text(s, start, column);
            if (r == to || !text(s, r, column).equals(first)) {
                if (r - start > 1 && !first.isEmpty()) {
                    for (int k = start + 1; k < r; k++) {
                        s.getRow(k).getCell(column).setBlank();
                    }
                    s.addMergedRegion(new CellRangeAddress(start, r - 1, column, column));
                }
                start = r;
            }
        }
    }

    private static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        return row == null || row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue();
    }

    /** Writes texts into row r from column {@code first} on. */
    private static void row(Sheet s, int r, int first, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            set(s, r, first + c, texts[c]);
        }
    }

    private static void set(Sheet s, int r, int c, String text) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        if (text != null && !text.isEmpty()) {
            row.createCell(c).setCellValue(text);
        } else {
            row.createCell(c);
        }
    }

    private static BigDecimal amount(JsonNode unit, String field) {
        JsonNode v = unit.get("funds").get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    private static String field(JsonNode indicator, String name) {
        JsonNode v = indicator.get(name);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static String seq(JsonNode unit) {
        return unit.get("seq").asText();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
