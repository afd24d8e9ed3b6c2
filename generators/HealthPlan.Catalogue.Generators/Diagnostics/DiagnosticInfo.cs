using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using HealthPlan.Catalogue.Generators.Model;
using HealthPlan.Catalogue.Generators.Shared;

namespace HealthPlan.Catalogue.Generators.Diagnostics;

/// <summary>
/// Where in a plan file something is: path, character span and line span. Equatable, unlike
/// <see cref="Location"/>, so it can live in the pipeline's cached outputs.
/// </summary>
internal readonly record struct LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo StartOf(string filePath) => new(filePath, new TextSpan(0, 0), new LinePositionSpan(default, default));
}

/// <summary>
/// A diagnostic waiting to be reported: its descriptor (equatable, and no compilation object), the message
/// arguments and the location.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> Arguments)
{
    /// <summary>A diagnostic whose arguments (ids, words, quotes from the plan file) show what cannot be seen as <c>\uXXXX</c> (<see cref="Echo"/>).</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => new(descriptor, location, new EquatableArray<string>(System.Array.ConvertAll(arguments, Echo.Safe)));

    /// <param name="helpLinkBase">
    /// The absolute address of the diagnostics guide this build should link to (<see cref="HelpLinks"/>), or null
    /// for the descriptor's own link.
    /// </param>
    public Diagnostic ToDiagnostic(string? helpLinkBase = null)
    {
        var arguments = new object[Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(HelpLinks.WithBase(Descriptor, helpLinkBase), Location.ToLocation(), arguments);
    }
}
