namespace HealthPlan.Catalogue.Units;

// The unit types, their dimensions and the registry are generated from units.json (UnitTypes.g.cs,
// UnitDimensions.g.cs, UnitCatalogue.g.cs); see docs/architecture.md, "A new unit".

/// <summary>
/// A unit type. Units are classes that are never instantiated, used as type arguments: <c>Quantity&lt;PerMille&gt;</c>.
/// Being classes, the generic code for all units is shared (compiled once), while the compiler still tells units apart.
/// </summary>
public interface IUnit
{
    /// <summary>The unit's id, symbol, UCUM code, dimension and factor.</summary>
    static abstract UnitInfo Info { get; }
}
