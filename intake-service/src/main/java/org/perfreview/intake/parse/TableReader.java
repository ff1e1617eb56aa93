package org.perfreview.intake.parse;

import org.perfreview.contracts.table.ParseNote;
import org.perfreview.intake.parse.UnreadableFileException.Category;
import org.perfreview.intake.parse.csv.CsvRowSource;
import org.perfreview.intake.parse.docx.DocxRowSource;
import org.perfreview.intake.parse.layout.Lexicon;
import org.perfreview.intake.parse.layout.TableSegmenter;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.RowSource;
import org.perfreview.intake.parse.xls.XlsRowSource;
import org.perfreview.intake.parse.xlsx.XlsxRowSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every performance table in an uploaded file. The format is sniffed from the content; the format reader
 * turns the file into a common row stream, and one layout-independent segmenter cuts it into unit tables, each
 * handed to the sink as soon as it is complete (a stacked sheet of thousands of units streams through).
 *
 * <p>Everything a broken or hostile file can throw becomes an {@link UnreadableFileException} with a category;
 * an exception thrown by the sink itself propagates unchanged. Tables already given to the sink before a
 * failure stay given: a caller that needs all-or-nothing collects them and discards on exception.
 */
public final class TableReader {

    private final ReaderLimits limits;
    private final Lexicon lexicon;

    public TableReader(ReaderLimits limits) {
        this(limits, Lexicon.builtin());
    }

    /** A reader that knows the header and label words of {@code lexicon} (the built-in ones plus a template profile's). */
    public TableReader(ReaderLimits limits, Lexicon lexicon) {
        this.limits = limits;
        this.lexicon = lexicon;
    }

    /** Reads every table in the file; calls sink once per unit table as soon as it is complete (streaming). */
    public ReadSummary read(InputStream in, String fileName, Consumer<ParsedTable> sink) throws UnreadableFileException {
        try (UploadSpool spool = UploadSpool.copy(in, limits.maxBytes())) {
            FileFormat format = FormatSniffer.sniff(spool.file());
            SinkGuard guard = new SinkGuard(sink);
            TableSegmenter segmenter = new TableSegmenter(guard, lexicon);
            try {
                source(format).read(spool.file(), segmenter);
            } catch (SinkGuard.SinkFailure f) {
                throw f.getCause();
            } catch (UnreadableFileException e) {
                throw e;
            } catch (Exception e) {
                rethrowSinkFailure(e);
                throw FailureClassifier.classify(e, format);
            }
            if (segmenter.tables() == 0) {
                throw unknownLayout(fileName, segmenter);
            }
            return new ReadSummary(format, segmenter.sheets(), segmenter.tables(), List.copyOf(segmenter.notes()));
        } catch (IOException e) {
            throw new UnreadableFileException(Category.UNREADABLE, "读取上传文件失败：" + e.getMessage(), List.of(), e);
        }
    }

    /** A sink exception wrapped by a parser on its way up is still the caller's own exception. */
    private static void rethrowSinkFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SinkGuard.SinkFailure f) {
                throw f.getCause();
            }
        }
    }

    private RowSource source(FileFormat format) {
        return switch (format) {
            case XLSX -> new XlsxRowSource(limits);
            case XLS -> new XlsRowSource(limits);
            case DOCX -> new DocxRowSource(limits);
            case CSV -> new CsvRowSource(limits);
        };
    }

    private static UnreadableFileException unknownLayout(String fileName, TableSegmenter segmenter) {
        String expected = "表头（单位编码/单位名称/资金总额/一级指标/三级指标/指标值…）或表单标签（项目名称/编制数/全年执行数…）";
        List<ParseNote> notes = new ArrayList<>();
        for (CellText cell : segmenter.unrecognised()) {
            notes.add(new ParseNote(ParseNote.Level.ERROR, cell.at(),
                    "无法识别的表格：第" + cell.at().row() + "行应为表头，实际为“" + clip(cell.raw()) + "”",
                    expected, clip(cell.raw())));
        }
        String found = notes.isEmpty() ? "文件中没有内容" : notes.get(0).message();
        return new UnreadableFileException(Category.UNKNOWN_LAYOUT,
                "无法识别的表格（" + (fileName == null ? "上传文件" : fileName) + "）：未找到" + expected + "；" + found,
                notes, null);
    }

    private static String clip(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
