package org.perfreview.report.export.docx;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.util.List;

/** Paragraphs, tables and charts in the look of a Chinese official report: 仿宋 body, 2-character first-line indent. */
final class DocxWriter {
    static final String REVIEWER_MARK = "【待审核人员修改】";
    private static final String BODY_FONT = "仿宋";
    private static final int BODY_SIZE = 14; // 四号
    private static final int FIRST_LINE_INDENT = 560; // twips: two characters at 14pt

    private final XWPFDocument document;

    DocxWriter(XWPFDocument document) {
        this.document = document;
    }

    void title(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, "方正小标宋简体", 22).setBold(true);
    }

    void centered(String text, int size) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, BODY_FONT, size);
    }

    void heading(String style, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    /** A body paragraph; text carrying the reviewer mark is highlighted so it cannot be missed. */
    void body(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        XWPFRun r = run(p, text, BODY_FONT, BODY_SIZE);
        if (text.contains(REVIEWER_MARK)) {
            r.setTextHighlightColor("yellow");
        }
    }

    void quote(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setIndentationLeft(FIRST_LINE_INDENT * 2);
        run(p, text, "楷体", BODY_SIZE);
    }

    void pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** A bordered table; row 0 is the header (bold). Cells hold plain text. */
    XWPFTable table(List<String> header, List<List<String>> rows, int fontSize) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setWidthType(TableWidthType.PCT);
        table.setWidth("100%");
        fill(table.getRow(0), header, fontSize, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), fontSize, false);
        }
        document.createParagraph(); // Word needs a paragraph between consecutive tables
        return table;
    }

    XWPFChart chart(double widthCm, double heightCm) throws IOException {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            return document.createChart(p.createRun(), (int) (widthCm * Units.EMU_PER_CENTIMETER),
                    (int) (heightCm * Units.EMU_PER_CENTIMETER));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, int fontSize, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = run(p, cells.get(c) == null ? "" : cells.get(c), "宋体", fontSize);
            r.setBold(bold);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, String eastAsiaFont, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontSize(size);
        r.setText(text);
        return r;
    }
}
