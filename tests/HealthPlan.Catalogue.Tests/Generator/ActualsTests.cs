using System.Collections.Immutable;
using System.Linq;
using HealthPlan.Catalogue.Generators.Diagnostics;
using HealthPlan.Catalogue.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>Compile-time checks for reporting tools: typed actuals, Assess, and the binding-indicator analyzer.</summary>
public class ActualsTests
{
    private const string Usings = "using HealthPlan.Catalogue; using HealthPlan.Catalogue.Units; using UserProject;\n";

    [Fact]
    public void A_complete_report_compiles_without_warnings()
        => Assert.Empty(Problems(Usings + """
            public static class Report
            {
                public static PlanAssessment Run() => Plans.SampleCounty.Fyp14.Assess(new Plans.SampleCounty.Fyp14.Actuals
                {
                    Year = 2025,
                    InfantMortalityRate = 4.9.PerMille(),
                    ImmunizationCoverage = 96.Percent(),
                });
            }
            """));

    [Fact]
    public void An_actual_in_the_wrong_unit_does_not_compile()
    {
        var errors = Problems(Usings + """
            public static class Report
            {
                public static object Run() => new Plans.SampleCounty.Fyp14.Actuals { Year = 2025, InfantMortalityRate = 0.49.Percent() };
            }
            """).Where(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0029", Assert.Single(errors).Id);
    }

    [Fact]
    public void A_report_without_the_year_does_not_compile()
    {
        var errors = Problems(Usings + """
            public static class Report
            {
                public static object Run() => new Plans.SampleCounty.Fyp14.Actuals { InfantMortalityRate = 4.9.PerMille() };
            }
            """).Where(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS9035", Assert.Single(errors).Id);
    }

    [Fact]
    public void A_report_that_omits_a_binding_indicator_gets_HPC1001_at_the_creation()
    {
        string code = Usings + """
            public static class Report
            {
                public static object Run() => new Plans.SampleCounty.Fyp14.Actuals { Year = 2025, ImmunizationCoverage = 96.Percent() };
            }
            """;
        var warning = Assert.Single(Problems(code));

        Assert.Equal(("HPC1001", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Contains("'sample-county-2021-2025'", warning.GetMessage());
        Assert.Contains("'InfantMortalityRate'", warning.GetMessage());
        Assert.Equal(3, warning.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Setting_a_binding_indicator_to_null_explicitly_says_it_was_not_measured()
        => Assert.Empty(Problems(Usings + """
            public static class Report
            {
                public static object Run() => new Plans.SampleCounty.Fyp14.Actuals { Year = 2025, InfantMortalityRate = null };
            }
            """));

    private static ImmutableArray<Diagnostic> Problems(string code)
    {
        var run = GeneratorHarness.Run(new[] { (SamplePlans.Path, SamplePlans.Small) }, null, code);
        var withAnalyzer = run.Output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new MissingBindingIndicatorAnalyzer()));
        return withAnalyzer.GetAllDiagnosticsAsync().Result.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }
}
