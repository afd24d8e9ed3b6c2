using System;
using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>
/// An indicator of a plan, typed by its unit: <c>Indicator&lt;PerMille&gt;</c> for infant mortality.
/// Its targets accept only quantities in that unit.
/// </summary>
/// <typeparam name="TUnit">The unit every value and target of the indicator is in.</typeparam>
public sealed class Indicator<TUnit> : IIndicator where TUnit : struct, IUnit
{
    private readonly Target<TUnit>[] _targets;
    private readonly ReportedValue<TUnit>[] _values;

    /// <summary>Creates an indicator and attaches its targets to it. Generated catalogue code calls this.</summary>
    /// <param name="planId">The id of the plan the indicator belongs to.</param>
    /// <param name="id">The indicator's id within the plan.</param>
    /// <param name="nameZh">The name as the plan writes it.</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="concept">The shared concept id.</param>
    /// <param name="category">The category id.</param>
    /// <param name="direction">Which way the indicator should move.</param>
    /// <param name="values">Baselines and reported values.</param>
    /// <param name="targets">Targets.</param>
    /// <param name="attribute">Binding, anticipatory or unspecified.</param>
    /// <param name="categoryZh">The plan's own category heading, or null.</param>
    /// <param name="notes">Curators' notes, or null.</param>
    public Indicator(
        string planId,
        string id,
        string nameZh,
        string nameEn,
        string concept,
        string category,
        Direction direction,
        IEnumerable<ReportedValue<TUnit>> values,
        IEnumerable<Target<TUnit>> targets,
        IndicatorAttribute attribute = IndicatorAttribute.Unspecified,
        string? categoryZh = null,
        IEnumerable<string>? notes = null)
    {
        PlanId = planId ?? throw new ArgumentNullException(nameof(planId));
        Id = id ?? throw new ArgumentNullException(nameof(id));
        NameZh = nameZh ?? throw new ArgumentNullException(nameof(nameZh));
        NameEn = nameEn ?? throw new ArgumentNullException(nameof(nameEn));
        Concept = concept ?? throw new ArgumentNullException(nameof(concept));
        Category = category ?? throw new ArgumentNullException(nameof(category));
        CategoryZh = categoryZh;
        Direction = direction;
        Attribute = attribute;
        _values = values?.ToArray() ?? throw new ArgumentNullException(nameof(values));
        _targets = targets?.ToArray() ?? throw new ArgumentNullException(nameof(targets));
        Notes = notes?.ToArray() ?? Array.Empty<string>();
        foreach (var target in _targets)
        {
            target.AttachTo(this, target.BaselineYear is int year ? FindValue(year, target.Scope)?.Value : null);
        }
    }

    /// <inheritdoc />
    public string PlanId { get; }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string NameZh { get; }

    /// <inheritdoc />
    public string NameEn { get; }

    /// <inheritdoc />
    public string Concept { get; }

    /// <inheritdoc />
    public string Category { get; }

    /// <inheritdoc />
    public string? CategoryZh { get; }

    /// <inheritdoc />
    public UnitInfo Unit => TUnit.Info;

    /// <inheritdoc />
    public Direction Direction { get; }

    /// <inheritdoc />
    public IndicatorAttribute Attribute { get; }

    /// <summary>Targets, in document order.</summary>
    public IReadOnlyList<Target<TUnit>> Targets => _targets;

    /// <summary>Baselines and reported values, in document order.</summary>
    public IReadOnlyList<ReportedValue<TUnit>> Values => _values;

    /// <inheritdoc />
    public IReadOnlyList<string> Notes { get; }

    IReadOnlyList<ITarget> IIndicator.Targets => _targets;

    IReadOnlyList<IReportedValue> IIndicator.Values => _values;

    /// <summary>
    /// The target for <paramref name="year"/> and <paramref name="scope"/>: the first one the document
    /// states, when it states several.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The plan sets no such target; the message lists the ones it does set.</exception>
    public Target<TUnit> Target(int year, string? scope = null)
        => FindTarget(year, scope) ?? throw new KeyNotFoundException(
            $"{NameEn} ({Id}) has no target for {year}{(scope is null ? string.Empty : " (" + scope + ")")}. Targets: {DescribeTargets()}.");

    /// <summary>The target for <paramref name="year"/> and <paramref name="scope"/>, or null.</summary>
    public Target<TUnit>? FindTarget(int year, string? scope = null)
    {
        foreach (var target in _targets)
        {
            if (target.Year == year && target.Scope == scope)
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>The value reported for <paramref name="year"/> and <paramref name="scope"/>, or null.</summary>
    public ReportedValue<TUnit>? FindValue(int year, string? scope = null)
    {
        foreach (var value in _values)
        {
            if (value.Year == year && value.Scope == scope)
            {
                return value;
            }
        }

        return scope is null ? null : FindValue(year);
    }

    /// <summary>Reads like the plan: <c>婴儿死亡率 Infant mortality rate: ≤ 6.3 ‰ by 2020</c>.</summary>
    public override string ToString() => $"{NameZh} {NameEn}: {DescribeTargets()}";

    private string DescribeTargets()
        => _targets.Length == 0 ? "no targets" : string.Join("; ", _targets.Select(target => target.ToString()));
}
