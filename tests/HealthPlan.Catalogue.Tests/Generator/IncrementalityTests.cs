using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue.Generators;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>The generator runs on every keystroke in an IDE: these prove it redoes only what an edit touched.</summary>
public class IncrementalityTests
{
    /// <summary>Every step the generator names (<see cref="TrackingNames"/>).</summary>
    private static readonly IReadOnlyList<string> Steps = IncrementalityCheck.StepNames(typeof(TrackingNames));

    private static readonly string OtherPlan = SamplePlans.Small
        .Replace("sample-county-2021-2025", "other-county-2021-2025").Replace("\"sample-county\"", "\"other-county\"");

    [Fact]
    public void An_edit_to_a_csharp_file_reruns_nothing()
    {
        var (driver, compilation, _) = Start();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { }", GeneratorHarness.ParseOptions));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCached(result);
    }

    [Fact]
    public void Running_twice_on_the_same_input_is_all_cached()
    {
        var (driver, compilation, _) = Start();
        AssertAllCached(driver.RunGenerators(compilation).GetRunResult().Results.Single());
    }

    [Fact]
    public void The_sample_plans_run_twice_are_cached_and_hold_no_roslyn_objects()
        => IncrementalityCheck.RunTwice(SampleFiles(), Steps, options: null, "public class Existing { }");

    [Fact]
    public void The_seed_plans_run_twice_are_cached_and_hold_no_roslyn_objects()
    {
        var first = IncrementalityCheck.RunTwice(GeneratorHarness.Texts(GeneratorHarness.SeedFiles()), Steps);

        // Five plans and a vocabulary: every named step has something to do, so every one was checked.
        Assert.Equal(Steps.OrderBy(name => name), first.TrackedSteps.Keys.Intersect(Steps).OrderBy(name => name));
        // The seeds' only diagnostics are the targets relative to a year the plans give no value for.
        Assert.All(first.Diagnostics, diagnostic => Assert.Equal("HPC0025", diagnostic.Id));
    }

    [Fact]
    public void The_check_finds_a_roslyn_object_deep_in_an_output_and_ends_on_cycles()
    {
        var cycle = new List<object>();
        cycle.Add(cycle);
        Assert.Null(IncrementalityCheck.FindRoslynObject(new { Name = "x", Items = new[] { 1, 2 }, Cycle = cycle }, "clean"));

        var tree = CSharpSyntaxTree.ParseText("class C { }", GeneratorHarness.ParseOptions);
        cycle.Add(new KeyValuePair<string, object>("tree", new[] { tree }));
        string? found = IncrementalityCheck.FindRoslynObject(new { Name = "x", Cycle = cycle }, "output");
        Assert.NotNull(found);
        Assert.Contains("Cycle", found);
        Assert.Contains("SyntaxTree", found);
    }

    [Fact]
    public void The_check_fails_when_none_of_the_steps_it_is_given_ran()
        => Assert.Throws<IncrementalityException>(() => IncrementalityCheck.RunTwice(SampleFiles(), new[] { "NoSuchStep" }));

    [Fact]
    public void An_edit_to_one_plan_reemits_that_plan_only()
    {
        var (driver, compilation, files) = Start();
        var edited = new InMemoryAdditionalText(files[0].Path, SamplePlans.Small.Replace("\"value\": 5.0", "\"value\": 4.8"));

        var result = driver.ReplaceAdditionalText(files[0], edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var sources = result.TrackedSteps[TrackingNames.PlanSources].SelectMany(step => step.Outputs).Select(output => output.Reason).ToArray();
        Assert.Equal(1, sources.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(1, sources.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        // The registry lists ids only: a new number leaves it alone.
        Assert.All(result.TrackedSteps[TrackingNames.CatalogueEntries].SelectMany(step => step.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void Reformatting_a_plan_file_leaves_its_source_unchanged()
    {
        var (driver, compilation, files) = Start();
        var reformatted = new InMemoryAdditionalText(files[0].Path, "\n\n" + SamplePlans.Small.Replace("  ", "    "));

        var result = driver.ReplaceAdditionalText(files[0], reformatted).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.PlanSources].SelectMany(step => step.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void A_change_to_an_unrelated_msbuild_property_reruns_nothing()
    {
        var (driver, compilation, _) = Start();
        var options = new DictionaryOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "UserProject",
            ["build_property.Configuration"] = "Release",
        });

        var result = driver.WithUpdatedAnalyzerConfigOptions(options).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.PlanSources, TrackingNames.CatalogueEntries, TrackingNames.ParsedPlans })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(step => step.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}"));
        }
    }

    [Fact]
    public void Step_outputs_hold_no_roslyn_objects()
    {
        var (driver, compilation, _) = Start();
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        // Every named step's outputs, and everything reachable from them. (Roslyn's own "Compilation" input node,
        // which ReferencedCatalogues reads, is tracked too and holds the compilation by design.)
        Assert.Empty(IncrementalityCheck.RoslynObjects(result, Steps));
    }

    private static AdditionalText[] SampleFiles() => new AdditionalText[]
    {
        new InMemoryAdditionalText("/p/sample.plan.json", SamplePlans.Small),
        new InMemoryAdditionalText("/p/other.plan.json", OtherPlan),
    };

    private static (GeneratorDriver Driver, Compilation Compilation, AdditionalText[] Files) Start()
    {
        var files = SampleFiles();
        var compilation = GeneratorHarness.Compilation("public class Existing { }");
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        return (driver, compilation, files);
    }

    /// <summary>Every tracked step, the generator's and Roslyn's inputs alike, was Cached or Unchanged.</summary>
    private static void AssertAllCached(GeneratorRunResult result)
    {
        Assert.NotEmpty(result.TrackedSteps);
        // The named steps: Roslyn's "Compilation" input node is Modified by any C# edit; ReferencedCatalogues,
        // which reduces it to the referenced catalogues' names, re-runs and must come out Unchanged.
        Assert.Empty(IncrementalityCheck.Reruns(result, Steps));
    }
}
