using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HealthPlan.Catalogue.Seeds;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Benchmarks.Runtime;

/// <summary>
/// The runtime API a dashboard calls on every request: find an indicator by plan and id, every
/// indicator of a concept across plans, and whether a measured value meets a target.
/// </summary>
/// <remarks>
/// The catalogue is initialised before measuring (the generated static initialisers have run), so these
/// are steady-state costs. <c>IsMetBy</c> is measured per operator because each takes its own path.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(LookupConfig))]
public class RuntimeLookupBenchmarks
{
    private const string PlanId = "fuxin-2016-2020";
    private const string IndicatorId = "infant-mortality-rate";
    private const string Concept = "infant-mortality-rate";

    private PlanCatalogue _catalogue = null!;
    private Target<PerMille> _atMost = null!;
    private Target<BedsPer1000> _reachNeutral = null!;
    private Target<SexRatio> _between = null!;
    private Target<ChildrenPerWoman> _about = null!;
    private Target<Years> _increaseBy = null!;
    private Target<Percent> _decreaseByRelative = null!;
    private double _actual;

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = Plans.Catalogue;
        _atMost = Plans.Fuxin.Fyp13.InfantMortalityRate.Target(2020);
        _reachNeutral = Plans.Fuxin.Fyp13.HospitalBedsPer1000.Target(2020);
        _between = Plans.Anshan.Fyp14.SexRatioAtBirth.Targets.First(target => target.Operator == TargetOperator.Between);
        _about = Plans.Shanxi.Fyp13.TotalFertilityRate.Targets.First(target => target.Operator == TargetOperator.About);

        // The seed plans' increase and decrease targets have no stated baseline, so IsMetBy would stop at
        // "cannot tell". These two carry their baseline, to time the arithmetic path as well. Baselines are
        // resolved when the plan is generated (not from the indicator's values at run time), so a target
        // built by hand states its own.
        var source = new Provenance("benchmark.txt", 1, "比2015年提高1岁");
        _increaseBy = new Indicator<Years>(
            "benchmark", "life-expectancy", "人均期望寿命", "Life expectancy", "life-expectancy", "health-status", Direction.HigherIsBetter,
            new[] { new ReportedValue<Years>(2015, 77.14.Years(), source) },
            new[] { new Target<Years>(2020, TargetOperator.IncreaseBy, source, value: 1, baselineYear: 2015, baselineValue: 77.14) }).Targets[0];
        _decreaseByRelative = new Indicator<Percent>(
            "benchmark", "premature-ncd-mortality", "过早死亡率", "Premature NCD mortality", "premature-ncd-mortality", "disease-control", Direction.LowerIsBetter,
            new[] { new ReportedValue<Percent>(2015, 18.3.Percent(), source) },
            new[] { new Target<Percent>(2020, TargetOperator.DecreaseBy, source, value: 10, baselineYear: 2015, relative: true, baselineValue: 18.3) }).Targets[0];
        _actual = 5.9;

        if (FindByConceptEnumerate() == 0 || FindIndicator() is null || _increaseBy.BaselineValue is null)
        {
            throw new InvalidOperationException("The seed catalogue does not have the indicators these benchmarks look up.");
        }
    }

    [Benchmark]
    public IIndicator? FindIndicator() => _catalogue.FindIndicator(PlanId, IndicatorId);

    [Benchmark]
    public IIndicator? FindIndicator_UnknownId() => _catalogue.FindIndicator(PlanId, "no-such-indicator");

    /// <summary>FindByConcept and a foreach over its result, as every caller does.</summary>
    [Benchmark]
    public int FindByConceptEnumerate()
    {
        int count = 0;
        foreach (var indicator in _catalogue.FindByConcept(Concept))
        {
            count += indicator.Targets.Count;
        }

        return count;
    }

    /// <summary>FindByConcept read by index: the result is an IReadOnlyList, so no enumerator is needed.</summary>
    [Benchmark]
    public int FindByConceptIndexed()
    {
        var indicators = _catalogue.FindByConcept(Concept);
        int count = 0;
        for (int i = 0; i < indicators.Count; i++)
        {
            count += indicators[i].Targets.Count;
        }

        return count;
    }

    [Benchmark]
    public int FindByConceptEnumerate_UnknownConcept()
    {
        int count = 0;
        foreach (var indicator in _catalogue.FindByConcept("no-such-concept"))
        {
            count += indicator.Targets.Count;
        }

        return count;
    }

    /// <summary>The typed path: a generated member, its target for a year, and IsMetBy.</summary>
    [Benchmark]
    public bool TypedMember_Target_IsMetBy() => Plans.Fuxin.Fyp13.InfantMortalityRate.Target(2020).IsMetBy(_actual.PerMille());

    [Benchmark]
    public bool IsMetBy_AtMost() => _atMost.IsMetBy(_actual.PerMille());

    [Benchmark]
    public bool IsMetBy_ReachNeutral() => _reachNeutral.IsMetBy(_actual.BedsPer1000());

    [Benchmark]
    public bool IsMetBy_Between() => _between.IsMetBy((_actual + 100).SexRatio());

    [Benchmark]
    public bool IsMetBy_About() => _about.IsMetBy((_actual / 4).ChildrenPerWoman());

    [Benchmark]
    public bool IsMetBy_IncreaseBy() => _increaseBy.IsMetBy((_actual + 72.5).Years());

    [Benchmark]
    public bool IsMetBy_DecreaseByRelative() => _decreaseByRelative.IsMetBy((_actual + 10).Percent());
}
