using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HealthPlan.Catalogue.Seeds;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Benchmarks.Json;

/// <summary>
/// The generated catalogue against what a user would otherwise write: load the same five seed plan
/// files at startup with System.Text.Json into hand-written classes, then look a target up.
/// </summary>
/// <remarks>
/// <para><b>Startup</b> (one answer from nothing): the JSON side opens and deserializes the five files
/// and indexes the indicators; the generated side loads the Seeds assembly into a new collectible
/// AssemblyLoadContext, so its types load and its static initialisers are JIT-compiled and run again on
/// every invocation, then answers through <c>Plans.Catalogue</c> (all five plans initialised) or through
/// one typed member (only that plan's class initialised). Both then check 5.9 ‰ against the 2020 infant
/// mortality target of Fuxin. In-process, JSON's own code and metadata cache are already warm; the
/// generated side pays for assembly load and JIT each time: see the separate-process measurement
/// (<c>coldstart</c>) for a first run with nothing warm on either side.</para>
/// <para><b>Lookup</b> (after startup): the same question against objects already in memory.</para>
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CatalogueVsJsonBenchmarks
{
    private const string Startup = "Startup";
    private const string Lookup = "Lookup";
    private const string PlanId = "fuxin-2016-2020";
    private const string IndicatorId = "infant-mortality-rate";
    private const double Actual = 5.9;

    private IReadOnlyList<string> _planFiles = null!;
    private string _seedsAssembly = null!;
    private PocoCatalogue _poco = null!;
    private PlanCatalogue _generated = null!;

    [GlobalSetup]
    public void Setup()
    {
        _planFiles = RepoPaths.SeedPlanFiles;
        _seedsAssembly = typeof(Plans).Assembly.Location;
        _poco = PocoCatalogue.LoadWithReflection(_planFiles);
        _generated = Plans.Catalogue;
        bool[] answers =
        {
            Json_Reflection_LoadAll_ThenLookup(), Json_SourceGenerated_LoadAll_ThenLookup(),
            Generated_FreshLoad_Catalogue_ThenLookup(), Generated_FreshLoad_TypedMember(),
            Json_Lookup(), Generated_Catalogue_Lookup(), Generated_TypedMember_Lookup(),
        };
        if (Array.Exists(answers, answer => !answer))
        {
            throw new InvalidOperationException("The two catalogues disagree: 5.9 ‰ should meet Fuxin's 2020 infant mortality target (≤ 6.3 ‰).");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Startup)]
    public bool Json_Reflection_LoadAll_ThenLookup() => JsonAnswer(PocoCatalogue.LoadWithReflection(_planFiles));

    [Benchmark]
    [BenchmarkCategory(Startup)]
    public bool Json_SourceGenerated_LoadAll_ThenLookup() => JsonAnswer(PocoCatalogue.LoadWithSourceGeneration(_planFiles));

    [Benchmark]
    [BenchmarkCategory(Startup)]
    public bool Generated_FreshLoad_Catalogue_ThenLookup()
    {
        var context = new FreshSeedsContext();
        try
        {
            var plans = context.LoadFromAssemblyPath(_seedsAssembly).GetType("HealthPlan.Catalogue.Seeds.Plans", throwOnError: true)!;
            var catalogue = (PlanCatalogue)plans.GetProperty(nameof(Plans.Catalogue))!.GetValue(null)!;
            var indicator = (Indicator<PerMille>)catalogue.FindIndicator(PlanId, IndicatorId)!;
            return indicator.Target(2020).IsMetBy(Actual.PerMille());
        }
        finally
        {
            context.Unload();
        }
    }

    [Benchmark]
    [BenchmarkCategory(Startup)]
    public bool Generated_FreshLoad_TypedMember()
    {
        var context = new FreshSeedsContext();
        try
        {
            var plan = context.LoadFromAssemblyPath(_seedsAssembly).GetType("HealthPlan.Catalogue.Seeds.Plans+Fuxin+Fyp13", throwOnError: true)!;
            var indicator = (Indicator<PerMille>)plan.GetProperty(nameof(Plans.Fuxin.Fyp13.InfantMortalityRate))!.GetValue(null)!;
            return indicator.Target(2020).IsMetBy(Actual.PerMille());
        }
        finally
        {
            context.Unload();
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Lookup)]
    public bool Json_Lookup() => JsonAnswer(_poco);

    [Benchmark]
    [BenchmarkCategory(Lookup)]
    public bool Generated_Catalogue_Lookup()
        => ((Indicator<PerMille>)_generated.FindIndicator(PlanId, IndicatorId)!).Target(2020).IsMetBy(Actual.PerMille());

    [Benchmark]
    [BenchmarkCategory(Lookup)]
    public bool Generated_TypedMember_Lookup() => Plans.Fuxin.Fyp13.InfantMortalityRate.Target(2020).IsMetBy(Actual.PerMille());

    private static bool JsonAnswer(PocoCatalogue catalogue)
    {
        var indicator = catalogue.FindIndicator(PlanId, IndicatorId)!;
        var target = PocoCatalogue.FindTarget(indicator, 2020)!;
        return PocoCatalogue.IsMet(indicator, target, Actual);
    }

    /// <summary>
    /// A collectible context that loads its own copy of the Seeds assembly and takes everything else
    /// (the runtime library included) from the default context, so the catalogue's types stay usable here.
    /// </summary>
    private sealed class FreshSeedsContext : AssemblyLoadContext
    {
        public FreshSeedsContext()
            : base("fresh-seeds", isCollectible: true)
        {
        }

        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
