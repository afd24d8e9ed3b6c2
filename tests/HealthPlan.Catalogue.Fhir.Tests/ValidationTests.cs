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
