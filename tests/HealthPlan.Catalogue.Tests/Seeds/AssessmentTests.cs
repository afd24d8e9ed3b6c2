using HealthPlan.Catalogue.Seeds;

namespace HealthPlan.Catalogue.Tests.Seeds;

public class AssessmentTests
{
    [Fact]
    public void A_typed_report_assesses_cixi_and_counts_its_binding_targets()
    {
        var assessment = Plans.Cixi.Fyp13.Assess(new Plans.Cixi.Fyp13.Actuals
        {
            Year = 2020,
            MaternalMortalityRatio = 5.Per100K(),
            InfantMortalityRate = 9.PerMille(),
        });

        Assert.Equal(2020, assessment.Year);
        Assert.Contains(assessment.Results, r => r.Target.Indicator.Id == "infant-mortality-rate" && r.Outcome == AssessmentOutcome.NotMet);
        Assert.Contains(assessment.Results, r => r.Target.Indicator.Id == "maternal-mortality-ratio" && r.Outcome == AssessmentOutcome.Met);
        Assert.NotEmpty(assessment.NotAssessed);
        Assert.StartsWith("cixi-2016-2020 in 2020:", assessment.ToString());
    }

    [Fact]
    public void Actuals_before_the_target_year_give_progress_towards_the_2020_targets()
    {
        var assessment = Plans.Fuxin.Fyp13.Assess(new Plans.Fuxin.Fyp13.Actuals
        {
            Year = 2018,
            InfantMortalityRate = 6.1.PerMille(),
            LifeExpectancy = 77.5.Years(),
        });

        // Fuxin states no baselines: progress is listed, towards the first 2020 target stated, and not available.
        Assert.Equal(2, assessment.Progress.Count);
        var infant = Assert.Single(assessment.Progress, p => p.Target.Indicator.Id == "infant-mortality-rate");
        Assert.Equal(2020, infant.TargetYear);
        Assert.Equal(ProgressStatus.NotAvailable, infant.Status);
        Assert.Equal("no baseline: the plan gives no level at or before 2015 (the year before the plan's period 2016–2020)", infant.Reason);
        var life = Assert.Single(assessment.Progress, p => p.Target.Indicator.Id == "life-expectancy");
        Assert.Equal(TargetOperator.Reach, life.Target.Operator);
        Assert.DoesNotContain(assessment.Results, r => r.Target.Year == 2020);
    }

    [Fact]
    public void Cixi_life_expectancy_in_2018_is_moderate_progress_from_its_2015_level()
    {
        var assessment = Plans.Cixi.Fyp13.Assess(new Plans.Cixi.Fyp13.Actuals { Year = 2018, LifeExpectancy = 81.6.Years() });

        // From 81.09 岁 (2015) towards ≥ 82.0 岁 (2020): ((81.6/81.09)^(1/3) − 1) / ((82/81.09)^(1/5) − 1) = 0.936289.
        // The review's "+1.57 岁 over 2010" stated for 2015 too is a change, not a level: it is not the baseline.
        var progress = Assert.Single(assessment.Progress);
        Assert.Same(Plans.Cixi.Fyp13.LifeExpectancy.Target(2020), progress.Target);
        Assert.Equal(ProgressStatus.ModerateProgress, progress.Status);
        Assert.Equal((2015, 81.09), (progress.BaseYear, progress.BaseValue));
        Assert.Equal(0.936289, progress.GrowthRatio!.Value, 1e-6);
        Assert.Equal(2.402121, progress.Score!.Value, 1e-5);
        Assert.Same(Plans.Cixi.Fyp13.Plan, progress.Target.Indicator.Plan);
    }

    [Fact]
    public void Shanxi_infant_mortality_in_2018_progresses_from_the_level_its_review_states_for_the_end_of_the_period()
    {
        // “十二五”时期 … 5.90‰ is marked atPeriodEnd: the 2015 level, so the 2016–2020 plan's progress starts from it.
        var assessment = Plans.Shanxi.Fyp13.Assess(new Plans.Shanxi.Fyp13.Actuals { Year = 2018, InfantMortalityRate = 5.7.PerMille() });

        var progress = Assert.Single(assessment.Progress);
        Assert.Equal(ProgressStatus.ModerateProgress, progress.Status);
        Assert.Equal((2015, 5.9), (progress.BaseYear, progress.BaseValue));
        Assert.Equal(0.819751, progress.GrowthRatio!.Value, 1e-6);
        Assert.Equal(1.569699, progress.Score!.Value, 1e-5);
        Assert.Equal(0.5, progress.ShareCovered!.Value, 1e-9);
        Assert.True(Plans.Shanxi.Fyp13.InfantMortalityRate.Values[0].AtPeriodEnd);
    }

    [Fact]
    public void A_goal_in_words_on_a_number_gets_a_growth_rate_status_from_the_period_end_level()
    {
        // Lucheng: 逐步提高人均基本公共卫生服务经费标准 (line 305), from 40 元 at the end of the 12th Five-Year period.
        var funding = Plans.Lucheng.Fyp13.BasicPublicHealthServiceFundingPerCapita;
        var target = funding.Target(2020);
        Assert.Equal(TargetOperator.Qualitative, target.Operator);
        Assert.False(target.CanJudge);
        Assert.Equal((2015, 40.0), (target.Baseline.Year, target.Baseline.Value));
        Assert.Equal(ProgressStatus.SubstantialProgress, target.Progress(2018, 44.Yuan()).Status);
        Assert.Equal(ProgressStatus.Deterioration, target.Progress(2018, 39.Yuan()).Status);
        Assert.Equal(AssessmentOutcome.CannotTell, target.Assess(44.Yuan()).Outcome);
    }
}
