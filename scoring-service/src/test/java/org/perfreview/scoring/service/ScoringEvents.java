package org.perfreview.scoring.service;

import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.events.Events;
import org.perfreview.contracts.events.SubmissionNormalized;
import org.perfreview.contracts.table.NormalizedTable;
import org.perfreview.contracts.table.TableKind;
import org.perfreview.scoring.support.TableBuilder;
import org.perfreview.testsupport.Envelopes;

import java.time.Instant;
import java.util.UUID;

/** TEST-ONLY: SubmissionNormalized events for a realistic unit overall table. */
public final class ScoringEvents {

    public static final String UNIT = "201001";
    public static final String UNIT_NAME = "某市教育局机关";

    private ScoringEvents() {
    }

    public static NormalizedTable overallTable() {
        return TableBuilder.overall(UNIT, UNIT_NAME)
                .funds(1200.0, 800.0, 400.0)
                .goal("保障机关正常运转，完成全年教育督导检查120次，组织教师培训3000人次，群众满意度达到90%以上。")
                .row("产出指标", "数量指标", "督导检查次数", "≥", "120", "次", "全年开展教育督导检查次数", "完成得满分", "")
                .row("产出指标", "质量指标", "培训合格率", "≥", "95", "%", "参训教师考核合格比例", "按比例得分", "")
                .row("产出指标", "时效指标", "培训完成时间", "定性", "2024年12月底前", "", "全年培训完成时限", "按时完成得分", "")
                .row("产出指标", "成本指标", "培训人均成本", "≤", "500", "元", "人均培训费用", "不超过得分", "")
                .row("效益指标", "社会效益指标", "教师教学能力提升", "定性", "明显提升", "", "教学能力变化", "按程度得分", "")
                .row("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥", "90", "%", "问卷调查满意度", "按比例得分", "")
                .build();
    }

    public static SubmissionRef ref(UUID batchId, UUID submissionId) {
        return new SubmissionRef(submissionId, batchId, UNIT, UNIT_NAME, TableKind.OVERALL_TARGET, null, 1, "sha-1",
                UNIT + ".xlsx", UNIT_NAME, Instant.parse("2024-11-05T08:00:00Z"));
    }

    public static String normalized(UUID batchId, UUID submissionId) {
        return Envelopes.write(Events.SUBMISSION_NORMALIZED.envelope(batchId, submissionId,
                new SubmissionNormalized(ref(batchId, submissionId), overallTable())));
    }

    /** The same overall table filed by another unit of the batch. */
    public static String normalized(UUID batchId, UUID submissionId, String unitCode) {
        SubmissionRef ref = new SubmissionRef(submissionId, batchId, unitCode, UNIT_NAME, TableKind.OVERALL_TARGET, null, 1, "sha-1",
                unitCode + ".xlsx", UNIT_NAME, Instant.parse("2024-11-05T08:00:00Z"));
        return Envelopes.write(Events.SUBMISSION_NORMALIZED.envelope(batchId, submissionId,
                new SubmissionNormalized(ref, overallTable())));
    }
}
