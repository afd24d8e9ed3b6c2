using System;
using System.Linq;

namespace HealthPlan.Catalogue.Units;

/// <summary>Lookups by the codes other systems name units with (the rest of the class is generated from units.json).</summary>
public static partial class UnitCatalogue
{
    /// <summary>The unit whose UCUM code is <paramref name="code"/> (<c>[ppth]</c>), or null.</summary>
    public static UnitInfo? FindByUcum(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return All.FirstOrDefault(unit => unit.Ucum == code);
    }

    /// <summary>
    /// The unit in which a value is an amount of the currency <paramref name="code"/> itself (<c>CNY</c> → yuan, not
    /// 万元), or null.
    /// </summary>
    public static UnitInfo? FindByCurrency(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return All.FirstOrDefault(unit => unit.Currency == code && unit.FactorToBase == 1);
    }
}
