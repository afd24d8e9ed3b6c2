using System;
using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>A baseline or reported value of any unit: what tools that list or export values work with.</summary>
public interface IReportedValue
{
    /// <summary>The year the value refers to; for a value of a period, the period's last year unless the plan file states another.</summary>
    int Year { get; }

    /// <summary>The first year of the period the value is reported for (a total during 2011–2015); null for a value of one year.</summary>
    int? PeriodStart { get; }

    /// <summary>The last year of the period the value is reported for; null for a value of one year.</summary>
    int? PeriodEnd { get; }

    /// <summary>
    /// True when the value of a period (<see cref="PeriodStart"/>–<see cref="PeriodEnd"/>) is the level reached at the end of the period
    /// (“十二五”时期 … 下降至5.90‰); it counts as a level of <see cref="PeriodEnd"/> for baselines. False for other values.
    /// </summary>
    bool AtPeriodEnd { get; }

    /// <summary>
    /// The base year when the value is a change rather than a level (比2010年提高1.57岁: 1.57 from 2010); null for a level.
    /// Changes and values of a period are never used as baselines.
    /// </summary>
    int? ChangeFrom { get; }

    /// <summary>True when the change is a percentage of the <see cref="ChangeFrom"/> year's level (增长8.52%) rather than an amount in <see cref="Unit"/>.</summary>
    bool IsRelativeChange { get; }

    /// <summary>The number, in <see cref="Unit"/>.</summary>
    double Value { get; }

    /// <summary>The indicator's unit.</summary>
    UnitInfo Unit { get; }

    /// <summary>The part of the indicator the value applies to (<c>urban</c>); null for the whole.</summary>
    string? Scope { get; }

    /// <summary>A curator's note where the document looks wrong or ambiguous.</summary>
    string? Note { get; }

    /// <summary>Where the value is first stated in the source document: <c>Sources[0]</c>.</summary>
    Provenance Source { get; }

    /// <summary>Every place the document states the value, the first statement first (<see cref="Source"/>).</summary>
    IReadOnlyList<Provenance> Sources { get; }

    /// <summary>
    /// The value in words with its year and scope, in <paramref name="unit"/> (default: the indicator's own):
    /// <c>1.3 /万 in 2015</c>, <c>0.013 % in 2015</c>; a value of a period <c>4 个 in 2016–2020</c>; a change
    /// <c>+1.57 岁 over 2010 in 2015</c> (a relative change stays in percent of its base). <see cref="object.ToString"/>
    /// returns the same in the indicator's unit.
    /// </summary>
    /// <exception cref="System.InvalidOperationException"><paramref name="unit"/> measures another dimension.</exception>
    string Describe(UnitInfo? unit = null);
}

/// <summary>A baseline or reported value of an indicator, with its year and source.</summary>
/// <typeparam name="TUnit">The indicator's unit.</typeparam>
/// <param name="Year">The year the value refers to.</param>
/// <param name="Quantity">The value.</param>
/// <param name="Source">Where the value is (first) stated.</param>
/// <param name="Scope">The part of the indicator the value applies to, or null.</param>
/// <param name="Note">A curator's note, or null.</param>
public sealed record ReportedValue<TUnit>(int Year, Quantity<TUnit> Quantity, Provenance Source, string? Scope = null, string? Note = null)
    : IReportedValue
    where TUnit : class, IUnit
{
    private readonly Provenance[]? _sources;

    /// <summary>The value <paramref name="definition"/> states, stated at <paramref name="sources"/> (at least one): what <see cref="PlanData"/> reads.</summary>
    internal ReportedValue(ValueModel definition, Provenance[] sources)
        : this(definition.Year, new Quantity<TUnit>(definition.Value.Value), sources[0], definition.Scope, definition.Note)
    {
        _sources = sources.Length == 1 ? null : sources;
        PeriodStart = definition.PeriodStart;
        PeriodEnd = definition.PeriodEnd;
        ChangeFrom = definition.ChangeFrom;
        IsRelativeChange = definition.Relative;
        AtPeriodEnd = definition.AtPeriodEnd;
    }

    /// <inheritdoc />
    public double Value => Quantity.Value;

    /// <inheritdoc />
    public UnitInfo Unit => TUnit.Info;

    /// <inheritdoc />
    /// <remarks>When set, the first must be <see cref="Source"/>; by default the list holds <see cref="Source"/> alone.</remarks>
    /// <exception cref="ArgumentException">The list is empty or does not start with <see cref="Source"/>.</exception>
    public IReadOnlyList<Provenance> Sources
    {
        get => _sources ?? new[] { Source };
        init
        {
            var sources = value?.ToArray() ?? throw new ArgumentNullException(nameof(value));
            if (sources.Length == 0 || sources[0] != Source)
            {
                throw new ArgumentException("Sources must list at least one source, the first being Source.", nameof(value));
            }

            _sources = sources.Length == 1 ? null : sources;
        }
    }

    /// <inheritdoc />
    public int? PeriodStart { get; init; }

    /// <inheritdoc />
    public int? PeriodEnd { get; init; }

    /// <inheritdoc />
    /// <remarks>The level reached at the end of the period; counts as a level of <see cref="PeriodEnd"/> for baselines.</remarks>
    public bool AtPeriodEnd { get; init; }

    /// <inheritdoc />
    public int? ChangeFrom { get; init; }

    /// <inheritdoc />
    public bool IsRelativeChange { get; init; }

    /// <inheritdoc />
    public string Describe(UnitInfo? unit = null)
    {
        var shownIn = unit ?? TUnit.Info;
        bool relative = ChangeFrom is not null && IsRelativeChange;
        double value = relative || ReferenceEquals(shownIn, TUnit.Info) ? Value : TUnit.Info.ConvertTo(Value, shownIn);
        return Wording.Reported(Wording.Number(value), shownIn.Symbol, Year, PeriodStart, PeriodEnd, ChangeFrom, IsRelativeChange, Scope);
    }

    /// <summary><c>76.9 岁 in 2015</c>.</summary>
    public override string ToString() => Describe();

    /// <inheritdoc />
    public bool Equals(ReportedValue<TUnit>? other)
        => other is not null && Year == other.Year && Quantity.Equals(other.Quantity) && Source == other.Source && Scope == other.Scope
            && Note == other.Note && PeriodStart == other.PeriodStart && PeriodEnd == other.PeriodEnd && ChangeFrom == other.ChangeFrom
            && IsRelativeChange == other.IsRelativeChange && AtPeriodEnd == other.AtPeriodEnd && Sources.SequenceEqual(other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Quantity, Source, Scope, Note, PeriodStart, PeriodEnd, ChangeFrom);
}
