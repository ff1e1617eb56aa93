package org.perfreview.intake.parse.docx;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.perfreview.contracts.table.Position;
import org.perfreview.intake.parse.LimitExceededException;
import org.perfreview.intake.parse.ReaderLimits;
import org.perfreview.intake.parse.row.CellText;
import org.perfreview.intake.parse.row.RowHandler;
import org.perfreview.intake.parse.row.RowSource;
import org.perfreview.intake.parse.row.SheetRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the tables of a .docx with POI XWPF. Each Word table becomes a sheet named {@code 表N}; the body
 * paragraphs since the previous table come first as one-cell rows (positioned as {@code 正文}, paragraph
 * number), so titles and 附件 lines above a table are seen like a title row above a sheet's header. A table used as
 * a frame (its cells hold tables) is not a sheet itself: the text and tables inside it are read in order.
 */
public final class DocxRowSource implements RowSource {

    static final String BODY = "正文";
    /** Tables inside tables (a layout frame around the real table) are read down to this depth. */
    static final int MAX_NESTING = 5;

    private final ReaderLimits limits;

    public DocxRowSource(ReaderLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        checkDeclaredSize(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(pkg)) {
            new Walk(handler).elements(doc.getBodyElements(), 0);
        } catch (InvalidFormatException e) {
            throw new IOException("docx 包结构无效：" + e.getMessage(), e);
        }
    }

    /** Walks body elements in order; a table whose cells hold tables is layout: its text and inner tables are walked. */
    private final class Walk {
        private final RowHandler handler;
        private final List<SheetRow> paragraphs = new ArrayList<>();
        private int paragraphNo;
        private int tableNo;

        Walk(RowHandler handler) {
            this.handler = handler;
        }

        void elements(List<IBodyElement> elements, int depth) throws IOException {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p.getText());
                } else if (element instanceof XWPFTable table) {
                    table(table, depth);
                }
            }
        }

        private void paragraph(String text) {
            paragraphNo++;
            if (text != null && !text.isBlank()) {
                paragraphs.add(new SheetRow(BODY, paragraphNo, new CellText[]{CellText.of(text, new Position(BODY, paragraphNo, 1))}));
            }
        }

        private void table(XWPFTable table, int depth) throws IOException {
            if (hasNestedTable(table)) {
                if (depth >= MAX_NESTING) {
                    throw new LimitExceededException("Word 表格嵌套超过 " + MAX_NESTING + " 层");
                }
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        elements(cell.getBodyElements(), depth + 1);
                    }
                }
                return;
            }
            String name = "表" + (++tableNo);
            handler.startSheet(name);
            paragraphs.forEach(handler::row);
            paragraphs.clear();
            emitTable(name, table, handler);
            handler.endSheet();
        }
    }

    private static boolean hasNestedTable(XWPFTable table) {
        return table.getRows().stream().flatMap(r -> r.getTableCells().stream()).anyMatch(c -> !c.getTables().isEmpty());
    }

    private void emitTable(String name, XWPFTable table, RowHandler handler) throws LimitExceededException {
        List<XWPFTableRow> rows = table.getRows();
        if (rows.size() > limits.maxRowsPerSheet()) {
            throw new LimitExceededException("Word 表格“" + name + "”超过 " + limits.maxRowsPerSheet() + " 行上限");
        }
        WordGrid grid = new WordGrid(name, limits);
        for (int r = 0; r < rows.size(); r++) {
            handler.row(grid.row(r + 1, rows.get(r)));
        }
    }

    /** Word keeps no cheap streaming API: refuse a package whose parts declare more than the expansion limit. */
    private void checkDeclaredSize(Path file) throws IOException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                long size = e.nextElement().getSize();
                total += Math.max(size, 0);
                if (total > limits.maxExpandedBytes()) {
                    throw new LimitExceededException("解压后内容超过上限（疑似压缩炸弹 zip bomb），已停止读取");
                }
            }
        }
    }
}
