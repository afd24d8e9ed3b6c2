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
    [InlineData("fuxin-2016-2020", 76, 81, 0)]
    [InlineData("shanxi-2016-2020", 93, 80, 49)]
    [InlineData("anshan-2021-2025", 30, 39, 9)]
    [InlineData("lucheng-2016-2020", 70, 63, 21)]
    [InlineData("cixi-2016-2020", 102, 140, 21)]
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
        Assert.Equal((TargetOperator.AtMost, 5.5, 82), Describe(Shanxi.InfantMortalityRate.Target(2020)));
        Assert.Equal((TargetOperator.AtMost, 130.0, 126), Describe(Shanxi.BirthDefectIncidence.Target(2020)));
        Assert.Equal((TargetOperator.IncreaseBy, 1.0, 78), Describe(Shanxi.LifeExpectancy.Target(2020)));
        Assert.Equal(5.9, Shanxi.InfantMortalityRate.FindValue(2015)!.Value);
        Assert.Equal(9, Shanxi.InfantMortalityRate.FindValue(2015)!.Source.Line);
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
        Assert.Equal((TargetOperator.AtLeast, 82.0, 54), Describe(life.Target(2020)));
        Assert.Contains(Plans.Cixi.Fyp13.Plan.Indicators, indicator => indicator.Attribute == IndicatorAttribute.Binding);
    }

    private static (TargetOperator, double, int?) Describe(ITarget target) => (target.Operator, target.Value!.Value, target.Source.Line);
}
