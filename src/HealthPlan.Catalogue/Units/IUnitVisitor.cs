namespace HealthPlan.Catalogue.Units;

/// <summary>
/// Code that needs a unit as a type argument, for a unit known only at run time:
/// <see cref="UnitCatalogue.Visit{TResult}(UnitInfo, IUnitVisitor{TResult})"/> calls
/// <see cref="Visit{TUnit}"/> with the unit type a <see cref="UnitInfo"/> describes.
/// </summary>
/// <typeparam name="TResult">What the visit returns.</typeparam>
public interface IUnitVisitor<TResult>
{
    /// <summary>Runs with <typeparamref name="TUnit"/> as the unit.</summary>
    /// <typeparam name="TUnit">The unit type, for example the one a plan file names by id.</typeparam>
    /// <returns>Whatever the visitor makes with the unit type.</returns>
    TResult Visit<TUnit>() where TUnit : class, IUnit;
}
