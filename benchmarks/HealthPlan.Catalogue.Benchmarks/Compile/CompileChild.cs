using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using HealthPlan.Catalogue.Generators;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HealthPlan.Catalogue.Benchmarks.Compile;

/// <summary>
/// One fresh process compiling a catalogue the way the C# compiler compiles the user's project: a
/// <see cref="CSharpCompilation"/> of one small C# file referencing the framework's reference assemblies
/// and the runtime library, the real generator run over the plan files as AdditionalFiles, and an emit of
/// the assembly and its XML documentation file to memory. Prints one <c>RESULT {json}</c> line.
/// </summary>
/// <remarks>
/// Depends on the generated code only through <c>Plans.Catalogue</c> (the user file reads its plan ids),
/// so it measures any design of the emitter. A stack overflow kills the process: the parent reports that.
/// </remarks>
internal static class CompileChild
{
    public const string Command = "compile-child";

    /// <summary>The root namespace of the user's project, which the generated <c>Plans</c> class goes in.</summary>
    public const string RootNamespace = "UserProject";

    /// <summary>The user's own code: it uses the catalogue, as a consumer's project does.</summary>
    public const string UserCode = """
        namespace UserProject
        {
            /// <summary>A consumer of the generated catalogue.</summary>
            public static class Dashboard
            {
                /// <summary>How many plans the catalogue holds.</summary>
                public static int PlanCount => Plans.Catalogue.PlanIds.Count;
            }
        }
        """;

    public static int Run(string[] args)
    {
        string plansDirectory = args[1];
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long start = Stopwatch.GetTimestamp();

        // What the compiler reads: the plan files and vocabularies of the project (AdditionalFiles).
        var texts = Directory.GetFiles(plansDirectory)
            .Where(path => path.EndsWith(".plan.json", StringComparison.Ordinal) || Path.GetFileName(path) == "concepts.json")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(path, File.ReadAllText(path)))
            .ToImmutableArray();

        // /doc: documentation comments are parsed and checked, as in a project with GenerateDocumentationFile.
        var parseOptions = new CSharpParseOptions(
            LanguageVersion.Latest,
            DocumentationMode.Diagnose,
            preprocessorSymbols: new[] { "TRACE", "RELEASE", "NET", "NET10_0", "NETCOREAPP", "NET5_0_OR_GREATER", "NET8_0_OR_GREATER", "NET10_0_OR_GREATER" });
        var compilation = CSharpCompilation.Create(
            "UserProject",
            new[] { CSharpSyntaxTree.ParseText(UserCode, parseOptions, path: "Dashboard.cs") },
            CompileReferences.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));
        var options = new DictionaryOptionsProvider(new Dictionary<string, string> { [GeneratorOptions.RootNamespaceProperty] = RootNamespace });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PlanCatalogueGenerator().AsSourceGenerator() },
            texts,
            parseOptions,
            options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        double generatorMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var emit = output.Emit(pe, xmlDocumentationStream: xml);
        double totalMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long peakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;

        var generated = driver.GetRunResult().GeneratedTrees;
        var diagnostics = generatorDiagnostics.Concat(emit.Diagnostics).ToArray();
        var result = new CompileResult
        {
            Success = emit.Success && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error),
            TotalMs = totalMs,
            GeneratorMs = generatorMs,
            EmitMs = totalMs - generatorMs,
            AllocatedBytes = allocated,
            PeakWorkingSetBytes = peakWorkingSet,
            GcCounts = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}",
            AdditionalFiles = texts.Length,
            GeneratedFiles = generated.Length,
            GeneratedChars = generated.Sum(tree => (long)tree.Length),
            PeBytes = pe.Length,
            XmlDocBytes = xml.Length,
            Errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            Warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            FirstDiagnostics = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .OrderByDescending(d => d.Severity)
                .Take(5)
                .Select(d => d.ToString())
                .ToArray(),
        };
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
        return result.Success ? 0 : 3;
    }
}

/// <summary>What one compile child reports.</summary>
internal sealed class CompileResult
{
    public bool Success { get; set; }

    public double TotalMs { get; set; }

    public double GeneratorMs { get; set; }

    public double EmitMs { get; set; }

    public long AllocatedBytes { get; set; }

    public long PeakWorkingSetBytes { get; set; }

    public string GcCounts { get; set; } = "";

    public int AdditionalFiles { get; set; }

    public int GeneratedFiles { get; set; }

    public long GeneratedChars { get; set; }

    public long PeBytes { get; set; }

    public long XmlDocBytes { get; set; }

    public int Errors { get; set; }

    /// <summary>How a failed build failed, when its output says (<c>dotnet build</c>: the compiler's stack overflow or out-of-memory).</summary>
    public string Failure { get; set; } = "";

    public int Warnings { get; set; }

    public string[] FirstDiagnostics { get; set; } = Array.Empty<string>();
}

/// <summary>
/// The references of the user's project: the reference assemblies of the installed Microsoft.NETCore.App
/// targeting pack (what <c>dotnet build</c> passes csc for net10.0), or the runtime's own assemblies when no
/// pack is found, plus the runtime library.
/// </summary>
internal static class CompileReferences
{
    public static ImmutableArray<MetadataReference> All => Paths().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();

    /// <summary>Where the framework references come from, for the report.</summary>
    public static string Describe()
        => ReferencePackDirectory() is { } pack ? "reference assemblies of " + pack : "the runtime's implementation assemblies (no targeting pack found)";

    private static IEnumerable<string> Paths()
    {
        IEnumerable<string> framework = ReferencePackDirectory() is { } pack
            ? Directory.GetFiles(pack, "*.dll")
            : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll");
        return framework.OrderBy(path => path, StringComparer.Ordinal).Append(typeof(Plan).Assembly.Location);
    }

    private static string? ReferencePackDirectory()
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.0
        string? shared = Path.GetDirectoryName(typeof(object).Assembly.Location);
        if (shared is null)
        {
            return null;
        }

        string dotnet = Path.GetFullPath(Path.Combine(shared, "..", "..", ".."));
        string packs = Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return null;
        }

        string tfm = $"net{Environment.Version.Major}.0";
        return Directory.GetDirectories(packs)
            .Select(version => Path.Combine(version, "ref", tfm))
            .Where(Directory.Exists)
            .OrderByDescending(path => path.Contains(Environment.Version.ToString(), StringComparison.Ordinal))
            .ThenByDescending(path => path, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
