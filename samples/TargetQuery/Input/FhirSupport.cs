namespace HealthPlan.Catalogue.TargetQuery.Input;

/// <summary>
/// FHIR needs Firely's SDK, which finds its model classes by reflection: it works where code is compiled just in time
/// (the .NET tool, <c>dotnet run</c>), not in a native (AOT) build. Callers guard FHIR code with
/// <see cref="System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"/> at the call site: a native build
/// sees a constant false there and leaves the SDK out, so it stays free of trim and AOT warnings.
/// </summary>
internal static class FhirSupport
{
    /// <summary>What a native build says when asked for FHIR.</summary>
    public const string Unavailable =
        "FHIR is not available in the native build of TargetQuery: Firely's FHIR SDK reads its model by reflection, which Native AOT does not support; "
        + "use the .NET tool (dotnet tool install -g TargetQuery) or dotnet run";
}
