using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using HealthPlan.Catalogue.Benchmarks.Json;
using HealthPlan.Catalogue.Seeds;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Benchmarks.ColdStart;

/// <summary>
/// One fresh process answering one question: does 5.9 ‰ meet Fuxin's 2020 infant mortality target?
/// Prints the time and managed allocation from the start of the work to the answer.
/// </summary>
/// <remarks>
/// Every mode lives in its own method that is never inlined, so a process only loads the assemblies
/// (System.Text.Json, the Seeds assembly) its own mode needs.
/// </remarks>
internal static class ColdStartChild
{
    public const string Command = "coldstart-child";

    public static int Run(string[] args)
    {
        string mode = args[1];
        string seeds = args.Length > 2 ? args[2] : string.Empty;
        var measurement = new ColdStartMeasurement();
        bool met = mode switch
        {
            ColdStartModes.RuntimeOnly => true,
            ColdStartModes.JsonReflection => JsonReflection(seeds),
            ColdStartModes.JsonSourceGenerated => JsonSourceGenerated(seeds),
            ColdStartModes.GeneratedCatalogue => GeneratedCatalogue(),
            ColdStartModes.GeneratedTypedMember => GeneratedTypedMember(),
            _ => throw new ArgumentException("Unknown mode " + mode),
        };
        // The measurement's words, then whether the answer was right (the parent reads the first six).
        Console.WriteLine(measurement.Stop() + (met ? " met" : " not-met"));
        return met ? 0 : 2;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool JsonReflection(string seeds) => Answer(PocoCatalogue.LoadWithReflection(PlanFiles(seeds)));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool JsonSourceGenerated(string seeds) => Answer(PocoCatalogue.LoadWithSourceGeneration(PlanFiles(seeds)));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool GeneratedCatalogue()
        => ((Indicator<PerMille>)Plans.Catalogue.FindIndicator("fuxin-2016-2020", "infant-mortality-rate")!).Target(2020).IsMetBy(5.9.PerMille());

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool GeneratedTypedMember() => Plans.Fuxin.Fyp13.InfantMortalityRate.Target(2020).IsMetBy(5.9.PerMille());

    private static string[] PlanFiles(string seeds)
        => Directory.GetFiles(seeds, "*.plan.json").OrderBy(path => path, StringComparer.Ordinal).ToArray();

    private static bool Answer(PocoCatalogue catalogue)
    {
        var indicator = catalogue.FindIndicator("fuxin-2016-2020", "infant-mortality-rate")!;
        return PocoCatalogue.IsMet(indicator, PocoCatalogue.FindTarget(indicator, 2020)!, 5.9);
    }
}

internal static class ColdStartModes
{
    public const string RuntimeOnly = "runtime-only";
    public const string JsonReflection = "json-reflection";
    public const string JsonSourceGenerated = "json-source-generated";
    public const string GeneratedCatalogue = "generated-catalogue";
    public const string GeneratedTypedMember = "generated-typed-member";

    public static readonly string[] All = { RuntimeOnly, JsonReflection, JsonSourceGenerated, GeneratedCatalogue, GeneratedTypedMember };

    public static string Describe(string mode) => mode switch
    {
        RuntimeOnly => "Nothing (process and runtime start-up only)",
        JsonReflection => "Deserialize the 5 seed files (System.Text.Json, reflection) + index + lookup + check",
        JsonSourceGenerated => "Deserialize the 5 seed files (System.Text.Json, source-generated) + index + lookup + check",
        GeneratedCatalogue => "Plans.Catalogue (deferred: only the plan looked up is initialised) + FindIndicator + Target(2020).IsMetBy",
        GeneratedTypedMember => "Plans.Fuxin.Fyp13.InfantMortalityRate (its plan initialised) + Target(2020).IsMetBy",
        _ => mode,
    };
}
