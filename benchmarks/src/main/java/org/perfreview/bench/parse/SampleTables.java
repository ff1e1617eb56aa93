package org.perfreview.bench.parse;

import org.perfreview.contracts.table.NormalizedTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample batch's overall tables as the intake service normalizes them (each workbook read through
 * {@link Readers#streaming}), read once per JVM: the real input of the scoring benchmarks and the content
 * the synthetic sheets repeat.
 */
public final class SampleTables {

    private static List<NormalizedTable> tables;

    private SampleTables() {
    }

    public static synchronized List<NormalizedTable> all() {
        if (tables == null) {
            List<NormalizedTable> out = new ArrayList<>();
            for (Path file : RepoFiles.overallTargets()) {
                Readers.streaming(RepoFiles.bytes(file), parsed -> out.add(parsed.table()));
            }
            tables = List.copyOf(out);
        }
        return tables;
    }
}
