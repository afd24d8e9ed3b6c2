using System.Collections.Generic;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Runtime;

public class IndicatorTests
{
    private static Indicator<PerMille> InfantMortality() => new(
        planId: "fuxin-2016-2020",
        id: "infant-mortality-rate",
        nameZh: "婴儿死亡率",
        nameEn: "Infant mortality rate",
        concept: "infant-mortality-rate",
        category: "health-status",
        direction: Direction.LowerIsBetter,
        values: new[] { new ReportedValue<PerMille>(2015, 6.5.PerMille(), Build.Source) },
        targets: new[]
        {
            new Target<PerMille>(2020, TargetOperator.AtMost, Build.Source, value: 6.3, decimals: 1),
            new Target<PerMille>(2020, TargetOperator.AtMost, Build.Source, value: 3, scope: "urban"),
        });

    [Fact]
    public void ToString_reads_like_the_plan()
        => Assert.Equal("婴儿死亡率 Infant mortality rate: ≤ 6.3 ‰ by 2020; ≤ 3 ‰ by 2020 (urban)", InfantMortality().ToString());

    [Fact]
    public void Targets_are_found_by_year_and_scope()
    {
        var indicator = InfantMortality();
        Assert.Equal(6.3, indicator.Target(2020).Value);
        Assert.Equal(3, indicator.Target(2020, "urban").Value);
        Assert.Null(indicator.FindTarget(2019));
        var missing = Assert.Throws<KeyNotFoundException>(() => indicator.Target(2025));
        Assert.Contains("≤ 6.3 ‰ by 2020", missing.Message);
    }

    [Fact]
    public void Values_fall_back_to_the_unscoped_figure()
    {
        var indicator = InfantMortality();
        Assert.Equal(6.5, indicator.FindValue(2015)!.Value);
        Assert.Equal(6.5, indicator.FindValue(2015, "urban")!.Value);
        Assert.Null(indicator.FindValue(2016));
    }

    [Fact]
    public void Targets_know_their_indicator()
    {
        var indicator = InfantMortality();
        Assert.Same(indicator, indicator.Targets[0].Indicator);
        Assert.Throws<System.InvalidOperationException>(() => new Indicator<PerMille>(
            "p", "again", "再", "Again", "c", "other", Direction.Neutral, System.Array.Empty<ReportedValue<PerMille>>(), new[] { indicator.Targets[0] }));
    }

    [Fact]
    public void Catalogue_finds_plans_indicators_and_concepts()
    {
        var indicator = InfantMortality();
        var plan = new Plan("fuxin-2016-2020", "规划", "Plan", new Region("fuxin", "阜新市", "Fuxin", AdministrativeLevel.PrefectureCity), 2016, 2020, "doc.txt", new IIndicator[] { indicator });
        var catalogue = new PlanCatalogue(new[] { plan });

        Assert.Same(plan, catalogue.FindPlan("fuxin-2016-2020"));
        Assert.Same(indicator, catalogue.FindIndicator("fuxin-2016-2020", "infant-mortality-rate"));
        Assert.Null(catalogue.FindIndicator("fuxin-2016-2020", "nope"));
        Assert.Equal(new IIndicator[] { indicator }, catalogue.FindByConcept("infant-mortality-rate"));
        Assert.Throws<System.ArgumentException>(() => PlanCatalogue.Combine(catalogue, catalogue));
    }

    [Fact]
    public void A_deferred_catalogue_builds_a_plan_only_when_it_is_used()
    {
        int built = 0;
        Plan Build(string id)
        {
            built++;
            return new Plan(id, "规划", "Plan", new Region("r", "区", "Region", AdministrativeLevel.District), 2016, 2020, "doc.txt", new IIndicator[] { InfantMortality() });
        }

        var catalogue = PlanCatalogue.Deferred(new[]
        {
            new KeyValuePair<string, System.Func<Plan>>("b-2016-2020", () => Build("b-2016-2020")),
            new KeyValuePair<string, System.Func<Plan>>("a-2016-2020", () => Build("a-2016-2020")),
        });

        Assert.Equal(new[] { "a-2016-2020", "b-2016-2020" }, catalogue.PlanIds);
        Assert.Equal(0, built);
        Assert.Equal("b-2016-2020", catalogue.FindPlan("b-2016-2020")!.Id);
        Assert.Equal(1, built);
        Assert.Equal(2, catalogue.FindByConcept("infant-mortality-rate").Count);
        Assert.Equal(2, built);
        Assert.Empty(catalogue.FindByConcept("no-such-concept"));
    }

    [Fact]
    public void A_deferred_entry_must_return_the_plan_it_names()
    {
        var catalogue = PlanCatalogue.Deferred(new[]
        {
            new KeyValuePair<string, System.Func<Plan>>("a-2016-2020", () => new Plan("z-2016-2020", "规划", "Plan", new Region("r", "区", "Region", AdministrativeLevel.District), 2016, 2020, "doc.txt", System.Array.Empty<IIndicator>())),
        });
        Assert.Throws<System.InvalidOperationException>(() => catalogue.FindPlan("a-2016-2020"));
    }
}
