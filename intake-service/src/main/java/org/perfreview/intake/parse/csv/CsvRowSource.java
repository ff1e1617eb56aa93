package org.perfreview.intake.parse.csv;

import org.perfreview.contracts.table.Position;
import org.perfreview.intake.parse.LimitExceededException;
import org.perfreview.intake.parse.ReaderLimits;
import org.perfreview.intake.parse.UnreadableFileException;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.RowHandler;
import org.perfreview.intake.parse.row.RowSource;
import org.perfreview.intake.parse.row.SheetRow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a CSV file (UTF-8 ± BOM, UTF-16 with BOM, or GB18030) as one sheet; comma, tab or semicolon separated. */
public final class CsvRowSource implements RowSource {

    public static final String SHEET = "CSV";

    private final ReaderLimits limits;

    public CsvRowSource(ReaderLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(Path file, RowHandler handler) throws IOException, UnreadableFileException {
        byte[] content = Files.readAllBytes(file);
        TextCharset.Detected detected = TextCharset.detect(content).orElseThrow(() -> new UnreadableFileException(
                UnreadableFileException.Category.UNREADABLE, "CSV 文本无法按 UTF-8 或 GB18030 解码"));
        char delimiter = delimiter(new String(content, detected.bomLength(),
                Math.min(content.length - detected.bomLength(), 4096), detected.charset()));
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(detected.bomLength());
            CsvTokenizer tokenizer = new CsvTokenizer(
                    new BufferedReader(new InputStreamReader(in, detected.charset())), delimiter, limits.maxCellChars());
            handler.startSheet(SHEET);
            int rowNumber = 0;
            for (List<String> fields = tokenizer.next(); fields != null; fields = tokenizer.next()) {
                if (++rowNumber > limits.maxRowsPerSheet()) {
                    throw new LimitExceededException("CSV 超过 " + limits.maxRowsPerSheet() + " 行上限");
                }
                int width = Math.min(fields.size(), limits.maxColumns());
                CellText[] cells = new CellText[width];
                for (int c = 0; c < width; c++) {
                    cells[c] = CellText.of(fields.get(c), new Position(SHEET, rowNumber, c + 1));
                }
                handler.row(new SheetRow(SHEET, rowNumber, cells));
            }
            handler.endSheet();
        }
    }

    /** The separator used most in the first few kilobytes, outside quotes; comma when none appears. */
    static char delimiter(String head) {
        int comma = 0;
        int tab = 0;
        int semicolon = 0;
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
