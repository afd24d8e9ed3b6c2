using System;
using System.Linq;
using HealthPlan.Catalogue.Fhir.Extensions;
using HealthPlan.Catalogue.Fhir.Mapping;
using HealthPlan.Catalogue.Seeds;
using Hl7.Fhir.Model;

namespace HealthPlan.Catalogue.Fhir.Tests;

[Collection(ValidationCollection.Name)]
public sealed class ValidationTests(FhirValidation validation)
{
    /// <summary>
    /// The seed catalogue's Bundle as <c>export --format fhir</c> writes it (FHIR JSON, read back), validated as a whole:
    /// the Bundle's own rules and every entry against the core profiles and the project's extension definitions. No
    /// error, and no warning either (an extension the validator cannot resolve would be one).
    /// </summary>
    [Fact]
    public void The_seed_catalogue_bundle_as_exported_validates_without_errors_or_warnings()
    {
        string json = FhirJson.Serialize(Plans.Catalogue.ToFhirBundle());
        Assert.True(FhirJson.TryRead(System.Text.Encoding.UTF8.GetBytes(json), out var read, out var unreadable), string.Join("\n", unreadable));
        var bundle = Assert.IsType<Bundle>(read);

        var problems = validation.Validate(bundle)
            .Where(issue => issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal or OperationOutcome.IssueSeverity.Warning)
            .Select(FhirValidation.Describe)
            .ToList();

        Assert.True(bundle.Entry.Count > 1000, $"{bundle.Entry.Count} entries");
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join("\n", problems.Take(40)));
    }
}

[Collection(ValidationCollection.Name)]
public sealed class ValidatorSensitivityTests(FhirValidation validation)
{
    private static Goal AGoal() => (Goal)Plans.Catalogue.FindPlan("fuxin-2016-2020")!.FindIndicator("county-treatment-rate")!.Targets[0].ToFhirGoal().DeepCopy();

    [Fact]
    public void An_extension_nobody_defines_is_reported_as_unresolved()
    {
        var goal = AGoal();
        goal.Extension.Add(new Extension("https://example.org/fhir/StructureDefinition/not-defined", new FhirString("x")));

        Assert.Contains(validation.Validate(goal), issue => issue.Severity == OperationOutcome.IssueSeverity.Warning
            && FhirValidation.Describe(issue).Contains("not-defined", StringComparison.Ordinal));
    }

    [Fact]
    public void Validating_a_bundle_validates_its_entries()
    {
        var goal = AGoal();
        goal.Target[0].Measure = null;
        goal.Extension.Add(new Extension("https://example.org/fhir/StructureDefinition/not-defined", new FhirString("x")));
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = CatalogueFhir.FullUrl(goal), Resource = goal });

        var issues = validation.Validate(bundle).Select(FhirValidation.Describe).ToList();

        Assert.Contains(issues, issue => issue.StartsWith("Warning", StringComparison.Ordinal) && issue.Contains("not-defined", StringComparison.Ordinal));
        Assert.Contains(issues, issue => issue.StartsWith("Error", StringComparison.Ordinal) && issue.Contains("gol-1", StringComparison.Ordinal));
    }

    [Fact]
    public void An_extension_of_the_project_with_a_value_of_the_wrong_type_is_an_error()
    {
        var goal = AGoal();
        goal.Target[0].Extension.Single(extension => extension.Url == CatalogueExtensions.Approximate.Url).Value = new FhirString("yes");

        Assert.Contains(validation.Validate(goal), issue => issue.Severity == OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public void A_goal_without_its_subject_is_an_error()
    {
        var goal = AGoal();
        goal.Subject = null!;

        Assert.Contains(validation.Validate(goal), issue => issue.Severity == OperationOutcome.IssueSeverity.Error
            && FhirValidation.Describe(issue).Contains("subject", StringComparison.Ordinal));
    }
}

[Collection(ValidationCollection.Name)]
public sealed class AssessedActualsTests(FhirValidation validation)
{
    private static PlanAssessment Fuxin2020() => Plans.Fuxin.Fyp13.Assess(new Plans.Fuxin.Fyp13.Actuals
    {
        Year = 2020,
        InfantMortalityRate = 6.8.PerMille(),
        LifeExpectancy = 78.5.Years(),
        BasicMedicalInsuranceCoverage = 96.0.Percent(),
    });

    [Fact]
    public void Assessed_actuals_are_measure_reports_that_validate_and_name_their_goal_verdict_and_progress()
    {
        var assessment = Fuxin2020();
        var bundle = assessment.ToFhirBundle();

        Assert.Equal(assessment.Results.Count, bundle.Entry.Count);
        var problems = bundle.Entry.SelectMany(entry => validation.Validate(entry.Resource!))
            .Where(issue => issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal || issue.Severity == OperationOutcome.IssueSeverity.Warning)
            .Select(FhirValidation.Describe).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        var infant = bundle.Entry.Select(entry => (MeasureReport)entry.Resource!).Single(report => report.Measure.EndsWith(".infant-mortality-rate", StringComparison.Ordinal));
        Assert.Equal("not-met", infant.GetExtensionValue<Code>(CatalogueExtensions.Outcome.Url).Value);
        Assert.Equal("Goal/" + FhirIds.Goal(Plans.Fuxin.Fyp13.InfantMortalityRate.Target(2020)), Assert.Single(infant.EvaluatedResource).Reference);
        Assert.NotNull(infant.GetExtensionValue<Code>(CatalogueExtensions.Progress.Url));
    }

    [Fact]
    public void Progress_before_a_target_is_due_is_a_measure_report_with_progress_and_no_verdict_that_validates()
    {
        var target = Plans.Fuxin.Fyp13.InfantMortalityRate.Target(2020);
        var report = target.ProgressOf(2018, 6.9).ToFhirMeasureReport();

        Assert.Null(report.GetExtension(CatalogueExtensions.Outcome.Url));
        Assert.NotNull(report.GetExtensionValue<Code>(CatalogueExtensions.Progress.Url));
        Assert.Equal(("2018-01-01", "2018-12-31"), (report.Period.Start, report.Period.End));
        Assert.DoesNotContain(validation.Validate(report), issue => issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Warning);
    }

    [Fact]
    public void Assessed_actuals_read_back_as_the_same_indicators_years_and_values()
    {
        var assessment = Fuxin2020();
        var read = Fhir.Reading.MeasureReportActuals.Read(assessment.ToFhirBundle(), Plans.Catalogue);

        Assert.Equal(
            assessment.Results.Select(result => (result.Target.Indicator, (int?)assessment.Year, (decimal?)(decimal)result.Actual)),
            read.Select(actual => (actual.Indicator!, actual.Year, actual.Value)));
        Assert.All(read, actual => Assert.Same(actual.Indicator!.Unit, actual.Unit));
    }
}
