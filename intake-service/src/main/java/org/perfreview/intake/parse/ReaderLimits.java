package org.perfreview.intake.parse;

/**
 * Bounds that keep a hostile or mistaken upload from exhausting the service.
 *
 * @param maxBytes              upload size (the product's 413 limit)
 * @param maxExpandedBytes      total bytes the reader may inflate from a zip container (zip-bomb guard, on top of
 *                              POI's inflate-ratio check)
 * @param maxRowsPerSheet       rows read from one sheet / Word table / CSV file
 * @param maxColumns            columns read per row; cells further right are ignored
 * @param maxCellChars          characters in one cell
 */
public record ReaderLimits(long maxBytes, long maxExpandedBytes, int maxRowsPerSheet, int maxColumns, int maxCellChars) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public ReaderLimits {
        if (maxBytes <= 0 || maxExpandedBytes <= 0 || maxRowsPerSheet <= 0 || maxColumns <= 0 || maxCellChars <= 0) {
            throw new IllegalArgumentException("reader limits must be positive");
        }
    }

    public static ReaderLimits defaults() {
        return new ReaderLimits(DEFAULT_MAX_BYTES, 1024L * 1024 * 1024, 1_048_576, 256, 32_767);
    }

    public ReaderLimits withMaxBytes(long bytes) {
        return new ReaderLimits(bytes, maxExpandedBytes, maxRowsPerSheet, maxColumns, maxCellChars);
    }

    public ReaderLimits withMaxExpandedBytes(long bytes) {
        return new ReaderLimits(maxBytes, bytes, maxRowsPerSheet, maxColumns, maxCellChars);
    }

    public ReaderLimits withMaxRowsPerSheet(int rows) {
        return new ReaderLimits(maxBytes, maxExpandedBytes, rows, maxColumns, maxCellChars);
    }
}
