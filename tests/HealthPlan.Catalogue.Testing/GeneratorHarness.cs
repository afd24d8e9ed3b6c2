using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using HealthPlan.Catalogue.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HealthPlan.Catalogue.Testing;

/// <summary>
/// The one place tests and benchmarks run the generator in memory, the way the compiler would: a user's
/// compilation against the framework and the runtime library, plan files as AdditionalFiles, MSBuild
/// properties as global options, and <see cref="CSharpGeneratorDriver"/> with step tracking on.
/// </summary>
public static class GeneratorHarness
{
    /// <summary>The user's project's root namespace, as MSBuild passes it when nothing else is set.</summary>
    public const string RootNamespace = "UserProject";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Plan).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    /// <summary>The parse options of the user's code and of the generated code.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>What a project that sets nothing passes the generator: its root namespace, <see cref="RootNamespace"/>.</summary>
    public static IReadOnlyDictionary<string, string> ProjectOptions { get; } =
        new Dictionary<string, string> { ["build_property.RootNamespace"] = RootNamespace };

    /// <summary>What a user's project references: the framework's <c>System.*</c> assemblies and the runtime library.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The user's compilation, nullable on, one syntax tree per source (<c>Source0.cs</c>, …).</summary>
    public static CSharpCompilation Compilation(params string[] sources)
        => CSharpCompilation.Create(
            RootNamespace,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Fresh in-memory AdditionalFiles over the given paths and texts.</summary>
    public static ImmutableArray<AdditionalText> Texts(IEnumerable<(string Path, string Text)> files)
        => files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray();

    /// <summary>
    /// A new driver of the generator, with no state yet. <paramref name="options"/> are the MSBuild properties
    /// (null: <see cref="ProjectOptions"/>); <paramref name="trackSteps"/> off runs it as csc does.
    /// </summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? options = null, bool trackSteps = true)
        => CSharpGeneratorDriver.Create(
            new[] { new PlanCatalogueGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new DictionaryOptionsProvider(options ?? ProjectOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once; returns its output and the compilation with generated code added.</summary>
    public static GeneratorRun Run(params (string Path, string Text)[] files) => Run(files, options: null);

    /// <summary>Runs the generator once over <paramref name="files"/>, with the user's code in <paramref name="userSources"/>.</summary>
    public static GeneratorRun Run((string Path, string Text)[] files, IReadOnlyDictionary<string, string>? options, params string[] userSources)
    {
        var driver = Driver(Texts(files), options).RunGeneratorsAndUpdateCompilation(Compilation(userSources), out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>Runs the generator once over texts built by the test (from bytes, in an encoding, or failing to read).</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? options = null, params string[] userSources)
    {
        var driver = Driver(texts, options).RunGeneratorsAndUpdateCompilation(Compilation(userSources), out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>The five seed plans and <c>concepts.json</c>, read from the repository's <c>seeds/</c> folder.</summary>
    public static IReadOnlyList<(string Path, string Text)> SeedFiles()
        => RepositoryPaths.SeedPlanFiles.Append(RepositoryPaths.ConceptsFile)
            .Select(path => (path, File.ReadAllText(path)))
            .ToArray();
}

/// <summary>One generator run: what it produced and the compilation it produced.</summary>
public sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>The generator's own diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The text of the generated file named <paramref name="hintName"/>.</summary>
    public string Source(string hintName)
        => Result.Results.Single().GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();

    /// <summary>The names of the generated files.</summary>
    public IEnumerable<string> HintNames => Result.Results.Single().GeneratedSources.Select(source => source.HintName);

    /// <summary>Errors and warnings of the user's compilation after generation (generated code included).</summary>
    public IEnumerable<Diagnostic> CompilationProblems
        => Output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);

    /// <summary>The exception the generator threw, if it did.</summary>
    public Exception? Exception => Result.Results.Single().Exception;
}
