package org.perfreview.bench.parse;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfreview.intake.parse.ParsedTable;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Run with {@code -Xmx256m} ({@code ./benchmark heap}): parses synthetic overall-target sheets of 10,000 and
 * 100,000 indicator rows through the service's streaming reader (read + normalize, each table handed on and
 * dropped), taking full GCs at a dozen points during each read to find what the reader keeps reachable; then
 * the 100,000-row sheet again keeping every table, as the upload service does until its one transaction; then
 * POI's XSSFWorkbook on the same bytes under the same heap. Exit 1 when a streaming read fails, 2 when what
 * it keeps grows with the rows (100,000-row figure above twice the 10,000-row one and 8 MB more).
 */
public final class ParseHeapCheck {

    private static final int SAMPLES_PER_READ = 12;

    record Outcome(String label, int tables, int indicators, double retainedMb, double peakUsedMb, int samples, String failure) {

        String line() {
            if (failure != null) {
                return String.format("%-42s FAILED: %s", label, failure);
            }
            return String.format("%-42s %5d tables %7d indicators | retained %6.1f MB, peak used %6.1f MB (%d full-GC samples)",
                    label, tables, indicators, retainedMb, peakUsedMb, samples);
        }
    }

    private ParseHeapCheck() {
    }

    public static void main(String[] args) {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        System.out.printf("max heap %.0f MB; generating synthetic sheets of %,d and %,d indicator rows ...%n",
                HeapProbe.maxHeapMb(), small, large);
        byte[] smallFile;
        byte[] largeFile;
        try (ParseInputs s = ParseInputs.synthetic(small); ParseInputs l = ParseInputs.synthetic(large)) {
            smallFile = s.files().get(0);
            largeFile = l.files().get(0);
        }
        System.out.printf("files: %,d bytes and %,d bytes%n", smallFile.length, largeFile.length);
        Outcome a = streaming(String.format("streaming %,d rows (tables dropped)", small), smallFile, small, false);
        Outcome b = streaming(String.format("streaming %,d rows (tables dropped)", large), largeFile, large, false);
        Outcome c = streaming(String.format("streaming %,d rows (tables kept)", large), largeFile, large, true);
        Outcome d = xssf(String.format("XSSFWorkbook %,d rows", large), largeFile);
        List.of(a, b, c, d).forEach(o -> System.out.println(o.line()));
        if (a.failure() != null || b.failure() != null || c.failure() != null) {
            System.out.println("RESULT: the streaming reader failed under this heap");
            System.exit(1);
        }
        boolean flat = b.retainedMb() <= Math.max(2 * a.retainedMb(), a.retainedMb() + 8);
        System.out.printf("RESULT: streaming retained %.1f MB at %,d rows vs %.1f MB at %,d rows: %s%n", a.retainedMb(), small,
                b.retainedMb(), large, flat ? "flat (does not grow with rows)" : "GROWS with rows");
        System.exit(flat ? 0 : 2);
    }

    static Outcome streaming(String label, byte[] file, int rows, boolean keepTables) {
        HeapProbe probe = HeapProbe.start();
        List<ParsedTable> kept = new ArrayList<>();
        int step = Math.max(1, rows / SAMPLES_PER_READ);
        int[] seen = {0, step};
        Consumer<ParsedTable> sink = t -> {
            if (keepTables) {
                kept.add(t);
            }
            seen[0] += t.table().indicators().size();
            if (seen[0] >= seen[1]) {
                probe.sample();
                seen[1] += step;
            }
        };
        try {
            Readers.Count count = Readers.streaming(file, sink);
            probe.sample();
            return new Outcome(label, count.tables(), count.indicators(), probe.retainedMb(), probe.peakUsedMb(), probe.samples(), null);
        } catch (OutOfMemoryError | RuntimeException e) {
            kept.clear();
            return new Outcome(label, 0, 0, probe.retainedMb(), probe.peakUsedMb(), probe.samples(), e.toString());
        }
    }

    static Outcome xssf(String label, byte[] file) {
        HeapProbe probe = HeapProbe.start();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            probe.sample();
            int rows = workbook.getSheetAt(0).getPhysicalNumberOfRows();
            return new Outcome(label + " (loaded)", workbook.getNumberOfSheets(), rows, probe.retainedMb(), probe.peakUsedMb(),
                    probe.samples(), null);
        } catch (OutOfMemoryError | Exception e) {
            return new Outcome(label, 0, 0, 0, probe.peakUsedMb(), probe.samples(), e.toString());
        }
    }
}
