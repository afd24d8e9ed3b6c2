using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HealthPlan.Catalogue.Generators;

/// <summary>
/// The MSBuild settings the generator reads, reduced to a small equatable record before any Combine,
/// so a change to an unrelated property re-runs nothing.
/// </summary>
/// <param name="Namespace">The namespace of generated code: <c>HealthPlanCatalogueNamespace</c>, else the project's root namespace.</param>
/// <param name="InvalidNamespace">The configured namespace when it is not a valid C# namespace, else null.</param>
internal sealed record GeneratorOptions(string Namespace, string? InvalidNamespace)
{
    public const string NamespaceProperty = "build_property.HealthPlanCatalogueNamespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string DefaultNamespace = "HealthPlan.Catalogue.Generated";

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(NamespaceProperty, out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            return IsValidNamespace(configured.Trim())
                ? new GeneratorOptions(configured.Trim(), null)
                : new GeneratorOptions(Fallback(options), configured);
        }

        return new GeneratorOptions(Fallback(options), null);
    }

    private static string Fallback(AnalyzerConfigOptions options)
        => options.TryGetValue(RootNamespaceProperty, out var root) && IsValidNamespace(root.Trim()) ? root.Trim() : DefaultNamespace;

    private static bool IsValidNamespace(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var part in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }
}
