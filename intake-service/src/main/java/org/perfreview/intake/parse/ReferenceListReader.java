package org.perfreview.intake.parse;

import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.batch.StaffingEntry;
import org.perfreview.intake.normalize.AmountParser;
import org.perfreview.intake.normalize.UnitCodeNormalizer;
import org.perfreview.intake.parse.csv.CsvRowSource;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.RowHandler;
import org.perfreview.intake.parse.row.RowSource;
import org.perfreview.intake.parse.row.SheetRow;
import org.perfreview.intake.parse.xlsx.XlsxRowSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a control list (序号, 单位名称, optional 单位编码, amount) or a staffing list (单位名称, 在编人数,
 * 实有人数) from CSV or XLSX, finding columns by their header text. The 合计 row is skipped; a
 * department row named "…系统" is marked as the sum of its units.
 */
public final class ReferenceListReader {

    private ReferenceListReader() {
    }

    public static List<ControlEntry> control(Path file) throws IOException, UnreadableFileException {
        List<List<String>> rows = rows(file);
        int header = headerRow(rows);
        List<String> h = rows.get(header);
        int seq = column(h, "序号"), name = column(h, "单位名称", "名称"), code = column(h, "单位编码", "编码");
        int amount = column(h, "金额", "控制数", "万元", "预算");
        require(name >= 0 && amount >= 0, "控制数清单应有“单位名称”和金额列（收入金额/控制数，万元）", h);
        List<ControlEntry> entries = new ArrayList<>();
        for (List<String> r : rows.subList(header + 1, rows.size())) {
            String unitName = cell(r, name);
            if (unitName.isEmpty() || unitName.replace(" ", "").equals("合计")) {
                continue;
            }
            String s = cell(r, seq);
            BigDecimal value = AmountParser.parse(cell(r, amount));
            boolean aggregate = !s.contains("-") && unitName.endsWith("系统");
            String unitCode = code < 0 ? null : blankToNull(UnitCodeNormalizer.normalize(cell(r, code)));
            entries.add(new ControlEntry(blankToNull(s), unitCode, unitName, value, aggregate));
        }
        return entries;
    }

    public static List<StaffingEntry> staffing(Path file) throws IOException, UnreadableFileException {
        List<List<String>> rows = rows(file);
        int header = headerRow(rows);
        List<String> h = rows.get(header);
        int name = column(h, "单位名称", "名称"), code = column(h, "单位编码", "编码");
        int authorized = column(h, "在编", "编制"), actual = column(h, "实有", "在职", "实际");
        require(name >= 0 && authorized >= 0 && actual >= 0, "人员编制清单应有“单位名称”“在编人数”“实有人数”列", h);
        List<StaffingEntry> entries = new ArrayList<>();
        for (List<String> r : rows.subList(header + 1, rows.size())) {
            String unitName = cell(r, name);
            if (unitName.isEmpty() || unitName.replace(" ", "").equals("合计")) {
                continue;
            }
            entries.add(new StaffingEntry(code < 0 ? null : blankToNull(UnitCodeNormalizer.normalize(cell(r, code))), unitName,
                    integer(cell(r, authorized)), integer(cell(r, actual))));
        }
        return entries;
    }

    private static List<List<String>> rows(Path file) throws IOException, UnreadableFileException {
        FileFormat format = FormatSniffer.sniff(file);
        RowSource source = switch (format) {
            case CSV -> new CsvRowSource(ReaderLimits.defaults());
            case XLSX -> new XlsxRowSource(ReaderLimits.defaults());
            default -> throw new UnreadableFileException(UnreadableFileException.Category.UNSUPPORTED_FORMAT,
                    "参考清单只接受 CSV 或 XLSX，收到的是 " + format);
        };
        List<List<String>> rows = new ArrayList<>();
        source.read(file, new RowHandler() {
            @Override
            public void startSheet(String name) {
            }

            @Override
            public void row(SheetRow row) {
                List<String> cells = new ArrayList<>();
                for (int c = 1; c <= row.width(); c++) {
                    CellText cell = row.cell(c);
                    cells.add(cell == null || cell.raw() == null ? "" : cell.raw().strip());
                }
                rows.add(cells);
            }

            @Override
            public void endSheet() {
            }
        });
        return rows;
    }

    private static int headerRow(List<List<String>> rows) throws UnreadableFileException {
        for (int i = 0; i < Math.min(rows.size(), 10); i++) {
            if (column(rows.get(i), "单位名称", "名称") >= 0) {
                return i;
            }
        }
        throw new UnreadableFileException(UnreadableFileException.Category.UNKNOWN_LAYOUT, "前10行中没有找到含“单位名称”的表头行");
    }

    private static int column(List<String> header, String... words) {
        for (String w : words) {
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).replaceAll("\\s", "").contains(w)) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static void require(boolean ok, String message, List<String> header) throws UnreadableFileException {
        if (!ok) {
            throw new UnreadableFileException(UnreadableFileException.Category.UNKNOWN_LAYOUT, message + "；实际表头：" + header);
        }
    }

    private static String cell(List<String> row, int c) {
        return c < 0 || c >= row.size() ? "" : row.get(c).strip();
    }

    private static Integer integer(String s) {
        BigDecimal v = AmountParser.parse(s);
        return v == null ? null : v.intValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
