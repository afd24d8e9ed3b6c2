using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HealthPlan.Catalogue.Generators.Diagnostics;

/// <summary>
/// Help links a build can open. The descriptors link to <c>docs/diagnostics.md#hpc0004</c>, the guide's path in
/// the repository and in the package; the package's props also pass the guide's full path on this machine
/// (<c>HealthPlanCatalogueDiagnosticsGuide</c>), and the plan-file diagnostics then link to it as an absolute
/// <c>file:</c> address an IDE can open. Any absolute address works (an <c>https:</c> one, should the project
/// get one).
/// </summary>
internal static class HelpLinks
{
    public const string GuideProperty = "build_property.HealthPlanCatalogueDiagnosticsGuide";

    private static readonly ConcurrentDictionary<(string Base, string Id), DiagnosticDescriptor> Rebased = new();

    /// <summary>The guide's absolute address from the MSBuild property, or null when it is unset or not an absolute path or address.</summary>
    public static string? BaseFrom(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(GuideProperty, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Query) : null;
    }

    /// <summary>The descriptor, linking to its section of the guide at <paramref name="helpLinkBase"/> when there is one.</summary>
    public static DiagnosticDescriptor WithBase(DiagnosticDescriptor descriptor, string? helpLinkBase)
        => helpLinkBase is null
            ? descriptor
            : Rebased.GetOrAdd((helpLinkBase, descriptor.Id), key => new DiagnosticDescriptor(
                descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, descriptor.DefaultSeverity,
                descriptor.IsEnabledByDefault, descriptor.Description, key.Base + "#" + key.Id.ToLowerInvariant(), descriptor.CustomTags.ToArray()));
}
