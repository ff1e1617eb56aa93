package org.perfreview.intake.parse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfreview.contracts.table.NormalizedTable;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A compiled volume of stacked units (like C_stacked, merges included), generated at 10,000 and 100,000
 * indicator rows: tables reach the sink one by one, and the heap in use (after GC, sampled in the sink while
 * reading) does not grow with the number of rows.
 */
class StreamingReadTest {

    private static final int INDICATORS_PER_UNIT = 20;
    private static final String[] HEADER_1 = {"单位编码", "单位名称", "年度预算申请", null, null, null, null, null, null,
            "整体绩效目标", "部门整体支出年度绩效目标"};
    private static final String[] HEADER_2 = {null, null, "资金总额", "按收入性质分", null, null, null, "按支出性质分", null, null,
            "一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "指标解释", "评(扣)分标准", "备注"};
    private static final String[] HEADER_3 = {null, null, null, "一般公共预算", "政府性基金拨款", "财政专户管理资金", "其他资金",
            "基本支出", "项目支出"};

    @Test
    void memoryDoesNotGrowWithRows(@TempDir Path dir) throws Exception {
        Path small = generate(dir.resolve("small.xlsx"), 10_000);
        Path large = generate(dir.resolve("large.xlsx"), 100_000);

        long smallHeap = readAndSampleHeap(small, 10_000 / INDICATORS_PER_UNIT);
        long start = System.nanoTime();
        long largeHeap = readAndSampleHeap(large, 100_000 / INDICATORS_PER_UNIT);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("streaming: 10k rows peak used heap %.1f MB, 100k rows %.1f MB; 100k rows read in %d ms%n",
                smallHeap / 1048576.0, largeHeap / 1048576.0, millis);

        // Holding the extra 90,000 rows (or their tables) would take well over 100 MB; merged regions cost 16 bytes each.
        assertThat(largeHeap - smallHeap).isLessThan(24L * 1024 * 1024);
        Files.delete(small);
        Files.delete(large);
    }

    private static long readAndSampleHeap(Path file, int units) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] peak = {0};
        int[] seen = {0};
        try (InputStream in = Files.newInputStream(file)) {
            ReadSummary summary = new TableReader(ReaderLimits.defaults().withMaxBytes(200L * 1024 * 1024))
                    .read(in, file.getFileName().toString(), t -> {
                        NormalizedTable table = t.table();
                        assertThat(table.indicators()).hasSize(INDICATORS_PER_UNIT);
                        assertThat(table.unitCodeValue()).isEqualTo(code(seen[0]));
                        if (++seen[0] % (units / 5) == 0) {
                            memory.gc();
                            peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                        }
                    });
            assertThat(summary.tables()).isEqualTo(units);
        }
        assertThat(seen[0]).isEqualTo(units);
        return peak[0];
    }

    private static String code(int unit) {
        return String.format("%06d", 100_000 + unit);
    }

    private static Path generate(Path file, int indicatorRows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("整体支出绩效目标表");
            int r = 0;
            for (int unit = 0; unit < indicatorRows / INDICATORS_PER_UNIT; unit++) {
                r = unit(sheet, r, unit) + 2;
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    private static int unit(Sheet sheet, int top, int unit) {
        cells(sheet.createRow(top), (unit + 1) + "测试单位" + unit + "整体支出绩效目标表");
        cells(sheet.createRow(top + 1), HEADER_1);
        cells(sheet.createRow(top + 2), HEADER_2);
        cells(sheet.createRow(top + 3), HEADER_3);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(top + 1, top + 3, 0, 0));
        sheet.addMergedRegionUnsafe(new CellRangeAddress(top + 1, top + 1, 2, 8));
        sheet.addMergedRegionUnsafe(new CellRangeAddress(top + 2, top + 2, 3, 6));
        int body = top + 4;
        for (int i = 0; i < INDICATORS_PER_UNIT; i++) {
            Row row = sheet.createRow(body + i);
            if (i == 0) {
                cells(row, code(unit), "测试单位" + unit, "1,234.56", "1234.56", null, null, null, "1000.00", "234.56",
                        "目标1：完成第" + unit + "号单位的年度工作任务。");
            }
            String[] indicator = {i % 5 == 0 ? "产出指标" : null, "数量指标", "指标" + unit + "-" + i, i % 2 == 0 ? "" : "≥",
                    i % 2 == 0 ? "≥" + (90 + i % 10) + "%" : String.valueOf(i), i % 2 == 0 ? "" : "次", "说明" + i, "未达指标值酌情扣分", ""};
            for (int c = 0; c < indicator.length; c++) {
                if (indicator[c] != null) {
                    row.createCell(10 + c).setCellValue(indicator[c]);
                }
            }
        }
        for (int c = 0; c <= 9; c++) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(body, body + INDICATORS_PER_UNIT - 1, c, c));
        }
        return body + INDICATORS_PER_UNIT;
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}
