using System;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Runtime;

public class TargetOperatorTests
{
    [Theory]
    [InlineData(94.99, false)]
    [InlineData(95, true)]
    [InlineData(99, true)]
    public void At_least_includes_the_value(double actual, bool met)
        => Assert.Equal(met, Build.Target<Percent>(TargetOperator.AtLeast, 95).IsMetBy(actual.Percent()));

    [Theory]
    [InlineData(6.29, true)]
    [InlineData(6.3, true)]
    [InlineData(6.31, false)]
    public void At_most_includes_the_value(double actual, bool met)
        => Assert.Equal(met, Build.Target<PerMille>(TargetOperator.AtMost, 6.3, Direction.LowerIsBetter).IsMetBy(actual.PerMille()));

    [Theory]
    [InlineData(10, false)]
    [InlineData(10.01, true)]
    public void Above_excludes_the_value(double actual, bool met)
        => Assert.Equal(met, Build.Target<Percent>(TargetOperator.Above, 10).IsMetBy(actual.Percent()));

    [Theory]
    [InlineData(7, false)]
    [InlineData(6.99, true)]
    public void Below_excludes_the_value(double actual, bool met)
        => Assert.Equal(met, Build.Target<Per100K>(TargetOperator.Below, 7, Direction.LowerIsBetter).IsMetBy(actual.Per100K()));

    [Theory]
    [InlineData(102.9, false)]
    [InlineData(103, true)]
    [InlineData(105, true)]
    [InlineData(107, true)]
    [InlineData(107.1, false)]
    public void Between_includes_both_bounds(double actual, bool met)
        => Assert.Equal(met, Build.Target<SexRatio>(TargetOperator.Between, 103, Direction.Neutral, valueMax: 107).IsMetBy(actual.SexRatio()));

    [Theory]
    [InlineData(474, false)]
    [InlineData(475, true)]
    [InlineData(525, true)]
    [InlineData(526, false)]
    public void About_is_met_within_five_percent_by_default(double actual, bool met)
        => Assert.Equal(met, Build.Target<Beds>(TargetOperator.About, 500, Direction.Neutral).IsMetBy(actual.Beds()));

    [Theory]
    [InlineData(17.9, false)]
    [InlineData(18, true)]
    [InlineData(22, true)]
    [InlineData(22.1, false)]
    public void About_uses_the_stated_tolerance(double actual, bool met)
        => Assert.Equal(met, Build.Target<Minutes>(TargetOperator.About, 20, Direction.LowerIsBetter, tolerance: 2).IsMetBy(actual.Minutes()));

    [Theory]
    [InlineData(Direction.HigherIsBetter, 5.8, false)]
    [InlineData(Direction.HigherIsBetter, 5.9, true)]
    [InlineData(Direction.HigherIsBetter, 6.5, true)]
    [InlineData(Direction.LowerIsBetter, 5.9, true)]
    [InlineData(Direction.LowerIsBetter, 6.0, false)]
    [InlineData(Direction.Neutral, 5.86, true)]
    [InlineData(Direction.Neutral, 5.94, true)]
    [InlineData(Direction.Neutral, 5.96, false)]
    [InlineData(Direction.Neutral, 5.84, false)]
    public void Reach_follows_the_direction_or_the_stated_precision(Direction direction, double actual, bool met)
        => Assert.Equal(met, Build.Target<BedsPer1000>(TargetOperator.Reach, 5.9, direction, decimals: 1).IsMetBy(actual.BedsPer1000()));

    [Theory]
    [InlineData(78.13, false)]
    [InlineData(78.14, true)]
    [InlineData(79, true)]
    public void Increase_by_adds_the_amount_to_the_baseline(double actual, bool met)
    {
        var target = Build.Target<Years>(TargetOperator.IncreaseBy, 1, baselineYear: 2015, baseline: 77.14);
        Assert.Equal(met, target.IsMetBy(actual.Years()));
        Assert.Equal(78.14, target.Threshold!.Value.Value, 10);
    }

    [Theory]
    [InlineData(18.1, false)]
    [InlineData(18, true)]
    [InlineData(17, true)]
    public void Relative_decrease_takes_a_percentage_of_the_baseline(double actual, bool met)
        => Assert.Equal(met, Build.Target<Percent>(TargetOperator.DecreaseBy, 10, Direction.LowerIsBetter, baselineYear: 2015, relative: true, baseline: 20).IsMetBy(actual.Percent()));

    [Fact]
    public void Absolute_decrease_subtracts_the_amount()
    {
        var target = Build.Target<Days>(TargetOperator.DecreaseBy, 1, Direction.LowerIsBetter, baselineYear: 2015, baseline: 10);
        Assert.True(target.IsMetBy(9.Days()));
        Assert.False(target.IsMetBy(9.5.Days()));
    }

    [Fact]
    public void A_relative_target_without_a_baseline_cannot_be_told()
    {
        var target = Build.Target<Percent>(TargetOperator.DecreaseBy, 10, Direction.LowerIsBetter, baselineYear: 2015, relative: true);
        var assessment = target.Assess(5.Percent());

        Assert.Equal(AssessmentOutcome.CannotTell, assessment.Outcome);
        Assert.Null(assessment.Gap);
        Assert.Contains("no baseline value is known", assessment.Explanation);
    }

    [Fact]
    public void IsMetBy_refuses_to_answer_for_a_relative_target_without_a_baseline()
    {
        var target = Build.Target<Percent>(TargetOperator.DecreaseBy, 10, Direction.LowerIsBetter, baselineYear: 2015, relative: true);

        Assert.False(target.CanJudge);
        var error = Assert.Throws<InvalidOperationException>(() => target.IsMetBy(5.Percent()));
        Assert.Contains("relative to 2015 and no 2015 value is known", error.Message);
        Assert.Contains("Assess(", error.Message);
        Assert.Equal(AssessmentOutcome.Met, target.Assess(5.Percent(), baseline: 20.Percent()).Outcome);
    }

    [Fact]
    public void IsMetBy_answers_a_relative_target_with_a_baseline_and_refuses_NaN()
    {
        var target = Build.Target<Percent>(TargetOperator.DecreaseBy, 10, Direction.LowerIsBetter, baselineYear: 2015, relative: true, baseline: 20);

        Assert.True(target.CanJudge);
        Assert.True(target.IsMetBy(17.Percent()));
        Assert.False(target.IsMetBy(19.Percent()));
        Assert.Throws<ArgumentException>(() => target.IsMetBy(double.NaN.Percent()));
        Assert.True(Build.Target<Percent>(TargetOperator.AtLeast, 95).CanJudge);
    }

    [Fact]
    public void A_baseline_given_to_assess_overrides_the_plan()
    {
        var target = Build.Target<Percent>(TargetOperator.DecreaseBy, 10, Direction.LowerIsBetter, baselineYear: 2015, relative: true);
        Assert.Equal(AssessmentOutcome.Met, target.Assess(17.Percent(), baseline: 20.Percent()).Outcome);
    }

    [Fact]
    public void Qualitative_goals_are_met_when_achieved()
    {
        var target = Build.Target<Achievement>(TargetOperator.Qualitative);
        Assert.True(target.IsMetBy(true.Achieved()));
        Assert.False(target.IsMetBy(false.Achieved()));
        Assert.Equal("full coverage by 2020", target.ToString());
    }

    [Fact]
    public void Assessment_reports_the_gap_in_the_target_unit()
    {
        var target = Build.Target<PerMille>(TargetOperator.AtMost, 6.3, Direction.LowerIsBetter);

        var missed = target.Assess(7.PerMille());
        var met = target.Assess(5.9.PerMille());

        Assert.Equal(AssessmentOutcome.NotMet, missed.Outcome);
        Assert.Equal(0.7, missed.Gap!.Value, 10);
        Assert.Equal(AssessmentOutcome.Met, met.Outcome);
        Assert.Equal(-0.4, met.Gap!.Value, 10);
        Assert.Equal("not met: 7 ‰ against ≤ 6.3 ‰ (gap +0.7 ‰)", missed.Explanation);
    }

    [Fact]
    public void Range_gap_is_zero_inside_and_measured_to_the_nearer_bound_outside()
    {
        var target = Build.Target<SexRatio>(TargetOperator.Between, 103, Direction.Neutral, valueMax: 107);
        Assert.Equal(0, target.Assess(105.SexRatio()).Gap);
        Assert.Equal(2, target.Assess(109.SexRatio()).Gap!.Value, 10);
        Assert.Equal(-1, target.Assess(102.SexRatio()).Gap!.Value, 10);
    }

    [Theory]
    [InlineData(TargetOperator.AtLeast, "≥ 95 % by 2020")]
    [InlineData(TargetOperator.AtMost, "≤ 95 % by 2020")]
    [InlineData(TargetOperator.Above, "> 95 % by 2020")]
    [InlineData(TargetOperator.Below, "< 95 % by 2020")]
    [InlineData(TargetOperator.Reach, "= 95 % by 2020")]
    [InlineData(TargetOperator.About, "≈ 95 % by 2020")]
    public void Targets_read_like_the_plan(TargetOperator op, string text)
        => Assert.Equal(text, Build.Target<Percent>(op, 95).ToString());

    [Fact]
    public void Relative_and_range_targets_read_like_the_plan()
    {
        Assert.Equal("−10 % from 2015 by 2020", Build.Target<Percent>(TargetOperator.DecreaseBy, 10, baselineYear: 2015, relative: true).ToString());
        Assert.Equal("+1 岁 over 2015 by 2020", Build.Target<Years>(TargetOperator.IncreaseBy, 1, baselineYear: 2015).ToString());
        Assert.Equal("103–107 (女=100) by 2020", Build.Target<SexRatio>(TargetOperator.Between, 103, valueMax: 107).ToString());
    }

    [Fact]
    public void Targets_read_in_another_unit_of_their_dimension()
    {
        Assert.Equal("≤ 0.63 %", Build.Target<PerMille>(TargetOperator.AtMost, 6.3, decimals: 1).Describe(Percent.Info));
        Assert.Equal("1.3–1.5 %", Build.Target<Per10K>(TargetOperator.Between, 130, valueMax: 150).Describe(Percent.Info));
        Assert.Equal("−10 % from 2015", Build.Target<PerMille>(TargetOperator.DecreaseBy, 10, baselineYear: 2015, relative: true).Describe(Percent.Info));
        Assert.Equal("≤ 5.0 ‰", Build.Target<PerMille>(TargetOperator.AtMost, 5, decimals: 1).Describe(PerMille.Info));
        Assert.Throws<System.InvalidOperationException>(() => Build.Target<Years>(TargetOperator.AtLeast, 78).Describe(Percent.Info));
    }

    [Fact]
    public void Targets_refuse_inconsistent_definitions()
    {
        Assert.Throws<System.ArgumentException>(() => new Target<Percent>(2020, TargetOperator.AtLeast, Build.Source));
        Assert.Throws<System.ArgumentException>(() => new Target<Percent>(2020, TargetOperator.Between, Build.Source, value: 5, valueMax: 4));
        Assert.Throws<System.ArgumentException>(() => new Target<Percent>(2020, TargetOperator.IncreaseBy, Build.Source, value: 5));
    }
}
