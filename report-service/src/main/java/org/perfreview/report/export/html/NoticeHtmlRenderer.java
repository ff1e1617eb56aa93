package org.perfreview.report.export.html;

import org.perfreview.contracts.review.Notice;
import org.perfreview.contracts.score.Finding;
import org.perfreview.report.export.NoticeText;

import java.util.List;

/** The 一次性告知书 as a print-ready HTML page (A4, no scripts, every table on the page). */
public final class NoticeHtmlRenderer {

    public String render(Notice n) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(Xml.escape(NoticeText.title(n)))
                .append("</title><style>@page{size:A4;margin:2cm}body{font-family:'FangSong','仿宋',serif;font-size:14pt;line-height:1.6}")
                .append("h1{text-align:center;font-size:20pt}h2{font-size:15pt}h3{font-size:14pt}")
                .append("table{width:100%;border-collapse:collapse;page-break-inside:auto}tr{page-break-inside:avoid}")
                .append("th,td{border:1px solid #000;padding:4px;font-size:11pt;vertical-align:top}th{background:#eee}</style></head><body>");
        h.append("<h1>").append(Xml.escape(NoticeText.title(n))).append("</h1>");
        h.append("<p>").append(Xml.escape(NoticeText.salutation(n))).append("</p>");
        h.append("<p>").append(Xml.escape(NoticeText.opening(n))).append("</p>");
        int t = 0;
        for (Notice.NoticeTable table : n.tables()) {
            h.append("<h2>").append(Xml.escape(NoticeText.tableHeading(++t, table))).append("</h2>");
            h.append("<p>").append(Xml.escape(NoticeText.tableSummary(table))).append("</p>");
            if (table.dimensions().isEmpty()) {
                h.append("<p>").append(Xml.escape(NoticeText.noFindings())).append("</p>");
            }
            int seq = 0;
            for (Notice.DimensionFindings group : table.dimensions()) {
                h.append("<h3>").append(Xml.escape(group.label())).append("</h3><table><thead><tr>");
                NoticeText.FINDING_HEADERS.forEach(c -> h.append("<th>").append(Xml.escape(c)).append("</th>"));
                h.append("</tr></thead><tbody>");
                for (Finding f : group.findings()) {
                    List<String> row = NoticeText.row(++seq, f);
                    h.append("<tr class=\"finding\">");
                    row.forEach(c -> h.append("<td>").append(Xml.escape(c)).append("</td>"));
                    h.append("</tr>");
                }
                h.append("</tbody></table>");
            }
        }
        return h.append("</body></html>").toString();
    }
}
