using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

// The double and int factories of every unit are generated from Units/units.json (QuantityFactory.g.cs);
// the factories here are the ones whose input is not a number.
public static partial class QuantityFactory
{
    /// <summary>A yes/no goal's outcome: 1 when <paramref name="achieved"/> is true, else 0.</summary>
    public static Quantity<Achievement> Achieved(this bool achieved) => new(achieved ? 1 : 0);
}
