package org.perfreview.scoring.score;

import org.perfreview.contracts.batch.SubmissionRef;
import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.FindingLocation;
import org.perfreview.contracts.table.Position;
import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rulebook.Template;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a rule's violations into findings in the reviewer's words: rendered message before the quoted
 * evidence, rendered fix, location, and points, each finding costing the rule's points until the rule's
 * maxPoints are used up (later findings of the same rule are still listed, at 0 points).
 */
final class FindingFactory {

    private FindingFactory() {
    }

    static List<Finding> findings(RuleSpec spec, List<Violation> violations, RuleContext ctx) {
        List<Finding> out = new ArrayList<>(violations.size());
        BigDecimal left = spec.maxPoints();
        for (Violation v : violations) {
            BigDecimal cost = v.points() == null ? spec.points() : v.points();
            BigDecimal points = cost.min(left).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            left = left.subtract(points);
            Map<String, String> vars = new HashMap<>(v.vars());
            vars.putIfAbsent("unitName", ctx.unitName());
            vars.putIfAbsent("evidence", v.evidence() == null ? "" : v.evidence());
            String message = Template.render(spec.message(), vars);
            String evidence = v.evidence() == null || v.evidence().isBlank() ? message : message + "：「" + v.evidence() + "」";
            out.add(new Finding(spec.code(), spec.title(), spec.standard(), spec.dimension().key(), spec.severity(),
                    points, location(v, ctx.submission()), evidence, Template.render(spec.fix(), vars)));
        }
        return out;
    }

    static FindingLocation location(Violation v, SubmissionRef ref) {
        Position at = v.at();
        String file = ref == null ? null : ref.fileName();
        String sheet = at != null && at.sheet() != null ? at.sheet() : ref == null ? null : ref.sheet();
        Integer row = at == null || at.row() <= 0 ? null : at.row();
        String column = at == null || at.column() <= 0 ? null : at.ref().replaceAll("\\d", "");
        return new FindingLocation(file, sheet, row, column, v.indicator());
    }
}
