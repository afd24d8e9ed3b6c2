using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Runtime;

/// <summary>
/// Issue 13 in the runtime, on objects built in code: which target <c>Target(year)</c> picks among restatements, previous
/// plans' targets and changes or period values kept out of assessment and progress, and every source checked.
/// </summary>
public sealed class RestatedTargetTests : IDisposable
{
    private static readonly Provenance Line9 = new("doc.txt", 9, "≤6.3‰");
    private static readonly Provenance Line40 = new("doc.txt", 40, "6.3");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "restated-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static Indicator<PerMille> Infant(IEnumerable<Target<PerMille>> targets, params ReportedValue<PerMille>[] values) => new(
        "plan-2021-2025", "infant-mortality-rate", "婴儿死亡率", "Infant mortality rate", "infant-mortality-rate", "health-status",
        Direction.LowerIsBetter, values, targets, IndicatorAttribute.Binding);

    private static Plan PlanOf(params IIndicator[] indicators)
        => new("plan-2021-2025", "规划", "Plan", new Region("r", "区", "Region", AdministrativeLevel.District), 2021, 2025, "doc.txt", indicators);

    private static Target<PerMille> AtMost(int year, double value, Provenance? source = null, bool table = false, bool previous = false)
        => new(year, TargetOperator.AtMost, source ?? Line9, value, decimals: 1, inTable: table, previousPeriod: previous);

    private static ReportedValue<PerMille> Level(int year, double value) => new(year, new Quantity<PerMille>(value), Line9);

    [Fact]
    public void One_target_for_the_year_is_the_target()
    {
        var indicator = Infant(new[] { AtMost(2025, 5) });
        Assert.Same(indicator.Targets[0], indicator.Target(2025));
        Assert.Same(indicator.Targets[0], indicator.FindTarget(2025));
        Assert.Single(indicator.TargetsFor(2025));
        Assert.Empty(indicator.TargetsFor(2024));
    }

    [Fact]
    public void Restatements_that_say_the_same_give_the_first()
    {
        var indicator = Infant(new[] { AtMost(2025, 5, Line9), AtMost(2025, 5, Line40, table: true) });
        Assert.Same(indicator.Targets[0], indicator.Target(2025));
        Assert.Equal(2, indicator.TargetsFor(2025).Count);
    }

    [Fact]
    public void Restatements_that_differ_give_the_tables_one()
    {
        var below = new Target<PerMille>(2025, TargetOperator.Below, Line9, 5, decimals: 1);
        var indicator = Infant(new[] { below, AtMost(2025, 5, Line40, table: true) });
        Assert.Same(indicator.Targets[1], indicator.Target(2025));
        Assert.Same(indicator.Targets[1], indicator.FindTarget(2025));
    }

    [Fact]
    public void Restatements_that_differ_without_a_table_mark_throw_listing_them()
    {
        var indicator = Infant(new[] { AtMost(2025, 5, Line9), AtMost(2025, 4.8, Line40) });

        var error = Assert.Throws<InvalidOperationException>(() => indicator.Target(2025));
        Assert.Contains("≤ 5.0 ‰ by 2025", error.Message);
        Assert.Contains("≤ 4.8 ‰ by 2025", error.Message);
        Assert.Contains("doc.txt:40", error.Message);
        Assert.Contains("TargetsFor", error.Message);
        Assert.Null(indicator.FindTarget(2025));
        Assert.Equal(indicator.Targets, indicator.TargetsFor(2025));
        Assert.Throws<KeyNotFoundException>(() => indicator.Target(2024));
    }

    [Fact]
    public void A_bare_figure_and_the_same_number_with_words_are_one_target_judged_once_read_with_the_words()
    {
        var bare = new Target<PerMille>(2025, TargetOperator.Reach, Line40, 5, decimals: 1, inTable: true);
        var indicator = Infant(new[] { bare, AtMost(2025, 5, Line9) });
        var plan = PlanOf(indicator);

        Assert.True(bare.SaysTheSame(indicator.Targets[1]));
        Assert.True(indicator.Targets[1].SaysTheSame(bare));
        Assert.Same(indicator.Targets[1], indicator.Target(2025));
        Assert.Same(indicator.Targets[1], Assert.Single(indicator.JudgedTargets(2025)));
        Assert.False(bare.IsJudged);
        Assert.True(indicator.Targets[1].IsJudged);
        Assert.Same(indicator.Targets[1], indicator.ProgressTarget(2023));

        var assessment = new TestActuals(plan) { Year = 2025 }.With(0, 5.0.PerMille()).Assess();
        Assert.Same(indicator.Targets[1], Assert.Single(assessment.Results).Target);
    }

    [Theory]
    [InlineData(TargetOperator.Below, 5.0)]
    [InlineData(TargetOperator.AtMost, 4.8)]
    [InlineData(TargetOperator.Above, 5.0)]
    public void Another_operator_or_number_is_another_target_judged_apart(TargetOperator op, double value)
    {
        var other = new Target<PerMille>(2025, op, Line40, value, decimals: 1);
        var indicator = Infant(new[] { AtMost(2025, 5, Line9, table: true), other });
        var plan = PlanOf(indicator);

        Assert.False(indicator.Targets[0].SaysTheSame(other));
        Assert.Equal(indicator.Targets, indicator.JudgedTargets(2025));
        Assert.Same(indicator.Targets[0], indicator.ProgressTarget(2023));
        Assert.Equal(2, new TestActuals(plan) { Year = 2025 }.With(0, 5.0.PerMille()).Assess().Results.Count);
    }

    [Fact]
    public void Without_a_table_mark_progress_goes_towards_the_first_target_that_can_be_judged()
    {
        // A decrease from 2020 with no 2020 value cannot be judged; the ≤ 5.5 can.
        var decrease = new Target<PerMille>(2025, TargetOperator.DecreaseBy, Line9, 10, baselineYear: 2020, relative: true);
        var indicator = Infant(new[] { decrease, AtMost(2025, 5.5, Line40) }, Level(2019, 6.0));
        _ = PlanOf(indicator);

        Assert.Null(indicator.FindTarget(2025));
        Assert.Same(indicator.Targets[1], indicator.ProgressTarget(2023));
        Assert.Equal("the target is relative to 2020 and the plan gives no 2020 value", decrease.Baseline.Reason);
        Assert.Equal(2019, indicator.Targets[1].Baseline.Year);
    }

    [Fact]
    public void The_baseline_is_the_latest_level_before_the_plans_period_for_every_output()
    {
        // china-2016-2020 states infant mortality for 2010 and 2015: the base year of a 2016–2020 plan is 2015.
        var indicator = new Indicator<PerMille>("china-2016-2020", "infant-mortality-rate", "婴儿死亡率", "Infant mortality rate", "infant-mortality-rate",
            "health-status", Direction.LowerIsBetter, new[] { Level(2010, 13.1), Level(2015, 8.1), Level(2017, 6.8) },
            new[] { new Target<PerMille>(2020, TargetOperator.Below, Line9, 7.5, decimals: 1) });
        _ = new Plan("china-2016-2020", "规划", "Plan", new Region("china", "中国", "China", AdministrativeLevel.Country), 2016, 2020, "doc.txt", new IIndicator[] { indicator });

        var baseline = indicator.Targets[0].Baseline;
        Assert.Equal(2015, baseline.Year);
        Assert.Equal(8.1, baseline.Value);
        Assert.Same(indicator.Values[1], baseline.Reported);
        Assert.Equal("8.1 ‰ in 2015", baseline.ToString());
        Assert.Equal(baseline, indicator.Baseline());
        Assert.Equal(2015, indicator.Targets[0].ProgressOf(2018, 7.0).BaseYear);
        Assert.Null(AtMost(2020, 6.3, previous: true) is var previous && Infant(new[] { previous }) is not null ? previous.Baseline.Year : 0);
    }

    [Fact]
    public void Sources_start_with_the_source()
    {
        var target = new Target<PerMille>(2025, TargetOperator.AtMost, Line9, 5, sources: new[] { Line9, Line40 });
        Assert.Equal(new[] { Line9, Line40 }, target.Sources);
        Assert.Equal(new[] { Line9 }, AtMost(2025, 5).Sources);
        Assert.Throws<ArgumentException>(() => new Target<PerMille>(2025, TargetOperator.AtMost, Line9, 5, sources: new[] { Line40 }));

        var value = Level(2020, 5.1) with { Sources = new[] { Line9, Line40 } };
        Assert.Equal(new[] { Line9, Line40 }, value.Sources);
        Assert.Equal(new[] { Line9 }, Level(2020, 5.1).Sources);
        Assert.Throws<ArgumentException>(() => Level(2020, 5.1) with { Sources = Array.Empty<Provenance>() });
        Assert.NotEqual(Level(2020, 5.1), value);
        Assert.Equal(Level(2020, 5.1) with { Sources = new[] { Line9, Line40 } }, value);
    }

    [Fact]
    public void Assess_leaves_out_previous_period_targets_and_progress_skips_them()
    {
        // The 2020 column restates the previous plan's ≤ 6.3; the plan's own target is ≤ 5.0 by 2025.
        var indicator = Infant(new[] { AtMost(2020, 6.3, previous: true), AtMost(2025, 5) }, Level(2020, 6.0));
        var plan = PlanOf(indicator);

        var in2020 = new TestActuals(plan) { Year = 2020 }.With(0, 5.9.PerMille()).Assess();
        Assert.Empty(in2020.Results);
        Assert.Empty(in2020.NotAssessed);
        var progress = Assert.Single(in2020.Progress);
        Assert.Equal(2025, progress.TargetYear);

        var in2025 = new TestActuals(plan) { Year = 2025 }.With(0, 4.9.PerMille()).Assess();
        Assert.Equal(AssessmentOutcome.Met, Assert.Single(in2025.Results).Outcome);
    }

    [Fact]
    public void Progress_starts_from_a_level_never_from_a_change_or_a_period_value()
    {
        var change = new ReportedValue<PerMille>(2020, new Quantity<PerMille>(-1.2), Line40) { ChangeFrom = 2015 };
        var period = new ReportedValue<PerMille>(2020, new Quantity<PerMille>(5.5), Line40) { PeriodStart = 2016, PeriodEnd = 2020 };
        var indicator = Infant(new[] { AtMost(2025, 5) }, change, period, Level(2019, 6.0));
        _ = PlanOf(indicator);

        var progress = indicator.Target(2025).ProgressOf(2023, 5.5);
        Assert.Equal(2019, progress.BaseYear);
        Assert.Equal(6.0, progress.BaseValue);
        Assert.Equal(6.0, indicator.FindValue(2019)!.Value);
        Assert.Null(indicator.FindValue(2020));
        Assert.Equal("−1.2 ‰ over 2015 in 2020", change.ToString());
        Assert.Equal("5.5 ‰ in 2016–2020", period.ToString());
    }

    [Fact]
    public void Source_check_checks_every_source()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "doc.txt"), string.Join("\n", Enumerable.Range(1, 40).Select(line => line == 9 ? "婴儿死亡率≤6.3‰" : "line")) + "\n");
        var target = new Target<PerMille>(2025, TargetOperator.AtMost, Line9, 6.3, sources: new[] { Line9, Line40 });
        var plan = PlanOf(Infant(new[] { target }));

        var result = SourceCheck.Check(plan, _folder);

        Assert.Equal(2, result.CheckedCount);
        var mismatch = Assert.Single(result.Mismatches);
        Assert.Equal(40, mismatch.Line);
    }

    private sealed class TestActuals : PlanActuals
    {
        private readonly double?[] _values;

        public TestActuals(Plan plan)
            : base(plan)
        {
            _values = new double?[plan.Indicators.Count];
        }

        public TestActuals With<TUnit>(int index, Quantity<TUnit> value) where TUnit : class, IUnit
        {
            _values[index] = value.Value;
            return this;
        }

        protected override void CopyValues(Span<double?> values) => _values.CopyTo(values);
    }
}
