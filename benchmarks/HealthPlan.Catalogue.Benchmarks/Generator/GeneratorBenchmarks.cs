using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HealthPlan.Catalogue.Generators;
using HealthPlan.Catalogue.Generators.Emit;
using HealthPlan.Catalogue.Generators.Parse;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HealthPlan.Catalogue.Benchmarks.Generator;

/// <summary>
/// The generator as the compiler runs it, on the five seed plans and on synthetic catalogues of
/// 100, 1,000 and 10,000 indicators (files of at most 500 indicators each).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="ColdRun"/>: a new driver (no cached state) over fresh AdditionalText objects, run
/// with RunGeneratorsAndUpdateCompilation as csc does: read the JSON, build the models, emit the C# and
/// add it to the compilation. Roslyn parses generated sources lazily (ParseTextLazy), so parsing,
/// binding and emitting IL for the generated code are left to the compilation and not included.</item>
/// <item><see cref="WarmRunAfterUnrelatedEdit"/>: a driver that has run once, re-run on the compilation
/// after one unrelated C# file is added (the IDE and the compiler server do this on every keystroke or build).</item>
/// <item><see cref="ParseAndEmitOnly"/>: the generator's own code (PlanParser and PlanEmitter) without the
/// Roslyn driver, to tell the generator's share of a cold run.</item>
/// </list>
/// The JSON strings are built (or read from disk) in the global setup, so no benchmark measures disk reads.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[Config(typeof(PerIndicatorConfig))]
public class GeneratorBenchmarks
{
    /// <summary>The <see cref="Catalogue"/> value that stands for the five seed plans.</summary>
    public const string Seeds = "seeds";

    private GeneratorInputs _inputs = null!;
    private GeneratorDriver _ranOnce = null!;
    private CSharpCompilation _edited = null!;

    /// <summary>The input: the seed plans, or a synthetic catalogue of that many indicators.</summary>
    [Params(Seeds, "100", "1000", "10000")]
    public string Catalogue { get; set; } = Seeds;

    /// <summary>The input files of <paramref name="catalogue"/>: plan files and a concept vocabulary.</summary>
    public static IReadOnlyList<InputFile> Files(string catalogue)
        => catalogue == Seeds ? SeedInputs.Load() : SyntheticPlans.Build(int.Parse(catalogue, CultureInfo.InvariantCulture));

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new GeneratorInputs(Files(Catalogue));
        _edited = _inputs.WithUnrelatedEdit();
        GeneratorChecks.Validate(_inputs, _edited, Catalogue);
        _ranOnce = _inputs.NewDriver().RunGenerators(_inputs.Compilation);
    }

    [Benchmark(Baseline = true)]
    public Compilation ColdRun()
    {
        _inputs.NewDriver().RunGeneratorsAndUpdateCompilation(_inputs.Compilation, out var output, out _);
        return output;
    }

    [Benchmark]
    public Compilation WarmRunAfterUnrelatedEdit()
    {
        _ranOnce.RunGeneratorsAndUpdateCompilation(_edited, out var output, out _);
        return output;
    }

    [Benchmark]
    public int ParseAndEmitOnly()
    {
        var options = new GeneratorOptions(GeneratorHarness.RootNamespace, null);
        int generated = 0;
        foreach (var file in _inputs.NewAdditionalTexts())
        {
            if (ConceptsParser.IsConceptsFile(file.Path))
            {
                generated += ConceptsParser.Parse(file, default).Concepts.Count;
            }
            else if (PlanParser.Parse(file, default).Model is { } model)
            {
                generated += PlanEmitter.Emit(model, options).Length;
            }
        }

        return generated;
    }
}

/// <summary>Checks, once per input, that the benchmarks measure what they claim.</summary>
internal static class GeneratorChecks
{
    public static void Validate(GeneratorInputs inputs, CSharpCompilation edited, string catalogue)
    {
        // The input is valid: no errors, one source per plan plus the registry. (The seeds warn, HPC0025, where a
        // target is relative to a year the plan gives no value for.)
        var first = inputs.NewDriver(trackSteps: true).RunGeneratorsAndUpdateCompilation(inputs.Compilation, out _, out var diagnostics);
        var result = first.GetRunResult().Results.Single();
        if (result.Exception is not null || diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(
                $"The {catalogue} input does not generate cleanly: {result.Exception?.Message} {string.Join(Environment.NewLine, diagnostics.Take(10))}");
        }

        if (result.GeneratedSources.Length != inputs.PlanFileCount + 1)
        {
            throw new InvalidOperationException($"Expected {inputs.PlanFileCount + 1} generated sources for {catalogue}, got {result.GeneratedSources.Length}.");
        }

        // The warm run re-runs nothing: every tracked step is cached or unchanged after the C# edit.
        var rerun = first.RunGenerators(edited).GetRunResult().Results.Single();
        var reran = IncrementalityCheck.Reruns(rerun).Distinct().ToArray();
        Console.WriteLine(reran.Length == 0
            ? $"// {catalogue}: after an unrelated C# edit every tracked step is cached or unchanged."
            : $"// WARNING {catalogue}: after an unrelated C# edit these steps re-ran: {string.Join(", ", reran)}");
        int generatedChars = result.GeneratedSources.Sum(source => source.SourceText.Length);
        Console.WriteLine($"// {catalogue}: {inputs.PlanFileCount} plan files, {result.GeneratedSources.Length} generated sources, {generatedChars:N0} generated characters.");
    }
}
