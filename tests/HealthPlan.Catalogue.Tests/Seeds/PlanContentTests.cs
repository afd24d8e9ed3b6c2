using System.Linq;
using HealthPlan.Catalogue.Seeds;
using HealthPlan.Catalogue.Units;
using Lucheng = HealthPlan.Catalogue.Seeds.Plans.Lucheng.Fyp13;
using Shanxi = HealthPlan.Catalogue.Seeds.Plans.Shanxi.Fyp13;

namespace HealthPlan.Catalogue.Tests.Seeds;

/// <summary>
/// Per plan: how many indicators, targets and values the catalogue holds, and figures a reader can
/// check against the document at the given line.
/// </summary>
public class PlanContentTests
{
    [Theory]
    [InlineData("fuxin-2016-2020", 77, 81, 1)]
    [InlineData("shanxi-2016-2020", 112, 75, 71)]
    [InlineData("anshan-2021-2025", 74, 59, 60)]
    [InlineData("lucheng-2016-2020", 88, 65, 40)]
    [InlineData("cixi-2016-2020", 107, 138, 32)]
    public void Each_plan_holds_every_indicator_target_and_value_curated(string planId, int indicators, int targets, int values)
    {
        var plan = Plans.Catalogue.FindPlan(planId)!;
        Assert.Equal(indicators, plan.Indicators.Count);
        Assert.Equal(targets, plan.Targets.Count());
        Assert.Equal(values, plan.Indicators.Sum(indicator => indicator.Values.Count));
    }

    [Fact]
    public void Shanxi_table_and_review_figures()
    {
        // Stated first in the text (line 68), then in 专栏一 (line 82): one target with both sources.
        var infant = Shanxi.InfantMortalityRate.Target(2020);
        Assert.Equal((TargetOperator.AtMost, 5.5, 68), Describe(infant));
        Assert.Equal(new int?[] { 68, 82 }, infant.Sources.Select(source => source.Line));
        Assert.Equal((TargetOperator.AtMost, 130.0, 126), Describe(Shanxi.BirthDefectIncidence.Target(2020)));
        Assert.Equal((TargetOperator.IncreaseBy, 1.0, 68), Describe(Shanxi.LifeExpectancy.Target(2020)));

        // The review of the 12th Five-Year period gives 5.90‰ with no year: a value for 2011–2015, marked as the level reached
        // at the period's end, so it is the 2015 level and the 2016–2020 plan's baseline.
        var reported = Assert.Single(Shanxi.InfantMortalityRate.Values);
        Assert.Equal((5.9, 2011, 2015, 9, true), (reported.Value, reported.PeriodStart, reported.PeriodEnd, reported.Source.Line, reported.AtPeriodEnd));
        Assert.Same(reported, Shanxi.InfantMortalityRate.FindValue(2015));
        Assert.Same(reported, infant.Baseline.Reported);
        Assert.IsType<Indicator<Per10K>>(Shanxi.BirthDefectIncidence);
    }

    [Fact]
    public void Anshan_keeps_the_per_mille_written_as_percent_with_a_note()
    {
        var infant = Plans.Anshan.Fyp14.InfantMortalityRate;
        var reported = infant.FindValue(2019)!;
        Assert.Equal(3.53, reported.Value);
        Assert.Equal("婴儿死亡率3.53%", reported.Source.Quote);
        Assert.Contains("‰", reported.Note);
        Assert.Equal((TargetOperator.AtMost, 5.0, 207), Describe(infant.Target(2025)));
    }

    [Fact]
    public void Anshan_table_column_2020_holds_the_previous_plans_targets()
    {
        // Line 207: 婴儿死亡率 ≤6.3‰ (2020 column) ≤5.0‰ (2025); line 13: the previous plan's "below 8" in the text.
        var infant = Plans.Anshan.Fyp14.InfantMortalityRate;
        var previous = infant.TargetsFor(2020);
        Assert.All(previous, target => Assert.True(target.IsPreviousPeriod));
        Assert.Equal(new[] { 8.0, 6.3 }, previous.Select(target => target.Value!.Value));
        Assert.Equal((TargetOperator.AtMost, 6.3, 207), Describe(infant.Target(2020)));
        Assert.True(infant.Target(2020).InTable);
        Assert.Equal("≤ 6.3 ‰ by 2020 (previous plan)", infant.Target(2020).ToString());
        Assert.False(infant.Target(2025).IsPreviousPeriod);
        Assert.True(Plans.Anshan.Fyp14.Plan.Targets.Count(target => target.IsPreviousPeriod) >= 15);
    }

    [Fact]
    public void Fuxin_four_medical_groups_written_in_Chinese_is_a_number()
    {
        var groups = Plans.Fuxin.Fyp13.MedicalGroupFormation.Target(2020);
        Assert.Equal((TargetOperator.Reach, 4.0, 78), Describe(groups));
        Assert.Equal("为龙头的四家医疗集团", groups.Source.Quote);
        Assert.Contains("四家", groups.Note);
    }

    [Fact]
    public void Lucheng_previous_plan_results_and_range_target()
    {
        Assert.Equal(2.48, Lucheng.UnderFiveMortalityRate.FindValue(2015)!.Value);
        Assert.Equal((TargetOperator.AtMost, 7.0, 178), Describe(Lucheng.UnderFiveMortalityRate.Target(2020)));
        var defects = Lucheng.BirthDefectIncidence.Target(2020);
        Assert.Equal((TargetOperator.Between, 15.0, 20.0), (defects.Operator, defects.Value!.Value, defects.ValueMax!.Value));
    }

    [Fact]
    public void Cixi_table_columns_become_direction_attribute_value_and_target()
    {
        var life = Plans.Cixi.Fyp13.LifeExpectancy;
        Assert.Equal(Direction.HigherIsBetter, life.Direction);
        Assert.Equal(IndicatorAttribute.Anticipatory, life.Attribute);
        Assert.Equal(81.09, life.FindValue(2015)!.Value);
        // 具体目标 (line 30) states it first, 表1 (line 54) again: one target, both sources, the table's.
        Assert.Equal((TargetOperator.AtLeast, 82.0, 30), Describe(life.Target(2020)));
        Assert.Equal(new int?[] { 30, 54 }, life.Target(2020).Sources.Select(source => source.Line));
        Assert.True(life.Target(2020).InTable);

        // The review reports the change since 2010 beside the level: a change, never mistaken for the 2015 level.
        var change = Assert.Single(life.Values, value => value.ChangeFrom is not null);
        Assert.Equal((1.57, 2010, 2015), (change.Value, change.ChangeFrom, change.Year));
        Assert.Equal("+1.57 岁 over 2010 in 2015", change.ToString());

        // The table says ≤ 8.0 ‰, the text 小于 (<) 8.0 ‰: Target(2020) is the table's, TargetsFor(2020) gives both.
        var infant = Plans.Cixi.Fyp13.InfantMortalityRate;
        Assert.Equal(TargetOperator.AtMost, infant.Target(2020).Operator);
        Assert.Equal(new[] { TargetOperator.AtMost, TargetOperator.Below }, infant.TargetsFor(2020).Select(target => target.Operator).Order());
        Assert.Contains(Plans.Cixi.Fyp13.Plan.Indicators, indicator => indicator.Attribute == IndicatorAttribute.Binding);
    }

    private static (TargetOperator, double, int?) Describe(ITarget target) => (target.Operator, target.Value!.Value, target.Source.Line);
}
