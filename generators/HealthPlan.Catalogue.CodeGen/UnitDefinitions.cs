using System.Collections.Generic;
using System.Linq;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>The contents of units.json: the dimensions, in enum order, and the units, in listing order.</summary>
internal sealed record UnitDefinitions(IReadOnlyList<DimensionDefinition> Dimensions, IReadOnlyList<UnitDefinition> Units)
{
    /// <summary>The units of <paramref name="dimension"/>, in listing order.</summary>
    public IEnumerable<UnitDefinition> UnitsOf(DimensionDefinition dimension) => Units.Where(unit => unit.Dimension == dimension.Name);

    /// <summary>The dimension named <paramref name="name"/>.</summary>
    public DimensionDefinition Dimension(string name) => Dimensions.Single(dimension => dimension.Name == name);
}

/// <summary>A dimension: a member of <c>UnitDimension</c>, and maybe a dimension interface with typed conversions.</summary>
/// <param name="Name">The enum member, PascalCase.</param>
/// <param name="Summary">XML doc text of the enum member.</param>
/// <param name="HasInterface">Whether its units implement <see cref="InterfaceName"/> and convert with <c>ToX()</c>.</param>
/// <param name="Currency">For money, the ISO 4217 code of the base unit; its units then have no UCUM code.</param>
internal sealed record DimensionDefinition(string Name, string Summary, bool HasInterface, string? Currency = null)
{
    /// <summary>The dimension interface: <c>IRatioUnit</c> for <c>Ratio</c>.</summary>
    public string InterfaceName => "I" + Name + "Unit";

    /// <summary>The dimension as the docs write it: <c>staff-density</c> for <c>StaffDensity</c>.</summary>
    public string KebabName => Spelling.ToKebabCase(Name);
}

/// <summary>One unit.</summary>
/// <param name="Id">The plan-file id.</param>
/// <param name="TypeName">The runtime struct, the factory and the conversion's suffix.</param>
/// <param name="Symbol">The symbol as the plans write it; may be empty.</param>
/// <param name="Ucum">The UCUM code; null for units of a currency dimension.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="Dimension">The dimension's name.</param>
/// <param name="Factor">The factor to the dimension's base unit.</param>
/// <param name="Summary">XML doc text of the struct.</param>
/// <param name="Examples">The docs table's examples; may be empty.</param>
/// <param name="HasFactory">Whether the generated QuantityFactory has its double and int factories.</param>
internal sealed record UnitDefinition(
    string Id,
    string TypeName,
    string Symbol,
    string? Ucum,
    string NameEn,
    string Dimension,
    UnitFactor Factor,
    string Summary,
    string Examples,
    bool HasFactory);

/// <summary>A factor to the base unit: its value, and the C# expression that gives exactly that value.</summary>
/// <param name="Value">The factor.</param>
/// <param name="Literal">A C# double expression: <c>0.001</c>, <c>1.0 / 1440</c>.</param>
internal sealed record UnitFactor(double Value, string Literal);
