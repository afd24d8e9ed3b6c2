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

/// <summary>
/// The unit-independent part of every <see cref="ReportedValue{TUnit}"/>: what the document reports. Work with it
/// through <see cref="IReportedValue"/>; it exists so that this code is compiled once for all units rather than once per unit.
/// </summary>
public abstract record ReportedValue : IReportedValue
{
    private protected ReportedValue(int year, double value, UnitInfo unit, Provenance source, string? scope, string? note)
    {
        Year = year;
        Value = value;
        Unit = unit;
        Source = source ?? throw new System.ArgumentNullException(nameof(source));
        Scope = scope;
        Note = note;
    }

    /// <inheritdoc />
    public int Year { get; init; }

    /// <inheritdoc />
    public double Value { get; }

    /// <inheritdoc />
    public UnitInfo Unit { get; }

    /// <inheritdoc />
    public Provenance Source { get; init; }

    /// <inheritdoc />
    public string? Scope { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }

    /// <inheritdoc />
    public string Describe(UnitInfo? unit = null)
    {
        var shownIn = unit ?? Unit;
        double value = ReferenceEquals(shownIn, Unit) ? Value : Unit.ConvertTo(Value, shownIn);
        return Wording.InYear(shownIn.Format(value), Year, Scope);
    }

    /// <summary><c>76.9 岁 in 2015</c>.</summary>
    public sealed override string ToString() => Describe();
}

/// <summary>A baseline or reported value of an indicator, with its year and source, typed by the indicator's unit.</summary>
/// <typeparam name="TUnit">The indicator's unit.</typeparam>
public sealed record ReportedValue<TUnit> : ReportedValue
    where TUnit : class, IUnit
{
    /// <summary>Creates a reported value.</summary>
    /// <param name="year">The year the value refers to.</param>
    /// <param name="quantity">The value.</param>
    /// <param name="source">Where the value is stated.</param>
    /// <param name="scope">The part of the indicator the value applies to, or null.</param>
    /// <param name="note">A curator's note, or null.</param>
    public ReportedValue(int year, Quantity<TUnit> quantity, Provenance source, string? scope = null, string? note = null)
        : base(year, quantity.Value, TUnit.Info, source, scope, note)
    {
    }

    /// <summary>The value generated data states; <see cref="PlanData"/> passes the unit it has already looked up.</summary>
    internal ReportedValue(ValueDefinition definition, UnitInfo unit)
        : base(definition.Year, definition.Value, unit, definition.Source, definition.Scope, definition.Note)
    {
    }

    /// <summary>The value as a quantity in the indicator's unit.</summary>
    public Quantity<TUnit> Quantity => new(Value);
}
