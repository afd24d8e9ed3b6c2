using System.Linq;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>What user code compiles against the generated catalogue, and what must not.</summary>
public class CompileTests
{
    private const string Usings = "using HealthPlan.Catalogue; using HealthPlan.Catalogue.Units; using UserProject;\n";

    [Fact]
    public void A_value_in_the_indicator_unit_compiles_and_runs_the_check()
    {
        var errors = Errors(Usings + """
            public static class Report
            {
                public static bool Met() => Plans.SampleCounty.Fyp14.InfantMortalityRate.Target(2025).IsMetBy(4.9.PerMille());
                public static Indicator<PerMille> Typed => Plans.SampleCounty.Fyp14.InfantMortalityRate;
                public static Indicator<Years> Life => Plans.SampleCounty.Fyp14.LifeExpectancy;
                public static bool Converted() => Plans.SampleCounty.Fyp14.InfantMortalityRate.Target(2025).IsMetBy(0.49.Percent().ToPerMille());
            }
            """);
        Assert.Empty(errors);
    }

    [Fact]
    public void A_value_in_another_unit_does_not_compile()
    {
        var errors = Errors(Usings + """
            public static class Report
            {
                public static bool Met() => Plans.SampleCounty.Fyp14.InfantMortalityRate.Target(2025).IsMetBy(0.49.Percent());
            }
            """);
        var error = Assert.Single(errors);
        Assert.Equal("CS1503", error.Id);
        Assert.Contains("Quantity<HealthPlan.Catalogue.Units.Percent>", error.GetMessage());
    }

    [Fact]
    public void Comparing_quantities_of_different_units_does_not_compile()
    {
        var errors = Errors(Usings + """
            public static class Report
            {
                public static bool Less() => 5.9.PerMille() < 0.59.Percent();
            }
            """);
        Assert.Equal("CS0019", Assert.Single(errors).Id);
    }

    [Fact]
    public void Converting_across_dimensions_does_not_compile()
    {
        var errors = Errors(Usings + """
            public static class Report
            {
                public static Quantity<Percent> Odd() => 78.Years().ToPercent();
            }
            """);
        // The unit is not of the conversion's dimension: the type argument breaks the constraint (CS0311).
        Assert.Equal("CS0311", Assert.Single(errors).Id);
    }

    [Fact]
    public void An_indicator_removed_from_the_plan_breaks_the_code_that_used_it()
    {
        string withoutLifeExpectancy = SamplePlans.Small.Replace("\"id\": \"life-expectancy\"", "\"id\": \"life-expectancy-at-birth\"");
        var run = GeneratorHarness.Run(new[] { (SamplePlans.Path, withoutLifeExpectancy) }, null, Usings + """
            public static class Report
            {
                public static Indicator<Years> Life => Plans.SampleCounty.Fyp14.LifeExpectancy;
            }
            """);
        var error = Assert.Single(run.CompilationProblems);
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("LifeExpectancy", error.GetMessage());
    }

    private static Diagnostic[] Errors(string userCode)
        => GeneratorHarness.Run(new[] { (SamplePlans.Path, SamplePlans.Small) }, null, userCode)
            .CompilationProblems.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToArray();
}
