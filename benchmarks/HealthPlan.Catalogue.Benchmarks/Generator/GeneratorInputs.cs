using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HealthPlan.Catalogue.Benchmarks.Generator;

/// <summary>One input file of the generator, held as a string so no benchmark measures disk reads.</summary>
public sealed record InputFile(string Path, string Text);

/// <summary>
/// What the compiler hands the generator: a compilation, the AdditionalFiles and the MSBuild options,
/// built by the tests' <see cref="GeneratorHarness"/>. Drivers run as csc does (no step tracking, no host outputs).
/// </summary>
public sealed class GeneratorInputs
{
    private readonly IReadOnlyList<InputFile> _files;

    public GeneratorInputs(IReadOnlyList<InputFile> files)
    {
        _files = files;
        Compilation = GeneratorHarness.Compilation(
            "namespace UserProject { public static class Dashboard { public static bool OnTrack(double value) => value <= 6.3; } }");
    }

    /// <summary>The user's compilation before generation: one small C# file.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>Number of plan files (not counting vocabularies).</summary>
    public int PlanFileCount => _files.Count(file => file.Path.EndsWith(".plan.json", StringComparison.Ordinal));

    /// <summary>
    /// Fresh AdditionalText objects over the same strings: each builds its SourceText (and line table) on
    /// first use, as a new compiler process reading the files would.
    /// </summary>
    public ImmutableArray<AdditionalText> NewAdditionalTexts() => GeneratorHarness.Texts(_files.Select(file => (file.Path, file.Text)));

    /// <summary>A new driver with no state: the first build in a fresh compiler server.</summary>
    public GeneratorDriver NewDriver(bool trackSteps = false) => GeneratorHarness.Driver(NewAdditionalTexts(), trackSteps: trackSteps);

    /// <summary>The compilation after an edit to user code unrelated to the plans: one more C# file.</summary>
    public CSharpCompilation WithUnrelatedEdit()
        => Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace UserProject { internal static class Edited { public static int Answer() => 42; } }",
            GeneratorHarness.ParseOptions,
            path: "Edited.cs"));
}

/// <summary>The generator's inputs for the five seed plans, read from the repository's seeds folder.</summary>
public static class SeedInputs
{
    public static IReadOnlyList<InputFile> Load()
        => GeneratorHarness.SeedFiles().Select(file => new InputFile(file.Path, file.Text)).ToArray();
}
