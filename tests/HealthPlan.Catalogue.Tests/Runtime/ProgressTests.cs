using System;
using System.Linq;
using CsCheck;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Runtime;

/// <summary>The worked examples of docs/progress.md, each with the numbers computed there; then properties that hold for any numbers.</summary>
public class ProgressTests
{
    private const double Precision = 1e-6;

    /// <summary>A 2020 target on an indicator with <paramref name="values"/>, in a plan for 2016–2020 when <paramref name="inPlan"/>.</summary>
    private static Target<TUnit> Make<TUnit>(
        TargetOperator op, Direction direction, double? value = null, double? valueMax = null, double? tolerance = null, int? baselineYear = null,
        bool relative = false, double? baselineValue = null, string? scope = null, bool inPlan = false, params ReportedValue<TUnit>[] values)
        where TUnit : class, IUnit
    {
        var target = new Target<TUnit>(2020, op, Build.Source, value, valueMax, tolerance, baselineYear, relative, scope: scope, textEn: op == TargetOperator.Qualitative ? "full coverage" : null, baselineValue: baselineValue);
        var indicator = new Indicator<TUnit>("plan", "indicator", "指标", "Indicator", "concept", "other", direction, values, new[] { target });
        if (inPlan)
        {
            _ = new Plan("plan", "规划", "Plan", new Region("r", "区", "Region", AdministrativeLevel.District), 2016, 2020, "doc.txt", new IIndicator[] { indicator });
        }

        return target;
    }

    private static ReportedValue<TUnit> Value<TUnit>(int year, double value, string? scope = null) where TUnit : class, IUnit
        => new(year, new Quantity<TUnit>(value), Build.Source, scope);

    private static void AssertMeasured(TargetProgress progress, ProgressStatus status, double? ratio, double score)
    {
        Assert.Equal(status, progress.Status);
        Assert.Null(progress.Reason);
        if (ratio is double expected)
        {
            Assert.Equal(expected, progress.GrowthRatio!.Value, Precision);
        }
        else
        {
            Assert.Null(progress.GrowthRatio);
        }

        Assert.Equal(score, progress.Score!.Value, Precision);
    }

    [Fact]
    public void Progress_from_recorded_values_is_measured_at_the_latest_level_after_the_baseline()
    {
        // Recorded levels after the 2015 baseline: 2018 and 2019 count, 2021 is after the target year, 2017 is another scope's.
        var target = Make(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5, inPlan: true,
            values: [Value<PerMille>(2015, 6.5), Value<PerMille>(2018, 6.1), Value<PerMille>(2019, 5.9), Value<PerMille>(2021, 4.0), Value<PerMille>(2017, 3.0, "urban")]);

        Assert.Equal(2019, target.LatestRecorded!.Year);
        var progress = target.RecordedProgress!;
        Assert.Equal(2019, progress.Year);
        Assert.Equal(5.9, progress.Value);
        Assert.Equal(2015, progress.BaseYear);
        Assert.Equal(target.ProgressOf(2019, 5.9).Status, progress.Status);
        Assert.Equal(target.ProgressOf(2019, 5.9).GrowthRatio, progress.GrowthRatio);
    }

    [Fact]
    public void Without_a_level_after_the_baseline_there_is_no_recorded_progress()
    {
        var onlyBaseline = Make(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5, inPlan: true, values: [Value<PerMille>(2015, 6.5)]);
        var noBaseline = Make(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5, inPlan: true, values: [Value<PerMille>(2018, 6.1)]);

        Assert.Null(onlyBaseline.LatestRecorded);
        Assert.Null(onlyBaseline.RecordedProgress);
        Assert.Null(noBaseline.LatestRecorded);
        Assert.Null(noBaseline.RecordedProgress);
    }

    // Example 1: infant mortality, lower is better, ≤ 5.5 ‰ by 2020 from 6.5 ‰ in 2015, measured in 2018.
    [Theory]
    [InlineData(5.9, ProgressStatus.SubstantialProgress, 0.966794, 2.620014, 5.531095, 0.6)]
    [InlineData(6.1, ProgressStatus.ModerateProgress, 0.637533, 0.268136, 5.847104, 0.4)]
    [InlineData(6.4, ProgressStatus.LimitedProgress, 0.156875, -1.846349, 6.334190, 0.1)]
    [InlineData(6.7, ProgressStatus.Deterioration, -0.308988, -3.787459, 6.836741, -0.2)]
    public void Lower_is_better_every_status(double value, ProgressStatus status, double ratio, double score, double projected, double share)
    {
        var progress = Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5).ProgressOf(2018, value, 2015, 6.5);

        AssertMeasured(progress, status, ratio, score);
        Assert.Equal(5.5, progress.TargetValue);
        Assert.Equal(5.9, progress.ExpectedLinear!.Value, Precision);
        Assert.Equal(5.880076, progress.ExpectedCompound!.Value, Precision);
        Assert.Equal(projected, progress.Projected!.Value, Precision);
        Assert.Equal(share, progress.ShareCovered!.Value, Precision);
    }

    [Fact]
    public void Lower_is_better_achieved()
    {
        var progress = Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5).ProgressOf(2018, 5.4, 2015, 6.5);

        AssertMeasured(progress, ProgressStatus.TargetAchieved, null, 5);
        Assert.Equal("target_achieved", progress.StatusId);
        Assert.Equal(1.1, progress.ShareCovered!.Value, Precision);
    }

    // Example 2: coverage, higher is better, ≥ 95 % by 2020 from 80 % in 2015, measured in 2018.
    [Theory]
    [InlineData(96, ProgressStatus.TargetAchieved, null, 5.0)]
    [InlineData(90, ProgressStatus.SubstantialProgress, 1.145117, 3.893757)]
    [InlineData(87, ProgressStatus.ModerateProgress, 0.810897, 1.506455)]
    [InlineData(82, ProgressStatus.LimitedProgress, 0.236358, -1.515169)]
    [InlineData(78, ProgressStatus.Deterioration, -0.240330, -3.501385)]
    public void Higher_is_better_every_status(double value, ProgressStatus status, double? ratio, double score)
    {
        var progress = Make<Percent>(TargetOperator.AtLeast, Direction.HigherIsBetter, 95).ProgressOf(2018, value, 2015, 80);

        AssertMeasured(progress, status, ratio, score);
        Assert.Equal(89, progress.ExpectedLinear!.Value, Precision);
        Assert.Equal(88.689082, progress.ExpectedCompound!.Value, Precision);
    }

    [Fact]
    public void Describe_reads_the_whole_measure()
        => Assert.Equal(
            "moderate progress: 6.1 ‰ in 2018 from 6.5 ‰ in 2015 towards ≤ 5.5 ‰ by 2020; growth ratio 0.64, score 0.27; "
            + "expected 5.9 ‰ (straight line), 5.88 ‰ (compound); projected 5.85 ‰ in 2020; 40 % of the way",
            Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5).ProgressOf(2018, 6.1, 2015, 6.5).ToString());

    // Example 3: sex ratio at birth, neutral, 103–107 by 2020 from 112 in 2015.
    [Fact]
    public void Range_progress_towards_the_nearer_bound()
    {
        var target = Make<SexRatio>(TargetOperator.Between, Direction.Neutral, 103, valueMax: 107);

        var outside = target.ProgressOf(2018, 109, 2015, 112);
        AssertMeasured(outside, ProgressStatus.SubstantialProgress, 0.990880, 2.792059);
        Assert.Equal(107, outside.TargetValue);
        Assert.Equal(0.6, outside.ShareCovered!.Value, Precision);

        var through = target.ProgressOf(2018, 101, 2015, 112);
        Assert.Equal(ProgressStatus.Deterioration, through.Status);
        Assert.Equal(103, through.TargetValue);

        var inside = target.ProgressOf(2018, 106, 2015, 112);
        AssertMeasured(inside, ProgressStatus.TargetAchieved, null, 5);
        Assert.Equal(107, inside.TargetValue);
    }

    // Example 4: total fertility rate, neutral, about 1.6 by 2020 (default tolerance 5 %: 1.52–1.68) from 1.02 in 2015.
    [Fact]
    public void About_is_achieved_within_its_tolerance_and_otherwise_progresses_towards_the_value()
    {
        var target = Make<ChildrenPerWoman>(TargetOperator.About, Direction.Neutral, 1.6);

        AssertMeasured(target.ProgressOf(2018, 1.3, 2015, 1.02), ProgressStatus.ModerateProgress, 0.893802, 2.098637);
        AssertMeasured(target.ProgressOf(2018, 1.55, 2015, 1.02), ProgressStatus.TargetAchieved, null, 5);
    }

    // Example 5: life expectancy +1 year over 2015 (76.34): the threshold is 77.34.
    [Fact]
    public void Relative_target_with_a_baseline_counts_from_it()
    {
        var target = Make<Years>(TargetOperator.IncreaseBy, Direction.HigherIsBetter, 1, baselineYear: 2015, baselineValue: 76.34);

        var progress = target.ProgressOf(2018, 76.9);
        AssertMeasured(progress, ProgressStatus.ModerateProgress, 0.935926, 2.399527);
        Assert.Equal(2015, progress.BaseYear);
        Assert.Equal(76.34, progress.BaseValue);
        Assert.Equal(77.34, progress.TargetValue!.Value, Precision);
        Assert.Equal(0.56, progress.ShareCovered!.Value, Precision);
    }

    // Example 6: −10 % from 2015 (20 /10万): the threshold is 18.
    [Fact]
    public void Relative_percentage_decrease()
    {
        var target = Make<Per100K>(TargetOperator.DecreaseBy, Direction.LowerIsBetter, 10, baselineYear: 2015, relative: true, baselineValue: 20);

        var progress = target.ProgressOf(2018, 19);
        AssertMeasured(progress, ProgressStatus.ModerateProgress, 0.813002, 1.521493);
        Assert.Equal(18, progress.TargetValue!.Value, Precision);
    }

    [Fact]
    public void Relative_target_without_a_baseline_is_not_available()
    {
        var progress = Make<Years>(TargetOperator.IncreaseBy, Direction.HigherIsBetter, 1, baselineYear: 2015).ProgressOf(2018, 76.9);

        Assert.Equal(ProgressStatus.NotAvailable, progress.Status);
        Assert.Equal("not_available", progress.StatusId);
        Assert.Null(progress.Score);
        Assert.Null(progress.BaseValue);
        Assert.Equal("not available: the target is relative to 2015 and the plan gives no 2015 value", progress.ToString());
    }

    // Example 7: family doctor contracts from 0 % in 2015 to ≥ 50 % by 2020; 20 % in 2018. The zero counts as 0.001.
    [Fact]
    public void Zero_baseline_counts_as_a_thousandth()
    {
        var progress = Make<Percent>(TargetOperator.AtLeast, Direction.HigherIsBetter, 50).ProgressOf(2018, 20, 2015, 0);

        AssertMeasured(progress, ProgressStatus.SubstantialProgress, 3.392922, 5);
        Assert.Equal(0, progress.BaseValue);
        Assert.Equal(30, progress.ExpectedLinear!.Value, Precision);
        Assert.Equal(0.659754, progress.ExpectedCompound!.Value, Precision);
        Assert.Equal(0.4, progress.ShareCovered!.Value, Precision);
    }

    // Example 8: ≤ 0 cases by 2020 from 10 in 2015; 5 in 2018. The zero target counts as 0.001.
    [Fact]
    public void Zero_target_counts_as_a_thousandth()
    {
        var progress = Make<Count>(TargetOperator.AtMost, Direction.LowerIsBetter, 0).ProgressOf(2018, 5, 2015, 10);

        AssertMeasured(progress, ProgressStatus.LimitedProgress, 0.245154, -1.478518);
        Assert.Equal(0, progress.TargetValue);
    }

    // Example 9: a rate of −2 ‰ in 2015 to reach ≥ −1 ‰ by 2020; −1.5 ‰ in 2018. The sign rule turns the growth the right way.
    [Fact]
    public void Negative_baseline_follows_the_sign_rule()
        => AssertMeasured(
            Make<PerMille>(TargetOperator.AtLeast, Direction.HigherIsBetter, -1).ProgressOf(2018, -1.5, 2015, -2),
            ProgressStatus.ModerateProgress, 0.706374, 0.759858);

    // Example 10: immunisation 99 % in 2015 against ≥ 95 %: the baseline already meets the target.
    [Fact]
    public void A_baseline_that_meets_the_target_has_no_share_and_a_fall_below_it_is_deterioration()
    {
        var target = Make<Percent>(TargetOperator.AtLeast, Direction.HigherIsBetter, 95);

        var fallen = target.ProgressOf(2018, 94, 2015, 99);
        AssertMeasured(fallen, ProgressStatus.Deterioration, -2.084889, -5);
        Assert.Null(fallen.ShareCovered);

        var kept = target.ProgressOf(2018, 97, 2015, 99);
        AssertMeasured(kept, ProgressStatus.TargetAchieved, null, 5);
        Assert.Null(kept.ShareCovered);
    }

    [Fact]
    public void A_baseline_on_the_target_needs_no_growth_and_has_no_ratio()
    {
        var moved = Make<Percent>(TargetOperator.AtLeast, Direction.HigherIsBetter, 95).ProgressOf(2018, 94, 2015, 95);
        AssertMeasured(moved, ProgressStatus.Deterioration, null, -5);

        var still = Make<Count>(TargetOperator.Below, Direction.LowerIsBetter, 5).ProgressOf(2018, 5, 2015, 5);
        AssertMeasured(still, ProgressStatus.LimitedProgress, null, -2.5);
    }

    // Example 11: beds per 1,000, neutral, reach 4.44 by 2020 from 2.67; 3.5 in 2018: towards the value.
    [Fact]
    public void Neutral_reach_moves_towards_its_value()
        => AssertMeasured(
            Make<BedsPer1000>(TargetOperator.Reach, Direction.Neutral, 4.44).ProgressOf(2018, 3.5, 2015, 2.67),
            ProgressStatus.ModerateProgress, 0.881906, 2.013663);

    [Theory]
    [InlineData(2014, "the value is for 2014, before the base year 2015")]
    [InlineData(2015, "the value is for the base year 2015: no time has passed")]
    [InlineData(2021, "the value is for 2021, after the target year 2020")]
    public void Years_out_of_range_are_not_available(int year, string reason)
    {
        var progress = Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5).ProgressOf(year, 6, 2015, 6.5);

        Assert.Equal(ProgressStatus.NotAvailable, progress.Status);
        Assert.Equal(reason, progress.Reason);
        Assert.Null(progress.Score);
        Assert.Null(progress.ExpectedLinear);
    }

    [Fact]
    public void A_yes_no_goal_is_achieved_at_one_and_has_no_progress_in_between()
    {
        var target = Make<Achievement>(TargetOperator.Qualitative, Direction.HigherIsBetter, inPlan: true);

        Assert.Equal(ProgressStatus.TargetAchieved, target.ProgressOf(2018, 1).Status);
        var notYet = target.ProgressOf(2018, 0);
        Assert.Equal(ProgressStatus.NotAvailable, notYet.Status);
        Assert.Equal("a yes/no goal is achieved (1) or not (0): there is no progress in between", notYet.Reason);
        Assert.Equal(ProgressStatus.NotAvailable, target.ProgressOf(2018, 0, 2015, 0).Status);
    }

    // Example 12: a goal in words (逐步提高) on an indicator with numbers: Open SDG's method 1, growth against 0.015 / 0.005 / 0.
    [Theory]
    [InlineData(44, ProgressStatus.SubstantialProgress)]
    [InlineData(41, ProgressStatus.ModerateProgress)]
    [InlineData(40.5, ProgressStatus.LimitedProgress)]
    [InlineData(39, ProgressStatus.Deterioration)]
    public void A_goal_without_a_number_gets_open_sdgs_growth_rate_status(double value, ProgressStatus status)
    {
        var target = Make<Yuan>(TargetOperator.Qualitative, Direction.HigherIsBetter, inPlan: true, values: Value<Yuan>(2015, 40));

        var progress = target.ProgressOf(2018, value);
        Assert.Equal(status, progress.Status);
        Assert.Equal(2015, progress.BaseYear);

        // No single number meets a goal in words: it cannot be judged, only followed.
        Assert.False(target.CanJudge);
        Assert.Equal(AssessmentOutcome.CannotTell, target.AssessValue(value).Outcome);
        Assert.Throws<InvalidOperationException>(() => target.IsMetBy(new Quantity<Yuan>(value)));
        Assert.Null(progress.Score);
        Assert.Null(progress.TargetValue);
        Assert.Equal(40 * Math.Pow(value / 40, 5.0 / 3), progress.Projected!.Value, Precision);

        // Lower is better turns the sign: the same rise is deterioration.
        var lower = Make<Yuan>(TargetOperator.Qualitative, Direction.LowerIsBetter, inPlan: true, values: Value<Yuan>(2015, 40));
        Assert.Equal(value > 40 ? ProgressStatus.Deterioration : ProgressStatus.ModerateProgress, lower.ProgressOf(2018, value).Status);
    }

    [Fact]
    public void A_goal_without_a_number_on_a_neutral_indicator_or_without_a_baseline_is_not_available()
    {
        var neutral = Make<Yuan>(TargetOperator.Qualitative, Direction.Neutral, inPlan: true, values: Value<Yuan>(2015, 40));
        Assert.Equal("a goal without a number on a neutral indicator gives no way to progress in", neutral.ProgressOf(2018, 44).Reason);

        var none = Make<Yuan>(TargetOperator.Qualitative, Direction.HigherIsBetter, inPlan: true);
        Assert.Equal(ProgressStatus.NotAvailable, none.ProgressOf(2018, 44).Status);
        Assert.StartsWith("no baseline: the plan gives no level at or before 2015", none.ProgressOf(2018, 44).Reason);
    }

    [Fact]
    public void Default_baseline_is_the_latest_value_before_the_plan_period()
    {
        var target = Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5, inPlan: true,
            values: new[] { Value<PerMille>(2010, 9), Value<PerMille>(2015, 6.5), Value<PerMille>(2016, 6.3) });

        var progress = target.ProgressOf(2018, 6.1);
        Assert.Equal(2015, progress.BaseYear);
        Assert.Equal(6.5, progress.BaseValue);
        Assert.Equal(ProgressStatus.ModerateProgress, progress.Status);
        Assert.NotNull(target.Indicator.Plan);
    }

    [Fact]
    public void Without_a_level_at_or_before_the_base_year_there_is_no_baseline_and_the_reason_says_why()
    {
        var values = new[] { Value<PerMille>(2017, 6.2), Value<PerMille>(2016, 6.5), Value<PerMille>(2018, 6.0) };

        var inPlan = Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5, inPlan: true, values: values);
        Assert.False(inPlan.Baseline.IsKnown);
        Assert.Equal("the plan gives no level at or before 2015 (the year before the plan's period 2016–2020)", inPlan.Baseline.Reason);
        var progress = inPlan.ProgressOf(2018, 6.1);
        Assert.Equal(ProgressStatus.NotAvailable, progress.Status);
        Assert.Equal("no baseline: " + inPlan.Baseline.Reason, progress.Reason);

        // An indicator in no plan has no period: its latest level before the target year.
        var noPlan = Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5, values: values);
        Assert.Equal(2018, noPlan.Baseline.Year);
    }

    [Fact]
    public void A_value_for_a_period_marked_as_its_end_level_is_a_baseline_and_a_change_is_not()
    {
        var periodEnd = new ReportedValue<PerMille>(2015, 5.9.PerMille(), Build.Source) { PeriodStart = 2011, PeriodEnd = 2015, AtPeriodEnd = true };
        var total = new ReportedValue<PerMille>(2015, 30.PerMille(), Build.Source) { PeriodStart = 2011, PeriodEnd = 2015 };
        var change = new ReportedValue<PerMille>(2015, -1.2.PerMille(), Build.Source) { ChangeFrom = 2010 };

        var target = Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5, inPlan: true, values: new[] { total, change, periodEnd });
        Assert.Same(periodEnd, target.Baseline.Reported);
        Assert.Equal(0.819751, target.ProgressOf(2018, 5.7).GrowthRatio!.Value, Precision);

        var without = Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5, inPlan: true, values: new[] { total, change });
        Assert.False(without.Baseline.IsKnown);
    }

    [Fact]
    public void Default_baseline_prefers_the_targets_scope()
    {
        var target = Make<Minutes>(TargetOperator.AtMost, Direction.LowerIsBetter, 10, scope: "urban", inPlan: true,
            values: new[] { Value<Minutes>(2015, 12.2, "rural"), Value<Minutes>(2015, 11, null), Value<Minutes>(2015, 9.1, "urban") });

        Assert.Equal(9.1, target.ProgressOf(2018, 9).BaseValue);
    }

    [Fact]
    public void An_explicit_baseline_in_another_unit_is_converted()
    {
        var target = Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, 5.5);

        var progress = target.Progress(2018, 6.1.PerMille(), new ReportedValue<PerMille>(2015, 6.5.PerMille(), Build.Source));
        Assert.Equal(0.637533, progress.GrowthRatio!.Value, Precision);
        Assert.Equal(6.5, target.ProgressOf(2018, 6.1, Value<Percent>(2015, 0.65)).BaseValue!.Value, Precision);
        Assert.Equal(0.637533, target.Progress(2018, 6.1.PerMille(), 2015, 6.5.PerMille()).GrowthRatio!.Value, Precision);
    }

    [Fact]
    public void Statuses_have_one_open_sdg_identifier_and_one_wording_each()
    {
        var statuses = Enum.GetValues<ProgressStatus>();
        Assert.Equal(statuses.Length, ProgressTokens.OpenSdg.Tokens.Count);
        Assert.All(statuses, status => Assert.True(ProgressTokens.OpenSdg.TryParse(ProgressTokens.OpenSdg.TokenOf(status)!, out var back) && back == status));
        Assert.Equal("substantial progress", ProgressStatus.SubstantialProgress.Describe());
        Assert.Equal(statuses.Length, statuses.Select(status => status.Describe()).Distinct().Count());
        Assert.True(ProgressStatus.TargetAchieved > ProgressStatus.SubstantialProgress && ProgressStatus.Deterioration > ProgressStatus.NotAvailable);
    }

    // Properties.

    private static readonly Gen<int> Years = Gen.Int[2016, 2020];

    [Fact]
    public void Moving_away_from_the_target_never_improves_the_status_lower_is_better()
        => Gen.Select(Gen.Double[0, 100], Gen.Double[0.01, 100], Gen.Double[0.01, 100], Gen.Double[0, 50], Years).Sample((baseline, aim, value, away, year) =>
        {
            var target = Make<PerMille>(TargetOperator.AtMost, Direction.LowerIsBetter, aim);
            Assert.True(target.ProgressOf(year, value + away, 2015, baseline).Status <= target.ProgressOf(year, value, 2015, baseline).Status);
        });

    [Fact]
    public void Moving_away_from_the_target_never_improves_the_status_higher_is_better()
        => Gen.Select(Gen.Double[0, 100], Gen.Double[0.01, 100], Gen.Double[0.01, 100], Gen.Double[0, 1], Years).Sample((baseline, aim, value, fraction, year) =>
        {
            var target = Make<Percent>(TargetOperator.AtLeast, Direction.HigherIsBetter, aim);
            Assert.True(target.ProgressOf(year, value * (1 - fraction), 2015, baseline).Status <= target.ProgressOf(year, value, 2015, baseline).Status);
        });

    private static readonly Gen<TargetOperator> Operators = Gen.OneOf(
        TargetOperator.AtLeast, TargetOperator.AtMost, TargetOperator.Above, TargetOperator.Below, TargetOperator.Reach, TargetOperator.Between, TargetOperator.About);

    private static readonly Gen<Direction> Directions = Gen.OneOf(Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.Neutral);

    [Fact]
    public void The_score_lies_in_its_range_and_agrees_with_the_status()
        => Gen.Select(Operators, Directions, Gen.Double[-100, 100], Gen.Double[-100, 100], Gen.Double[-100, 100], Years).Sample((op, direction, baseline, aim, value, year) =>
        {
            var target = Make<Count>(op, direction, aim, valueMax: op == TargetOperator.Between ? aim + 10 : null);
            var progress = target.ProgressOf(year, value, 2015, baseline);
            if (progress.Status == ProgressStatus.NotAvailable)
            {
                Assert.Null(progress.Score);
                Assert.NotNull(progress.Reason);
                return;
            }

            double score = progress.Score!.Value;
            Assert.InRange(score, -5, 5);
            var (low, high) = progress.Status switch
            {
                ProgressStatus.TargetAchieved => (5, 5),
                ProgressStatus.SubstantialProgress => (2.5, 5),
                ProgressStatus.ModerateProgress => (0, 2.5001),
                ProgressStatus.LimitedProgress => (-2.5, 0.0001),
                _ => (-5, -2.5),
            };
            Assert.InRange(score, low, high);
            Assert.Equal(progress.Status == ProgressStatus.TargetAchieved, target.AssessValue(value).Outcome == AssessmentOutcome.Met);
        });
}
