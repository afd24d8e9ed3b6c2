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
