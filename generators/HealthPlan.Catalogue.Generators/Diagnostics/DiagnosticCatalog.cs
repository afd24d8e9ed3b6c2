using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace HealthPlan.Catalogue.Generators.Diagnostics;

/// <summary>Looks descriptors up by id, so cached diagnostic infos need only carry the id.</summary>
internal static class DiagnosticCatalog
{
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .OrderBy(descriptor => descriptor.Id)
        .ToArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(descriptor => descriptor.Id);

    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;
}
