using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>A baseline or reported value of any unit: what tools that list or export values work with.</summary>
public interface IReportedValue
{
    /// <summary>The year the value refers to.</summary>
    int Year { get; }

    /// <summary>The number, in <see cref="Unit"/>.</summary>
    double Value { get; }

    /// <summary>The indicator's unit.</summary>
    UnitInfo Unit { get; }

    /// <summary>The part of the indicator the value applies to (<c>urban</c>); null for the whole.</summary>
    string? Scope { get; }

    /// <summary>A curator's note where the document looks wrong or ambiguous.</summary>
    string? Note { get; }

    /// <summary>Where the value is stated in the source document.</summary>
    Provenance Source { get; }

    /// <summary>
    /// The value in words with its year and scope, in <paramref name="unit"/> (default: the indicator's own):
    /// <c>1.3 /万 in 2015</c>, <c>0.013 % in 2015</c>. <see cref="object.ToString"/> returns the same in the indicator's unit.
    /// </summary>
    /// <exception cref="System.InvalidOperationException"><paramref name="unit"/> measures another dimension.</exception>
    string Describe(UnitInfo? unit = null);
}

/// <summary>A baseline or reported value of an indicator, with its year and source.</summary>
/// <typeparam name="TUnit">The indicator's unit.</typeparam>
/// <param name="Year">The year the value refers to.</param>
/// <param name="Quantity">The value.</param>
/// <param name="Source">Where the value is stated.</param>
/// <param name="Scope">The part of the indicator the value applies to, or null.</param>
/// <param name="Note">A curator's note, or null.</param>
public sealed record ReportedValue<TUnit>(int Year, Quantity<TUnit> Quantity, Provenance Source, string? Scope = null, string? Note = null)
    : IReportedValue
    where TUnit : class, IUnit
{
    /// <inheritdoc />
    public double Value => Quantity.Value;

    /// <inheritdoc />
    public UnitInfo Unit => TUnit.Info;

    /// <inheritdoc />
    public string Describe(UnitInfo? unit = null)
    {
        var shownIn = unit ?? TUnit.Info;
        double value = ReferenceEquals(shownIn, TUnit.Info) ? Value : TUnit.Info.ConvertTo(Value, shownIn);
        return Wording.InYear(shownIn.Format(value), Year, Scope);
    }

    /// <summary><c>76.9 岁 in 2015</c>.</summary>
    public override string ToString() => Describe();
}
