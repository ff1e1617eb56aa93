package org.perfreview.bench.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files one benchmark operation reads: {@code samples} = the 79 sample workbooks (one operation reads them
 * all), {@code synthetic<N>} = one generated sheet of N indicator rows. The synthetic file lives in a temp file
 * until {@link #close()}; readers get its bytes, as the service gets an upload's.
 */
public final class ParseInputs implements AutoCloseable {

    private final List<byte[]> files;
    private final Path temp;

    private ParseInputs(List<byte[]> files, Path temp) {
        this.files = files;
        this.temp = temp;
    }

    public static ParseInputs of(String input) {
        if (input.equals("samples")) {
            return new ParseInputs(RepoFiles.overallTargets().stream().map(RepoFiles::bytes).toList(), null);
        }
        if (input.startsWith("synthetic")) {
            return synthetic(Integer.parseInt(input.substring("synthetic".length()).replace("k", "000")));
        }
        throw new IllegalArgumentException("unknown parse input " + input + " (samples, synthetic100k, synthetic<rows>)");
    }

    public static ParseInputs synthetic(int rows) {
        try {
            Path file = Files.createTempFile("perf-bench-sheet-", ".xlsx");
            SyntheticSheet.write(file, rows, SampleTables.all());
            return new ParseInputs(List.of(Files.readAllBytes(file)), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<byte[]> files() {
        return files;
    }

    public long totalBytes() {
        return files.stream().mapToLong(b -> b.length).sum();
    }

    @Override
    public void close() {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                temp.toFile().deleteOnExit();
            }
        }
    }
}
