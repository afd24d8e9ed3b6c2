using System.Linq;
using System.Text.RegularExpressions;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>The generated API's shape, as snapshots, and proof that it compiles cleanly.</summary>
public class GeneratedSourceTests
{
    [Fact]
    public void Plan_source()
        => Snapshot.Verify(Scrub(GeneratorHarness.Run((SamplePlans.Path, SamplePlans.Small)).Source("SampleCounty.Fyp14.g.cs")), extension: "cs.txt");

    [Fact]
    public void Catalogue_source()
        => Snapshot.Verify(Scrub(GeneratorHarness.Run((SamplePlans.Path, SamplePlans.Small)).Source("Plans.Catalogue.g.cs")), extension: "cs.txt");

    /// <summary>A project with plan files of its own that references a catalogue package (here the seeds).</summary>
    [Fact]
    public void Catalogue_source_with_a_referenced_catalogue()
        => Snapshot.Verify(Scrub(WithSeedsReferenced().Source("Plans.Catalogue.g.cs")), extension: "cs.txt");

    [Fact]
    public void All_reaches_own_and_referenced_plans_and_the_code_compiles_cleanly()
    {
        var run = WithSeedsReferenced();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        string source = run.Source("Plans.Catalogue.g.cs");
        Assert.Contains("[assembly: global::HealthPlan.Catalogue.PlanCatalogueAssembly(typeof(global::UserProject.Plans))]", source);
        Assert.Contains("global::HealthPlan.Catalogue.Seeds.Plans.Catalogue));", source);

        // Run it: All holds the project's own plan and the seeds', built on first use.
        using var image = new System.IO.MemoryStream();
        var emit = run.Output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated-with-seeds", isCollectible: true);
        image.Position = 0;
        var plans = context.LoadFromStream(image).GetType("UserProject.Plans", throwOnError: true)!;
        var all = (PlanCatalogue)plans.GetProperty("All")!.GetValue(null)!;
        var own = (PlanCatalogue)plans.GetProperty("Catalogue")!.GetValue(null)!;
        Assert.Equal(new[] { "sample-county-2021-2025" }, own.PlanIds);
        Assert.Contains("sample-county-2021-2025", all.PlanIds);
        Assert.Contains("fuxin-2016-2020", all.PlanIds);
        Assert.Equal(HealthPlan.Catalogue.Seeds.Plans.Catalogue.PlanIds.Count + 1, all.PlanIds.Count);
        Assert.NotNull(all.FindIndicator("fuxin-2016-2020", "infant-mortality-rate"));
        Assert.Same(HealthPlan.Catalogue.Seeds.Plans.Catalogue, HealthPlan.Catalogue.Seeds.Plans.All);
    }

    [Fact]
    public void Without_referenced_catalogues_All_is_the_own_catalogue()
        => Assert.Contains("public static global::HealthPlan.Catalogue.PlanCatalogue All => Catalogue;", GeneratorHarness.Run((SamplePlans.Path, SamplePlans.Small)).Source("Plans.Catalogue.g.cs"));

    private static GeneratorRun WithSeedsReferenced()
    {
        var compilation = GeneratorHarness.Compilation()
            .AddReferences(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(typeof(HealthPlan.Catalogue.Seeds.Plans).Assembly.Location));
        var driver = GeneratorHarness.Driver(GeneratorHarness.Texts(new[] { (SamplePlans.Path, SamplePlans.Small) }))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, generatorDiagnostics);
    }

    [Fact]
    public void Generated_code_compiles_without_warnings_with_nullable_on()
    {
        var run = GeneratorHarness.Run((SamplePlans.Path, SamplePlans.Small));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void The_namespace_comes_from_the_option_then_the_root_namespace()
    {
        var configured = GeneratorHarness.Run(new[] { (SamplePlans.Path, SamplePlans.Small) },
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.HealthPlanCatalogueNamespace"] = "Contoso.Health", ["build_property.RootNamespace"] = "Contoso" });
        var fallback = GeneratorHarness.Run(new[] { (SamplePlans.Path, SamplePlans.Small) }, new System.Collections.Generic.Dictionary<string, string>());

        Assert.Contains("namespace Contoso.Health\n", configured.Source("SampleCounty.Fyp14.g.cs"));
        Assert.Contains("namespace HealthPlan.Catalogue.Generated\n", fallback.Source("SampleCounty.Fyp14.g.cs"));
    }

    [Fact]
    public void No_plan_files_means_no_generated_code()
        => Assert.Empty(GeneratorHarness.Run().HintNames);

    [Fact]
    public void Output_is_byte_identical_whatever_the_order_of_the_files()
    {
        string second = SamplePlans.Small.Replace("sample-county-2021-2025", "other-county-2021-2025").Replace("\"sample-county\"", "\"other-county\"");
        var forward = GeneratorHarness.Run(("/p/a.plan.json", SamplePlans.Small), ("/p/b.plan.json", second));
        var backward = GeneratorHarness.Run(("/p/b.plan.json", second), ("/p/a.plan.json", SamplePlans.Small));

        var forwardSources = forward.Result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => (s.HintName, s.SourceText.ToString()));
        var backwardSources = backward.Result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => (s.HintName, s.SourceText.ToString()));
        Assert.Equal(forwardSources, backwardSources);
        Assert.Equal(new[] { "OtherCounty.Fyp14.g.cs", "Plans.Catalogue.g.cs", "SampleCounty.Fyp14.g.cs" }, forward.HintNames.OrderBy(n => n, System.StringComparer.Ordinal));
    }

    /// <summary>The generator's version changes with every release; snapshots should not.</summary>
    internal static string Scrub(string source)
        => Regex.Replace(source, "GeneratedCode\\(\"HealthPlan.Catalogue.Generators\", \"[^\"]+\"\\)", "GeneratedCode(\"HealthPlan.Catalogue.Generators\", \"{version}\")");
}
