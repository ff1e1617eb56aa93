package org.perfreview.scoring.review;

import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.SubmissionNormalized;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.scoring.service.ScoringEvents;
import org.perfreview.scoring.support.TableBuilder;

import java.time.Instant;
import java.util.UUID;
import org.perfreview.testsupport.Envelopes;

/**
 * TEST-ONLY: versions of one unit's overall table for the review tests. Version 1 leaves 培训合格率's value
 * empty (an error finding) and sets 参训教师满意度 below 90 % (a warning); later versions fill the value.
 */
final class ReviewTables {

    static final String MISSING_VALUE_INDICATOR = "培训合格率";
    static final String SATISFACTION_INDICATOR = "参训教师满意度";

    private ReviewTables() {
    }

    static NormalizedTable table(String unitCode, boolean valueMissing) {
        return TableBuilder.overall(unitCode, "某市教育局机关")
                .funds(1200.0, 800.0, 400.0)
                .goal("保障机关正常运转，完成全年教育督导检查120次，组织教师培训3000人次，群众满意度达到90%以上。")
                .row("产出指标", "数量指标", "督导检查次数", "≥", "120", "次", "全年开展教育督导检查次数", "完成得满分", "")
                .row("产出指标", "质量指标", MISSING_VALUE_INDICATOR, "≥", valueMissing ? "" : "95", "%", "参训教师考核合格比例", "按比例得分", "")
                .row("产出指标", "时效指标", "培训完成时间", "定性", "2024年12月底前", "", "全年培训完成时限", "按时完成得分", "")
                .row("产出指标", "成本指标", "培训人均成本", "≤", "500", "元", "人均培训费用", "不超过得分", "")
                .row("满意度指标", "服务对象满意度指标", SATISFACTION_INDICATOR, "≥", "80", "%", "问卷调查满意度", "按比例得分", "")
                .build();
    }

    static String normalized(UUID batchId, UUID submissionId, String unitCode, int version) {
        return normalized(batchId, submissionId, unitCode, version, version == 1);
    }

    static String normalized(UUID batchId, UUID submissionId, String unitCode, int version, boolean valueMissing) {
        SubmissionRef ref = new SubmissionRef(submissionId, batchId, unitCode, "某市教育局机关", TableKind.OVERALL_TARGET, null, version,
                "sha-" + version, unitCode + ".xlsx", "Sheet1", Instant.parse("2024-11-01T08:00:00Z").plusSeconds(version));
        return Envelopes.write(Events.SUBMISSION_NORMALIZED.envelope(batchId, submissionId,
                new SubmissionNormalized(ref, table(unitCode, valueMissing))));
    }
}
