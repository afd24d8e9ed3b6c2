namespace HealthPlan.Catalogue.Units;

/// <summary>A unit type. Units are empty structs used as type arguments: <c>Quantity&lt;PerMille&gt;</c>.</summary>
public interface IUnit
{
    /// <summary>The unit's id, symbol, UCUM code, dimension and factor.</summary>
    static abstract UnitInfo Info { get; }
}

/// <summary>A unit of the <see cref="UnitDimension.Duration"/> dimension.</summary>
public interface IDurationUnit : IUnit;

/// <summary>A unit of the <see cref="UnitDimension.Ratio"/> dimension (%, ‰, per 10,000, per 100,000).</summary>
public interface IRatioUnit : IUnit;

/// <summary>A unit of the <see cref="UnitDimension.StaffDensity"/> dimension.</summary>
public interface IStaffDensityUnit : IUnit;

/// <summary>A unit of the <see cref="UnitDimension.Money"/> dimension.</summary>
public interface IMoneyUnit : IUnit;

/// <summary>A unit of the <see cref="UnitDimension.Persons"/> dimension.</summary>
public interface IPersonsUnit : IUnit;
