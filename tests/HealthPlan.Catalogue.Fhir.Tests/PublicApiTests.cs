using HealthPlan.Catalogue.Fhir.Mapping;
using HealthPlan.Catalogue.Testing;
using PublicApiGenerator;

namespace HealthPlan.Catalogue.Fhir.Tests;

/// <summary>Any change to the FHIR package's public surface shows up here, in review.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Fhir_package_public_api()
        => Snapshot.Verify(
            ApiGenerator.GeneratePublicApi(typeof(CatalogueFhir).Assembly, new ApiGeneratorOptions { IncludeAssemblyAttributes = false, TreatRecordsAsClasses = false }),
            extension: "cs.txt");
}
