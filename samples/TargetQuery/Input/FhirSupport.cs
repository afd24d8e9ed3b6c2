using System;
using System.Diagnostics.CodeAnalysis;

namespace HealthPlan.Catalogue.TargetQuery.Input;

/// <summary>
/// FHIR needs Firely's SDK, which finds its model classes by reflection: it works where code is compiled just in time
/// (the .NET tool, <c>dotnet run</c>), not in a native (AOT) build. A native publish turns the feature switch
/// <see cref="Switch"/> off (TargetQuery.csproj); the trimmer then sees <see cref="IsSupported"/> as a constant false,
/// leaves the SDK out, and the build stays free of trim and AOT warnings.
/// </summary>
internal static class FhirSupport
{
    /// <summary>The feature switch's name.</summary>
    public const string Switch = "HealthPlan.Catalogue.TargetQuery.Fhir.IsSupported";

    /// <summary>What a native build says when asked for FHIR.</summary>
    public const string Unavailable =
        "FHIR is not available in the native build of TargetQuery: Firely's FHIR SDK reads its model by reflection, which Native AOT does not support; "
        + "use the .NET tool (dotnet tool install -g TargetQuery) or dotnet run";

    /// <summary>Whether FHIR can be read and written: true unless the build turned the switch off.</summary>
    [FeatureSwitchDefinition(Switch)]
    public static bool IsSupported => !AppContext.TryGetSwitch(Switch, out bool enabled) || enabled;
}
