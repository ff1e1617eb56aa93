package org.perfreview.report.export.xlsx;

import org.apache.poi.ss.usermodel.Sheet;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.report.export.Labels;
import org.perfreview.report.export.Locations;

import java.util.List;

/** 问题清单: every finding of every current table, one row each, with the unit's text and the fix. */
final class FindingListSheet {
    static final String NAME = "问题清单";
    static final List<String> HEADERS = List.of("序号", "单位编码", "单位名称", "表类型", "项目名称", "维度", "规则",
            "问题", "严重程度", "扣分", "位置", "原文", "整改建议");

    private FindingListSheet() {
    }

    static void write(Sheet sheet, WorkbookStyles styles, Iterable<ScoreCard> cards) {
        SheetWriter writer = new SheetWriter(sheet, styles, 0, HEADERS, 6, 10, 28, 14, 20, 14, 18, 28, 8, 6, 24, 48, 40);
        int seq = 0;
        for (ScoreCard card : cards) {
            if (card.findings() == null) {
                continue;
            }
            String unitCode = card.submission() != null && card.submission().unitCode() != null
                    ? card.submission().unitCode() : card.unitCode();
            String kind = card.submission() == null || card.submission().tableKind() == null ? null
                    : card.submission().tableKind().name();
            String project = card.submission() == null ? null : card.submission().tableKey();
            for (Finding f : card.findings()) {
                writer.nextRow().integer(++seq).text(unitCode).text(card.unitName()).text(Labels.kind(kind))
                        .text(project).text(Labels.dimension(f.dimension())).text(f.ruleCode()).text(f.title())
                        .text(Labels.severity(f.severity())).number(f.points()).text(Locations.describe(f.location()))
                        .text(f.evidence()).text(f.fix());
            }
        }
        writer.finish();
    }
}
