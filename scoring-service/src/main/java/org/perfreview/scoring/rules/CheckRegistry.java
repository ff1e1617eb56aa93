package org.perfreview.scoring.rules;

import org.perfreview.scoring.rulebook.CheckCatalog;
import org.perfreview.scoring.rulebook.RuleParams;
import org.perfreview.scoring.rules.basic.ControlAmountCheck;
import org.perfreview.scoring.rules.basic.ExpenseSumCheck;
import org.perfreview.scoring.rules.basic.FundsTotalCheck;
import org.perfreview.scoring.rules.basic.IncomeSumCheck;
import org.perfreview.scoring.rules.basic.StaffingCheck;
import org.perfreview.scoring.rules.basic.UnitCodeCheck;
import org.perfreview.scoring.rules.basic.UnitNameCheck;
import org.perfreview.scoring.rules.filing.BoilerplateScoringCheck;
import org.perfreview.scoring.rules.filing.LateFilingCheck;
import org.perfreview.scoring.rules.filing.ProjectTablesMissingCheck;
import org.perfreview.scoring.rules.filing.RequiredColumnsCheck;
import org.perfreview.scoring.rules.filing.UnreadableTableCheck;
import org.perfreview.scoring.rules.filing.WeightsTotalCheck;
import org.perfreview.scoring.rules.funds.MoneyWithoutOutputCheck;
import org.perfreview.scoring.rules.funds.ProjectNoMoneyCheck;
import org.perfreview.scoring.rules.funds.ProjectSumCheck;
import org.perfreview.scoring.rules.funds.RunningCostTopUpCheck;
import org.perfreview.scoring.rules.goal.GoalCopiedCheck;
import org.perfreview.scoring.rules.goal.GoalMissingCheck;
import org.perfreview.scoring.rules.goal.GoalSloganCheck;
import org.perfreview.scoring.rules.goal.GoalSummaryCheck;
import org.perfreview.scoring.rules.goal.GoalTooShortCheck;
import org.perfreview.scoring.rules.goal.GoalUnquantifiedCheck;
import org.perfreview.scoring.rules.goal.LongTermEqualsAnnualCheck;
import org.perfreview.scoring.rules.goal.SameAsOtherTableCheck;
import org.perfreview.scoring.rules.indicator.BenefitAsOutputCheck;
import org.perfreview.scoring.rules.indicator.ClassifiedCheck;
import org.perfreview.scoring.rules.indicator.EmptyBenefitCheck;
import org.perfreview.scoring.rules.indicator.FewQuantitiesCheck;
import org.perfreview.scoring.rules.indicator.CostWithoutAmountCheck;
import org.perfreview.scoring.rules.indicator.NameEqualsValueCheck;
import org.perfreview.scoring.rules.indicator.NarrowQuantityCheck;
import org.perfreview.scoring.rules.indicator.NumberedListCheck;
import org.perfreview.scoring.rules.indicator.OutputAsBenefitCheck;
import org.perfreview.scoring.rules.indicator.ParagraphCheck;
import org.perfreview.scoring.rules.indicator.PlaceholderCategoryCheck;
import org.perfreview.scoring.rules.indicator.RequiredCategoriesCheck;
import org.perfreview.scoring.rules.indicator.ReusedTextCheck;
import org.perfreview.scoring.rules.indicator.SatisfactionNameCheck;
import org.perfreview.scoring.rules.indicator.UnrelatedEcoBenefitCheck;
import org.perfreview.scoring.rules.indicator.VagueOutputCheck;
import org.perfreview.scoring.rules.selfeval.ControlRateCheck;
import org.perfreview.scoring.rules.selfeval.ExecutionRateCheck;
import org.perfreview.scoring.rules.selfeval.ExecutionScoreCheck;
import org.perfreview.scoring.rules.selfeval.FinalAboveBudgetCheck;
import org.perfreview.scoring.rules.selfeval.FullMarksMissedTargetCheck;
import org.perfreview.scoring.rules.selfeval.MissingDeviationReasonCheck;
import org.perfreview.scoring.rules.selfeval.ScoreAboveWeightCheck;
import org.perfreview.scoring.rules.selfeval.ThreePublicSumCheck;
import org.perfreview.scoring.rules.selfeval.TotalScoreCheck;
import org.perfreview.scoring.rules.value.BadUnitCheck;
import org.perfreview.scoring.rules.value.CostAboveBudgetCheck;
import org.perfreview.scoring.rules.value.ImplausibleMagnitudeCheck;
import org.perfreview.scoring.rules.value.MissingUnitCheck;
import org.perfreview.scoring.rules.value.NonNumericValueCheck;
import org.perfreview.scoring.rules.value.PercentOver100Check;
import org.perfreview.scoring.rules.value.QualitativeNumberCheck;
import org.perfreview.scoring.rules.value.SatisfactionRangeCheck;
import org.perfreview.scoring.rules.value.ScoreLikeCheck;
import org.perfreview.scoring.rules.value.UngradedQualitativeCheck;
import org.perfreview.scoring.rules.value.UnitConflictCheck;
import org.perfreview.scoring.rules.value.VagueTimelinessCheck;
import org.perfreview.scoring.rules.value.ValueMissingCheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Check name → instance. A plain list: adding a check means adding a line here and a rule to a rulebook. */
public final class CheckRegistry implements CheckCatalog {

    private final Map<String, Check> checks = new LinkedHashMap<>();

    public CheckRegistry(List<Check> checks) {
        for (Check c : checks) {
            if (this.checks.put(c.name(), c) != null) {
                throw new IllegalArgumentException("two checks named " + c.name());
            }
        }
    }

    /** Every check this service ships. */
    public static CheckRegistry standard() {
        return new CheckRegistry(List.of(
                new UnitCodeCheck(), new UnitNameCheck(), new FundsTotalCheck(), new IncomeSumCheck(),
                new ExpenseSumCheck(), new ControlAmountCheck(), new StaffingCheck(),
                new GoalMissingCheck(), new GoalTooShortCheck(), new GoalSloganCheck(), new GoalUnquantifiedCheck(),
                new GoalCopiedCheck(), new LongTermEqualsAnnualCheck(), new SameAsOtherTableCheck(), new GoalSummaryCheck(),
                new RequiredCategoriesCheck(), new PlaceholderCategoryCheck(), new ReusedTextCheck(),
                new NameEqualsValueCheck(), new NumberedListCheck(), new ParagraphCheck(), new BenefitAsOutputCheck(),
                new OutputAsBenefitCheck(), new ClassifiedCheck(), new NarrowQuantityCheck(),
                new UnrelatedEcoBenefitCheck(), new CostWithoutAmountCheck(), new SatisfactionNameCheck(),
                new VagueOutputCheck(), new FewQuantitiesCheck(), new EmptyBenefitCheck(),
                new ValueMissingCheck(), new NonNumericValueCheck(), new MissingUnitCheck(), new BadUnitCheck(),
                new UnitConflictCheck(), new QualitativeNumberCheck(), new ScoreLikeCheck(), new SatisfactionRangeCheck(),
                new PercentOver100Check(), new VagueTimelinessCheck(), new CostAboveBudgetCheck(),
                new UngradedQualitativeCheck(), new ImplausibleMagnitudeCheck(),
                new ProjectSumCheck(), new ProjectNoMoneyCheck(), new MoneyWithoutOutputCheck(), new RunningCostTopUpCheck(),
                new LateFilingCheck(), new ProjectTablesMissingCheck(), new RequiredColumnsCheck(),
                new UnreadableTableCheck(), new BoilerplateScoringCheck(), new WeightsTotalCheck(),
                new ExecutionRateCheck(), new ExecutionScoreCheck(), new ScoreAboveWeightCheck(), new TotalScoreCheck(),
                new FullMarksMissedTargetCheck(), new MissingDeviationReasonCheck(), new ControlRateCheck(),
                new ThreePublicSumCheck(), new FinalAboveBudgetCheck()));
    }

    public Check get(String name) {
        Check c = checks.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown check: " + name);
        }
        return c;
    }

    public Set<String> names() {
        return checks.keySet();
    }

    @Override
    public Optional<Set<String>> requiredParams(String check) {
        return Optional.ofNullable(checks.get(check)).map(Check::requiredParams);
    }

    @Override
    public List<String> paramProblems(String check, RuleParams params) {
        Check c = checks.get(check);
        return c == null ? List.of() : c.paramProblems(params);
    }
}
