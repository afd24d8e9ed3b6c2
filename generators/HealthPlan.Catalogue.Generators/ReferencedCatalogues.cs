using System.Collections.Generic;
using System.Linq;
using System.Threading;
using HealthPlan.Catalogue.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HealthPlan.Catalogue.Generators;

/// <summary>
/// Finds the catalogues of referenced assemblies at compile time: every assembly marked with
/// <c>[assembly: PlanCatalogueAssembly(typeof(…Plans))]</c> (which this generator writes beside each
/// registry). The result is the root classes' fully qualified names, so the registry can combine them with
/// direct references (no reflection at run time) and the pipeline caches on plain strings.
/// </summary>
internal static class ReferencedCatalogues
{
    public const string RuntimeAssembly = "HealthPlan.Catalogue";
    public const string AttributeName = "PlanCatalogueAssemblyAttribute";
    public const string AttributeMetadataName = RuntimeAssembly + "." + AttributeName;

    public static EquatableArray<string> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var roots = new List<string>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Cheap filter first: only an assembly built against the runtime can carry a catalogue.
            if (assembly.Name == RuntimeAssembly || !assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == RuntimeAssembly)))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: AttributeName } attributeClass
                    && attributeClass.ContainingNamespace?.ToDisplayString() == RuntimeAssembly
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is INamedTypeSymbol root
                    && root.DeclaredAccessibility == Accessibility.Public
                    && root.ContainingType is null)
                {
                    roots.Add(root.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
                }
            }
        }

        return roots.Distinct().OrderBy(name => name, System.StringComparer.Ordinal).ToEquatableArray();
    }
}
