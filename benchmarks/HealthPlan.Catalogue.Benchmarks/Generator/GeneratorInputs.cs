using HealthPlan.Catalogue.Testing;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using HealthPlan.Catalogue.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Benchmarks.Generator;

/// <summary>One input file of the generator, held as a string so no benchmark measures disk reads.</summary>
public sealed record InputFile(string Path, string Text);

/// <summary>
/// What the compiler hands the generator: a compilation, the AdditionalFiles and the MSBuild options.
/// Builds drivers the way csc does (no step tracking, no host outputs).
/// </summary>
public sealed class GeneratorInputs
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator);
        return trusted
            .Where(path => System.IO.Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Plan).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    private readonly IReadOnlyList<InputFile> _files;

    public GeneratorInputs(IReadOnlyList<InputFile> files)
    {
        _files = files;
        Compilation = CSharpCompilation.Create(
            "UserProject",
            new[]
            {
                CSharpSyntaxTree.ParseText(
                    "namespace UserProject { public static class Dashboard { public static bool OnTrack(double value) => value <= 6.3; } }",
                    ParseOptions,
                    path: "Dashboard.cs"),
            },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Options = new DictionaryOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "UserProject" });
    }

    /// <summary>The user's compilation before generation: one small C# file.</summary>
    public CSharpCompilation Compilation { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    /// <summary>Number of plan files (not counting vocabularies).</summary>
    public int PlanFileCount => _files.Count(file => file.Path.EndsWith(".plan.json", StringComparison.Ordinal));

    /// <summary>
    /// Fresh AdditionalText objects over the same strings: each builds its SourceText (and line table) on
    /// first use, as a new compiler process reading the files would.
    /// </summary>
    public ImmutableArray<AdditionalText> NewAdditionalTexts()
        => _files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray();

    /// <summary>A new driver with no state: the first build in a fresh compiler server.</summary>
    public GeneratorDriver NewDriver(bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            new[] { new PlanCatalogueGenerator().AsSourceGenerator() },
            NewAdditionalTexts(),
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The compilation after an edit to user code unrelated to the plans: one more C# file.</summary>
    public CSharpCompilation WithUnrelatedEdit()
        => Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace UserProject { internal static class Edited { public static int Answer() => 42; } }",
            ParseOptions,
            path: "Edited.cs"));
}

/// <summary>The generator's inputs for the five seed plans, read from the repository's seeds folder.</summary>
public static class SeedInputs
{
    public static IReadOnlyList<InputFile> Load()
        => RepoPaths.SeedPlanFiles.Append(RepoPaths.ConceptsFile)
            .Select(path => new InputFile(path, File.ReadAllText(path)))
            .ToArray();
}
