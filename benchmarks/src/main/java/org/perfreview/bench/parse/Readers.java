package org.perfreview.bench.parse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.intake.parse.ParsedTable;
import org.perfreview.intake.parse.ReaderLimits;
import org.perfreview.intake.parse.TableReader;
import org.perfreview.intake.parse.UnreadableFileException;
import org.perfreview.intake.parse.row.RowHandler;
import org.perfreview.intake.parse.row.SheetRow;
import org.perfreview.intake.parse.xlsx.XlsxRowSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The two readers compared on the same bytes. Streaming: the intake service's own path for one upload
 * ({@link TableReader} with the service's limits: spool, SAX rows, segment, normalize). Baseline: POI's
 * in-memory {@link XSSFWorkbook} with every cell read as text through {@link DataFormatter}, then the rows
 * with text in the indicator columns counted under the 一级指标…三级指标 header (the least a DOM-based reader
 * would do before any normalization).
 */
public final class Readers {

    private static final String LEVEL1_HEADER = "一级指标";
    private static final String INDICATOR_HEADER = "三级指标";

    /** What one read saw: unit tables (streaming) or sheets, indicator rows (all rows for the rows-only pass), cells read. */
    public record Count(int tables, int indicators, long cells) {
    }

    private Readers() {
    }

    /** Streams the file through the service's reader, handing each table to {@code sink} and dropping it. */
    public static Count streaming(byte[] file, Consumer<ParsedTable> sink) {
        int[] tables = {0};
        int[] indicators = {0};
        try {
            new TableReader(ReaderLimits.defaults()).read(new ByteArrayInputStream(file), "bench.xlsx", parsed -> {
                NormalizedTable t = parsed.table();
                tables[0]++;
                indicators[0] += t.indicators() == null ? 0 : t.indicators().size();
                sink.accept(parsed);
            });
        } catch (UnreadableFileException e) {
            throw new IllegalStateException("the streaming reader rejected the file: " + e.getMessage(), e);
        }
        return new Count(tables[0], indicators[0], 0);
    }

    public static Count streaming(byte[] file) {
        return streaming(file, t -> { });
    }

    /** The service's xlsx row source alone on a spooled copy (as the reader spools): SAX rows, no tables. */
    public static Count streamingRows(byte[] file) {
        Path spool = null;
        try {
            spool = Files.createTempFile("perf-bench-rows-", ".xlsx");
            Files.write(spool, file);
            RowCounter counter = new RowCounter();
            new XlsxRowSource(ReaderLimits.defaults()).read(spool, counter);
            return new Count(counter.sheets, counter.rows, counter.cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                spool.toFile().delete();
            }
        }
    }

    /** Loads the whole workbook into POI's object model and reads every cell as text. */
    public static Count xssfWorkbook(byte[] file) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            int indicators = 0;
            long cells = 0;
            for (Sheet sheet : workbook) {
                int firstIndicatorColumn = -1;
                for (Row row : sheet) {
                    List<String> texts = new ArrayList<>(Math.max(row.getLastCellNum(), 0));
                    List<Integer> columns = new ArrayList<>(Math.max(row.getLastCellNum(), 0));
                    for (Cell cell : row) {
                        texts.add(formatter.formatCellValue(cell));
                        columns.add(cell.getColumnIndex());
                        cells++;
                    }
                    int header = texts.indexOf(LEVEL1_HEADER);
                    if (header >= 0 && texts.contains(INDICATOR_HEADER)) {
                        firstIndicatorColumn = columns.get(header);
                    } else if (firstIndicatorColumn >= 0 && hasTextFrom(texts, columns, firstIndicatorColumn)) {
                        indicators++;
                    }
                }
            }
            return new Count(workbook.getNumberOfSheets(), indicators, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An indicator row: some text in the indicator columns (一级指标 and to its right). */
    private static final class RowCounter implements RowHandler {
        int sheets;
        int rows;
        long cells;

        @Override
        public void startSheet(String name) {
            sheets++;
        }

        @Override
        public void row(SheetRow row) {
            rows++;
            cells += row.nonBlank().size();
        }

        @Override
        public void endSheet() {
        }
    }

    private static boolean hasTextFrom(List<String> texts, List<Integer> columns, int first) {
        for (int i = 0; i < texts.size(); i++) {
            if (columns.get(i) >= first && !texts.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
