using System;

namespace HealthPlan.Catalogue;

/// <summary>
/// Marks an assembly that carries a generated plan catalogue and names its root class (the one with
/// <c>Catalogue</c> and <c>All</c>). The generator writes it; when a project with plan files of its own
/// references such an assembly (a catalogue package such as <c>HealthPlan.Catalogue.Seeds</c>), the
/// generator reads it at compile time and adds that catalogue to the project's <c>Plans.All</c> with a
/// direct reference: no reflection at run time, so trimming and native AOT keep working.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class PlanCatalogueAssemblyAttribute : Attribute
{
    /// <summary>Marks the assembly's generated root class.</summary>
    /// <param name="root">The generated root class, for example <c>typeof(Plans)</c>.</param>
    public PlanCatalogueAssemblyAttribute(Type root) => Root = root ?? throw new ArgumentNullException(nameof(root));

    /// <summary>The generated root class of the assembly: its <c>Catalogue</c> holds the assembly's own plans.</summary>
    public Type Root { get; }
}
