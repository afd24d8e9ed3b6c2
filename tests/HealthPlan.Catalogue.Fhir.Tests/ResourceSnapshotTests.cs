using System.Linq;
using HealthPlan.Catalogue.Fhir.Mapping;
using HealthPlan.Catalogue.Seeds;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.Fhir.Tests;

/// <summary>
/// The resources of one indicator of each kind, as FHIR JSON: a change in the mapping shows up here, in review.
/// docs/fhir.md quotes the approximate and the relative target.
/// </summary>
public sealed class ResourceSnapshotTests
{
    [Theory]
    [InlineData("fuxin-2016-2020", "county-treatment-rate")]
    [InlineData("fuxin-2016-2020", "life-expectancy")]
    [InlineData("cixi-2016-2020", "smart-health-investment-total")]
    [InlineData("fuxin-2016-2020", "provincial-key-clinical-specialties")]
    public void Indicator_as_fhir(string planId, string indicatorId)
    {
        var plan = Plans.Catalogue.FindPlan(planId)!;
        var indicator = plan.FindIndicator(indicatorId)!;
        var concept = Plans.Catalogue.FindConcept(indicator.Concept);
        var resources = new Hl7.Fhir.Model.Resource[] { indicator.ToFhirMeasure(concept) }
            .Concat(indicator.Targets.Select(target => target.ToFhirGoal(concept)))
            .Concat(indicator.Values.Select(value => value.ToFhirMeasureReport(indicator)));

        Snapshot.Verify(string.Join("\n", resources.Select(resource => FhirJson.Serialize(resource))), parameter: indicatorId, extension: "json");
    }
}
