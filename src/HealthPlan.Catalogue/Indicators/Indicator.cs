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
public sealed class Indicator<TUnit> : IIndicator, IPlanMember where TUnit : class, IUnit
{
    private readonly Target<TUnit>[] _targets;
    private readonly ReportedValue<TUnit>[] _values;

    /// <summary>Creates an indicator and attaches its targets to it.</summary>
    /// <param name="planId">The id of the plan the indicator belongs to.</param>
    /// <param name="id">The indicator's id within the plan.</param>
    /// <param name="nameZh">The name as the plan writes it.</param>
    /// <param name="nameEn">The English name.</param>
    /// <param name="concept">The shared concept id.</param>
    /// <param name="category">The category id.</param>
    /// <param name="direction">Which way the indicator should move.</param>
    /// <param name="values">Baselines and reported values.</param>
    /// <param name="targets">Targets; each carries its own baseline value (<see cref="ITarget.BaselineValue"/>).</param>
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
        : this(
            planId,
            new IndicatorModel(id, nameZh, nameEn, concept, category, categoryZh, TUnit.Info, direction, attribute,
                EquatableArray<ValueModel>.Empty, EquatableArray<TargetModel>.Empty, (notes ?? Array.Empty<string>()).ToEquatableArray()),
            values?.ToArray() ?? throw new ArgumentNullException(nameof(values)),
            targets?.ToArray() ?? throw new ArgumentNullException(nameof(targets)))
    {
    }

    /// <summary>The indicator <paramref name="definition"/> states (its values and targets already typed), of the plan <paramref name="planId"/>.</summary>
    internal Indicator(string planId, IndicatorModel definition, ReportedValue<TUnit>[] values, Target<TUnit>[] targets)
    {
        PlanId = planId ?? throw new ArgumentNullException(nameof(planId));
        Id = definition.Id ?? throw new ArgumentNullException("id");
        NameZh = definition.NameZh ?? throw new ArgumentNullException("nameZh");
        NameEn = definition.NameEn ?? throw new ArgumentNullException("nameEn");
        Concept = definition.Concept ?? throw new ArgumentNullException("concept");
        Category = definition.Category ?? throw new ArgumentNullException("category");
        CategoryZh = definition.CategoryZh;
        Direction = definition.Direction;
        Attribute = definition.Attribute;
        Notes = definition.Notes.Count == 0 ? Array.Empty<string>() : definition.Notes.ToArray();
        Unit = definition.Unit;
        _targets = targets;
        _values = values;
        foreach (var target in targets)
        {
            target.AttachTo(this);
        }
    }

    /// <summary>Targets, in document order.</summary>
    public IReadOnlyList<Target<TUnit>> Targets => _targets;

    /// <summary>Baselines and reported values, in document order.</summary>
    public IReadOnlyList<ReportedValue<TUnit>> Values => _values;

    /// <summary>
    /// The target for <paramref name="year"/> and <paramref name="scope"/>. When the document states several and they all say the same
    /// (<see cref="ITarget.SaysTheSame"/>: restatements, or a bare table figure and the same number with words), the one with words,
    /// else the first; when they differ, the one the plan's indicator table states (<see cref="ITarget.InTable"/>).
    /// </summary>
    /// <exception cref="KeyNotFoundException">The plan sets no such target; the message lists the ones it does set.</exception>
    /// <exception cref="InvalidOperationException">
    /// The plan states differing targets for that year and scope and marks none (or several) as its table's; the message lists them.
    /// Use <see cref="TargetsFor"/> to get them all.
    /// </exception>
    public Target<TUnit> Target(int year, string? scope = null)
    {
        var targets = TargetsFor(year, scope);
        if (targets.Count == 0)
        {
            throw new KeyNotFoundException(
                $"{NameEn} ({Id}) has no target for {year}{(scope is null ? string.Empty : " (" + scope + ")")}. Targets: {DescribeTargets()}.");
        }

        return TargetChoice.Choose(targets) ?? throw new InvalidOperationException(
            $"{NameEn} ({Id}) states {targets.Count} differing targets for {year}{(scope is null ? string.Empty : " (" + scope + ")")} and none is marked "
            + $"as the indicator table's: {string.Join("; ", targets.Select(target => target.ToString() + " (" + target.Source + ")"))}. "
            + "Use TargetsFor(year, scope) to get them all.");
    }

    /// <summary>
    /// The target <see cref="Target"/> would return for <paramref name="year"/> and <paramref name="scope"/>, or null: when the plan sets
    /// none, and also when it states differing targets and marks none as its table's (it never throws; use <see cref="TargetsFor"/> for them).
    /// </summary>
    public Target<TUnit>? FindTarget(int year, string? scope = null) => TargetChoice.Choose(TargetsFor(year, scope));

    /// <summary>Every target for <paramref name="year"/> and <paramref name="scope"/>, in document order; empty when there is none.</summary>
    public IReadOnlyList<Target<TUnit>> TargetsFor(int year, string? scope = null)
    {
        List<Target<TUnit>>? found = null;
        foreach (var target in _targets)
        {
            if (target.Year == year && target.Scope == scope)
            {
                (found ??= new List<Target<TUnit>>()).Add(target);
            }
        }

        return (IReadOnlyList<Target<TUnit>>?)found ?? Array.Empty<Target<TUnit>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<Target<TUnit>> JudgedTargets(int year, string? scope = null)
        => TargetChoice.Distinct(TargetsFor(year, scope).Where(target => !target.IsPreviousPeriod));

    /// <inheritdoc />
    public Target<TUnit>? ProgressTarget(int year, string? scope = null)
    {
        int? next = null;
        foreach (var target in _targets)
        {
            if (target.Scope == scope && !target.IsPreviousPeriod && target.Year >= year && (next is null || target.Year < next))
            {
                next = target.Year;
            }
        }

        return next is int targetYear ? TargetChoice.ForProgress(JudgedTargets(targetYear, scope)) : null;
    }

    /// <inheritdoc />
    public TargetBaseline Baseline(string? scope = null) => Baselines.Of(this, scope);

    IReadOnlyList<ITarget> IIndicator.JudgedTargets(int year, string? scope) => JudgedTargets(year, scope);

    ITarget? IIndicator.ProgressTarget(int year, string? scope) => ProgressTarget(year, scope);

    /// <summary>
    /// The level reported for <paramref name="year"/> and <paramref name="scope"/> (falling back to the unscoped one), or null.
    /// Only a level counts: a value of one year, or a value of a period marked as its end level (<see cref="IReportedValue.AtPeriodEnd"/>),
    /// never a change (<see cref="IReportedValue.ChangeFrom"/>) or a total over a period.
    /// </summary>
    public ReportedValue<TUnit>? FindValue(int year, string? scope = null)
    {
        foreach (var value in _values)
        {
            if (Baselines.LevelYear(value) == year && value.Scope == scope && Baselines.IsLevel(value))
            {
                return value;
            }
        }

        return scope is null ? null : FindValue(year);
    }

    /// <inheritdoc />
    public string PlanId { get; }

    /// <inheritdoc />
    public Plan? Plan { get; private set; }

    void IPlanMember.AttachTo(Plan plan)
    {
        if (Plan is not null && !ReferenceEquals(Plan, plan))
        {
            throw new InvalidOperationException($"Indicator {Id} already belongs to plan {Plan.Id}.");
        }

        Plan = plan;
    }

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
    public UnitInfo Unit { get; }

    /// <inheritdoc />
    public Direction Direction { get; }

    /// <inheritdoc />
    public IndicatorAttribute Attribute { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Notes { get; }

    IReadOnlyList<ITarget> IIndicator.Targets => _targets;

    IReadOnlyList<IReportedValue> IIndicator.Values => _values;

    /// <summary>Reads like the plan: <c>人均预期寿命 Life expectancy: ≥ 78 岁 by 2020</c>.</summary>
    public override string ToString() => $"{NameZh} {NameEn}: {DescribeTargets()}";

    private string DescribeTargets()
        => _targets.Length == 0 ? "no targets" : string.Join("; ", _targets.Select(target => target.ToString()));
}

/// <summary>An indicator a <see cref="Plan"/> attaches itself to when it is made.</summary>
internal interface IPlanMember
{
    /// <summary>Called once by the owning plan.</summary>
    void AttachTo(Plan plan);
}
