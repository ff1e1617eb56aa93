package org.perfreview.report.export;

import org.perfreview.contracts.review.Notice;
import org.perfreview.contracts.score.Finding;

import java.util.List;

/** The wording of the 一次性告知书 shared by its HTML and DOCX renderings. */
public final class NoticeText {
    public static final List<String> FINDING_HEADERS = List.of("序号", "位置", "问题及依据", "修改意见", "扣分");

    private NoticeText() {
    }

    public static String title(Notice n) {
        return "预算绩效目标审核一次性告知书（" + n.round() + "）";
    }

    public static String salutation(Notice n) {
        return Formats.text(n.unitName()) + "（" + n.unitCode() + "）：";
    }

    public static String opening(Notice n) {
        return "经" + n.round() + "，贵单位报送的绩效目标表审核情况如下。现将需修改的问题一次性告知，共" + n.openFindings() + "项"
                + (n.refileDeadline() == null ? "。" : "，请于" + Formats.date(n.refileDeadline()) + "前修改完善后重新报送。");
    }

    public static String tableHeading(int seq, Notice.NoticeTable t) {
        return seq + ". " + Labels.kind(t.tableKind()) + (t.tableKey() == null ? "" : "（" + t.tableKey() + "）") + "　第" + t.version() + "版";
    }

    public static String tableSummary(Notice.NoticeTable t) {
        return "得分：" + Formats.points(t.total()) + "　等级：" + t.grade() + "　审核结果：" + t.outcome()
                + (t.refileDeadline() == null ? "" : "　重新报送截止：" + Formats.date(t.refileDeadline()));
    }

    public static List<String> row(int seq, Finding f) {
        return List.of(String.valueOf(seq), Locations.describe(f.location()), Formats.text(f.evidence()), Formats.text(f.fix()),
                Formats.points(f.points()));
    }

    public static String noFindings() {
        return "无需修改的问题。";
    }
}
