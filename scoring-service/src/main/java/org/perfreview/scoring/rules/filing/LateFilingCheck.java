package org.perfreview.scoring.rules.filing;

import org.perfreview.scoring.rulebook.RuleSpec;
import org.perfreview.scoring.rules.Check;
import org.perfreview.scoring.rules.RuleContext;
import org.perfreview.scoring.rules.RuleResult;
import org.perfreview.scoring.rules.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Filed after the batch deadline: {@code pointsPerDay} for every calendar day late (in {@code zone}),
 * capped by the rule's maxPoints. Deferred when the deadline or the arrival time is unknown.
 */
public final class LateFilingCheck implements Check {

    @Override
    public String name() {
        return "filing.late";
    }

    @Override
    public Set<String> requiredParams() {
        return Set.of("pointsPerDay", "zone");
    }

    @Override
    public RuleResult evaluate(RuleContext ctx, RuleSpec spec) {
        if (ctx.batch() == null || ctx.batch().deadline() == null) {
            return RuleResult.deferred("批次未设报送截止日期");
        }
        if (ctx.submission() == null || ctx.submission().receivedAt() == null) {
            return RuleResult.deferred("报送时间未知");
        }
        LocalDate deadline = ctx.batch().deadline();
        LocalDate received = LocalDate.ofInstant(ctx.submission().receivedAt(), ZoneId.of(spec.params().string("zone")));
        long days = ChronoUnit.DAYS.between(deadline, received);
        if (days <= 0) {
            return RuleResult.passed();
        }
        BigDecimal points = spec.params().decimal("pointsPerDay").multiply(BigDecimal.valueOf(days));
        return RuleResult.failed(Violation.at((org.perfreview.contracts.table.Position) null,
                        "截止" + deadline + "，报送" + received)
                .with("days", days).with("deadline", deadline).with("received", received).costing(points));
    }
}
