using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>
/// Explicit conversions within a dimension. Each method accepts only quantities whose unit belongs
/// to the same dimension, so <c>78.Years().ToPercent()</c> does not compile.
/// </summary>
public static class QuantityConversions
{
    /// <summary>Converts <paramref name="quantity"/> to years.</summary>
    public static Quantity<Years> ToYears<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IDurationUnit
        => quantity.ConvertTo<Years>();

    /// <summary>Converts <paramref name="quantity"/> to days.</summary>
    public static Quantity<Days> ToDays<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IDurationUnit
        => quantity.ConvertTo<Days>();

    /// <summary>Converts <paramref name="quantity"/> to minutes.</summary>
    public static Quantity<Minutes> ToMinutes<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IDurationUnit
        => quantity.ConvertTo<Minutes>();

    /// <summary>Converts <paramref name="quantity"/> to percent.</summary>
    public static Quantity<Percent> ToPercent<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IRatioUnit
        => quantity.ConvertTo<Percent>();

    /// <summary>Converts <paramref name="quantity"/> to per mille.</summary>
    public static Quantity<PerMille> ToPerMille<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IRatioUnit
        => quantity.ConvertTo<PerMille>();

    /// <summary>Converts <paramref name="quantity"/> to per 10,000.</summary>
    public static Quantity<Per10K> ToPer10K<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IRatioUnit
        => quantity.ConvertTo<Per10K>();

    /// <summary>Converts <paramref name="quantity"/> to per 100,000.</summary>
    public static Quantity<Per100K> ToPer100K<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IRatioUnit
        => quantity.ConvertTo<Per100K>();

    /// <summary>Converts <paramref name="quantity"/> to persons per 1,000 population.</summary>
    public static Quantity<PersonsPer1000> ToPersonsPer1000<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IStaffDensityUnit
        => quantity.ConvertTo<PersonsPer1000>();

    /// <summary>Converts <paramref name="quantity"/> to persons per 10,000 population.</summary>
    public static Quantity<PersonsPer10K> ToPersonsPer10K<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IStaffDensityUnit
        => quantity.ConvertTo<PersonsPer10K>();

    /// <summary>Converts <paramref name="quantity"/> to persons per 100,000 population.</summary>
    public static Quantity<PersonsPer100K> ToPersonsPer100K<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IStaffDensityUnit
        => quantity.ConvertTo<PersonsPer100K>();

    /// <summary>Converts <paramref name="quantity"/> to yuan.</summary>
    public static Quantity<Yuan> ToYuan<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IMoneyUnit
        => quantity.ConvertTo<Yuan>();

    /// <summary>Converts <paramref name="quantity"/> to 10,000 yuan.</summary>
    public static Quantity<TenThousandYuan> ToTenThousandYuan<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IMoneyUnit
        => quantity.ConvertTo<TenThousandYuan>();

    /// <summary>Converts <paramref name="quantity"/> to 100 million yuan.</summary>
    public static Quantity<HundredMillionYuan> ToHundredMillionYuan<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IMoneyUnit
        => quantity.ConvertTo<HundredMillionYuan>();

    /// <summary>Converts <paramref name="quantity"/> to persons.</summary>
    public static Quantity<Persons> ToPersons<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IPersonsUnit
        => quantity.ConvertTo<Persons>();

    /// <summary>Converts <paramref name="quantity"/> to 10,000 persons.</summary>
    public static Quantity<TenThousandPersons> ToTenThousandPersons<TFrom>(this Quantity<TFrom> quantity) where TFrom : struct, IPersonsUnit
        => quantity.ConvertTo<TenThousandPersons>();
}
