package org.perfreview.report.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * Heading styles {@code Heading1} / {@code Heading2} (黑体 16pt / 楷体 15pt, outline levels 1-2), so
 * Word's navigation pane and table of contents see the report's sections and a reviewer can restyle
 * them in one place. A blank XWPF document has no styles part of its own.
 */
final class DocxStyles {
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";

    private DocxStyles() {
    }

    static void addHeadings(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(heading(HEADING_1, "heading 1", 0, "黑体", 32));
        styles.addStyle(heading(HEADING_2, "heading 2", 1, "楷体", 30));
    }

    private static XWPFStyle heading(String id, String name, int outlineLevel, String font, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        style.getPPr().addNewKeepNext();
        style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(style);
    }
}
