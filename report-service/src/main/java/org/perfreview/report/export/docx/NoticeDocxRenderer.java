package org.perfreview.report.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.perfreview.contracts.review.Notice;
import org.perfreview.contracts.score.Finding;
import org.perfreview.report.export.NoticeText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The 一次性告知书 as Word: title, the unit, the opening with the refile deadline, per table and dimension the open findings. */
public final class NoticeDocxRenderer {
    public static final String MEDIA_TYPE = CityDocxRenderer.MEDIA_TYPE;
    private static final int TABLE_FONT = 10;

    public byte[] render(Notice n) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.addHeadings(document);
            DocxWriter writer = new DocxWriter(document);
            writer.title(NoticeText.title(n));
            writer.body(NoticeText.salutation(n));
            writer.body(NoticeText.opening(n));
            int t = 0;
            for (Notice.NoticeTable table : n.tables()) {
                writer.heading(DocxStyles.HEADING_1, NoticeText.tableHeading(++t, table));
                writer.body(NoticeText.tableSummary(table));
                if (table.dimensions().isEmpty()) {
                    writer.body(NoticeText.noFindings());
                }
                int seq = 0;
                for (Notice.DimensionFindings group : table.dimensions()) {
                    writer.heading(DocxStyles.HEADING_2, group.label());
                    List<List<String>> rows = new ArrayList<>();
                    for (Finding f : group.findings()) {
                        rows.add(NoticeText.row(++seq, f));
                    }
                    writer.table(NoticeText.FINDING_HEADERS, rows, TABLE_FONT);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
