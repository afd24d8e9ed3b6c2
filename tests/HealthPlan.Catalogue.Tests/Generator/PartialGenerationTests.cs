using System;
using System.IO;
using System.Linq;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>
/// A mistake in a plan file produces that file's error and nothing else: the plan's class and its valid
/// members are still generated, so the user's code that uses them keeps compiling (no CS0246/CS0117 on
/// top of the JSON error). Only a plan that cannot be named generates nothing.
/// </summary>
public class PartialGenerationTests
{
    private const string Marker = "/*here*/";
    private const string Usings = "using HealthPlan.Catalogue; using HealthPlan.Catalogue.Units; using UserProject;\n";

    /// <summary>User code that names the plan class and an indicator other than the broken one.</summary>
    private const string UsesLifeExpectancy = Usings + """
        public static class Report
        {
            public static Indicator<Years> Life => Plans.SampleCounty.Fyp14.LifeExpectancy;
            public static string Id => Plans.SampleCounty.Fyp14.Plan.Id;
        }
        """;

    [Fact]
    public void A_misspelt_unit_is_its_one_diagnostic_and_the_rest_of_the_plan_compiles()
    {
        string plan = SamplePlans.Small.Replace("\"unit\": \"per-mille\"", "\"unit\": /*here*/\"permille\"", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new[] { (SamplePlans.Path, plan) }, null, UsesLifeExpectancy);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0004", diagnostic.Id);
        Assert.Equal("Unknown unit 'permille'; did you mean 'per-mille'?", diagnostic.GetMessage());
        AssertAtMarker(plan, diagnostic);
        Assert.Empty(run.CompilationProblems);

        // The broken indicator is generated in the suggested unit, so code using it keeps compiling; the others are there.
        string source = run.Source("SampleCounty.Fyp14.g.cs");
        Assert.Contains("global::HealthPlan.Catalogue.Indicator<global::HealthPlan.Catalogue.Units.PerMille> InfantMortalityRate", source, StringComparison.Ordinal);
        Assert.Contains("LifeExpectancy", source, StringComparison.Ordinal);
        Assert.Contains("Plans.Catalogue.g.cs", run.HintNames);
    }

    [Fact]
    public void A_misspelt_concept_is_its_one_diagnostic_and_the_indicator_still_compiles()
    {
        string plan = SamplePlans.Small.Replace("\"concept\": \"life-expectancy\"", "\"concept\": /*here*/\"life-expectency\"", StringComparison.Ordinal);
        // The shipped vocabulary, and the user's own for a concept it lacks.
        var files = new[]
        {
            (SamplePlans.Path, plan),
            (RepositoryPaths.ConceptsFile, File.ReadAllText(RepositoryPaths.ConceptsFile)),
            ("/project/plans/county.concepts.json", """{ "concepts": [ { "id": "emergency-response-time", "nameEn": "Emergency response time", "nameZh": "急救反应时间" } ] }"""),
        };
        var run = GeneratorHarness.Run(files, null, UsesLifeExpectancy);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0012", diagnostic.Id);
        Assert.Equal("Unknown concept 'life-expectency': did you mean 'life-expectancy'? Or add the concept to a concepts file of your own", diagnostic.GetMessage());
        AssertAtMarker(plan, diagnostic);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("\"direction\": \"lower-is-better\"", "\"direction\": /*here*/\"lower\"", "HPC0015")]
    [InlineData("\"category\": \"health-status\"", "\"category\": /*here*/\"health\"", "HPC0015")]
    [InlineData("\"nameEn\": \"Infant mortality rate\",", "\"nameEn\": /*here*/7,", "HPC0003")]
    [InlineData("\"region\": { \"id\": \"sample-county\", \"nameZh\": \"样例县\", \"nameEn\": \"Sample County\", \"level\": \"county\"", "\"region\": { \"id\": \"sample-county\", \"nameZh\": \"样例县\", \"nameEn\": \"Sample County\", \"level\": /*here*/\"village\"", "HPC0015")]
    public void An_indicator_or_region_with_a_wrong_field_is_still_generated(string find, string replace, string id)
    {
        int at = SamplePlans.Small.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0);
        string plan = SamplePlans.Small.Remove(at, find.Length).Insert(at, replace); // the first indicator's only
        var run = GeneratorHarness.Run(new[] { (SamplePlans.Path, plan) }, null, UsesLifeExpectancy + """
            public static class UsesTheBrokenOne
            {
                public static Indicator<PerMille> Infant => Plans.SampleCounty.Fyp14.InfantMortalityRate;
            }
            """);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        AssertAtMarker(plan, diagnostic);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_target_with_an_error_is_left_out_and_its_indicator_kept()
    {
        string plan = DiagnosticTests.Template.Replace("{ \"year\": 2025, \"operator\"", "{ \"year\": /*here*/2030, \"operator\"", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new[] { ("/project/my.plan.json", plan) }, null, """
            public static class Report
            {
                public static int Targets => UserProject.Plans.Testville.Fyp14.CoverageRate.Targets.Count;
            }
            """);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0011", diagnostic.Id);
        AssertAtMarker(plan, diagnostic);
        Assert.Empty(run.CompilationProblems);
        Assert.DoesNotContain("2030", run.Source("Testville.Fyp14.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"id\": \"testville-2021-2025\",", "\"id\": /*here*/\"Testville 2021\",", "HPC0024")]
    [InlineData("\"shortId\": \"fyp14\",", "\"shortId\": /*here*/\"14th\",", "HPC0007")]
    [InlineData("\"region\": { \"id\": \"testville\",", "\"region\": { \"id\": /*here*/\"1st-ville\",", "HPC0007")]
    [InlineData("\"shortId\": \"fyp14\",", "\"shortId\": /*here*/\"testville\",", "HPC0007")]
    public void A_plan_that_cannot_be_named_generates_nothing(string find, string replace, string id)
    {
        string plan = DiagnosticTests.Template.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(DiagnosticTests.Template, plan);
        var run = GeneratorHarness.Run(("/project/my.plan.json", plan));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        AssertAtMarker(plan, diagnostic);
        Assert.Empty(run.HintNames);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_plan_whose_every_indicator_is_broken_still_has_its_class()
    {
        string plan = DiagnosticTests.Template.Replace("\"unit\": \"percent\"", "\"unit\": \"percentt\"", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new[] { ("/project/my.plan.json", plan) }, null, "public static class Report { public static string Id => UserProject.Plans.Testville.Fyp14.Plan.Id; }");

        Assert.Equal("HPC0004", Assert.Single(run.Diagnostics).Id);
        Assert.Empty(run.CompilationProblems);
    }

    private static void AssertAtMarker(string json, Diagnostic diagnostic)
    {
        int index = json.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(index >= 0, "the case has no marker");
        var expected = SourceText.From(json).Lines.GetLinePosition(index + Marker.Length);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((expected.Line, expected.Character), (span.StartLinePosition.Line, span.StartLinePosition.Character));
    }
}
