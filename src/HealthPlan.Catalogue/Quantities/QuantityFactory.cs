using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>Creates quantities from numbers: <c>6.3.PerMille()</c>, <c>95.Percent()</c>.</summary>
public static class QuantityFactory
{
    /// <summary>The quantity <paramref name="value"/> in years.</summary>
    public static Quantity<Years> Years(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in years.</summary>
    public static Quantity<Years> Years(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in days.</summary>
    public static Quantity<Days> Days(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in days.</summary>
    public static Quantity<Days> Days(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in minutes.</summary>
    public static Quantity<Minutes> Minutes(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in minutes.</summary>
    public static Quantity<Minutes> Minutes(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in percent.</summary>
    public static Quantity<Percent> Percent(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in percent.</summary>
    public static Quantity<Percent> Percent(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in per mille.</summary>
    public static Quantity<PerMille> PerMille(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in per mille.</summary>
    public static Quantity<PerMille> PerMille(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in per 10,000.</summary>
    public static Quantity<Per10K> Per10K(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in per 10,000.</summary>
    public static Quantity<Per10K> Per10K(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in per 100,000.</summary>
    public static Quantity<Per100K> Per100K(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in per 100,000.</summary>
    public static Quantity<Per100K> Per100K(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in persons per 1,000 population.</summary>
    public static Quantity<PersonsPer1000> PersonsPer1000(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in persons per 1,000 population.</summary>
    public static Quantity<PersonsPer1000> PersonsPer1000(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in persons per 10,000 population.</summary>
    public static Quantity<PersonsPer10K> PersonsPer10K(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in persons per 10,000 population.</summary>
    public static Quantity<PersonsPer10K> PersonsPer10K(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in beds per 1,000 population.</summary>
    public static Quantity<BedsPer1000> BedsPer1000(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in beds per 1,000 population.</summary>
    public static Quantity<BedsPer1000> BedsPer1000(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in yuan.</summary>
    public static Quantity<Yuan> Yuan(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in yuan.</summary>
    public static Quantity<Yuan> Yuan(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in 10,000 yuan.</summary>
    public static Quantity<TenThousandYuan> TenThousandYuan(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in 10,000 yuan.</summary>
    public static Quantity<TenThousandYuan> TenThousandYuan(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in 100 million yuan.</summary>
    public static Quantity<HundredMillionYuan> HundredMillionYuan(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in 100 million yuan.</summary>
    public static Quantity<HundredMillionYuan> HundredMillionYuan(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in count.</summary>
    public static Quantity<Count> Count(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in count.</summary>
    public static Quantity<Count> Count(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in persons.</summary>
    public static Quantity<Persons> Persons(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in persons.</summary>
    public static Quantity<Persons> Persons(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in 10,000 persons.</summary>
    public static Quantity<TenThousandPersons> TenThousandPersons(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in 10,000 persons.</summary>
    public static Quantity<TenThousandPersons> TenThousandPersons(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in beds.</summary>
    public static Quantity<Beds> Beds(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in beds.</summary>
    public static Quantity<Beds> Beds(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in visits.</summary>
    public static Quantity<Visits> Visits(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in visits.</summary>
    public static Quantity<Visits> Visits(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in boys per 100 girls.</summary>
    public static Quantity<SexRatio> SexRatio(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in boys per 100 girls.</summary>
    public static Quantity<SexRatio> SexRatio(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in children per woman.</summary>
    public static Quantity<ChildrenPerWoman> ChildrenPerWoman(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in children per woman.</summary>
    public static Quantity<ChildrenPerWoman> ChildrenPerWoman(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in ratio.</summary>
    public static Quantity<Ratio> Ratio(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in ratio.</summary>
    public static Quantity<Ratio> Ratio(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in persons per 100,000 population.</summary>
    public static Quantity<PersonsPer100K> PersonsPer100K(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in persons per 100,000 population.</summary>
    public static Quantity<PersonsPer100K> PersonsPer100K(this int value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in 10,000 square metres.</summary>
    public static Quantity<TenThousandSquareMetres> TenThousandSquareMetres(this double value) => new(value);

    /// <summary>The quantity <paramref name="value"/> in 10,000 square metres.</summary>
    public static Quantity<TenThousandSquareMetres> TenThousandSquareMetres(this int value) => new(value);

    /// <summary>A yes/no goal's outcome: 1 when <paramref name="achieved"/> is true, else 0.</summary>
    public static Quantity<Achievement> Achieved(this bool achieved) => new(achieved ? 1 : 0);
}
