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
    [Fact]
    public void Every_resource_of_the_seed_catalogue_validates_without_errors_or_unresolved_extensions()
    {
        var bundle = Plans.Catalogue.ToFhirBundle();
        var problems = bundle.Entry
            .SelectMany(entry => validation.Validate(entry.Resource!).Select(issue => (entry.FullUrl, Issue: issue)))
            .Where(item => item.Issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal
                || (FhirValidation.Describe(item.Issue).Contains("extension", StringComparison.OrdinalIgnoreCase)
                    && item.Issue.Severity == OperationOutcome.IssueSeverity.Warning))
            .Select(item => $"{item.FullUrl}: {FhirValidation.Describe(item.Issue)}")
            .ToList();

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
