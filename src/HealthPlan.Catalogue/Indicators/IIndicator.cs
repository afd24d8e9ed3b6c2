using System.Collections.Generic;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>An indicator of any unit: what registries, tools and exports work with.</summary>
public interface IIndicator
{
    /// <summary>The indicator's id within its plan (<c>infant-mortality-rate</c>).</summary>
    string Id { get; }

    /// <summary>The name as the plan writes it (婴儿死亡率).</summary>
    string NameZh { get; }

    /// <summary>The English name (Infant mortality rate).</summary>
    string NameEn { get; }

    /// <summary>The shared concept: the same indicator across plans (<c>infant-mortality-rate</c>).</summary>
    string Concept { get; }

    /// <summary>The category (<c>health-status</c>).</summary>
    string Category { get; }

    /// <summary>The plan's own category heading (健康水平), when it has one.</summary>
    string? CategoryZh { get; }

    /// <summary>The unit every value and target of the indicator is in.</summary>
    UnitInfo Unit { get; }

    /// <summary>Which way the indicator should move.</summary>
    Direction Direction { get; }

    /// <summary>Binding (约束性), anticipatory (预期性), or unspecified.</summary>
    IndicatorAttribute Attribute { get; }

    /// <summary>Baselines and reported values, in document order.</summary>
    IReadOnlyList<IReportedValue> Values { get; }

    /// <summary>Targets, in document order.</summary>
    IReadOnlyList<ITarget> Targets { get; }

    /// <summary>Curators' notes on the indicator as a whole.</summary>
    IReadOnlyList<string> Notes { get; }

    /// <summary>The id of the plan the indicator belongs to.</summary>
    string PlanId { get; }

    /// <summary>
    /// The plan the indicator belongs to, once a <see cref="Catalogue.Plan"/> has been made with it; null before.
    /// Progress uses the plan's period to find a default baseline.
    /// </summary>
    Plan? Plan { get; }

    /// <summary>
    /// The targets a value of <paramref name="year"/> (of <paramref name="scope"/>) is judged against: that year's targets, not a
    /// previous plan's, each counted once when the document restates it (<see cref="ITarget.SaysTheSame"/>). The typed
    /// <c>Assess()</c>, TargetQuery, exports and reports all judge these.
    /// </summary>
    IReadOnlyList<ITarget> JudgedTargets(int year, string? scope = null);

    /// <summary>
    /// The target a value of <paramref name="year"/> (of <paramref name="scope"/>) shows progress towards: of the first target year
    /// from <paramref name="year"/> on, the one <see cref="Indicator{TUnit}.Target"/> returns (the table's among differing targets),
    /// else the first that can be judged and has a number; null when the indicator has no such target.
    /// </summary>
    ITarget? ProgressTarget(int year, string? scope = null);

    /// <summary>
    /// The indicator's baseline for <paramref name="scope"/> (falling back to unscoped values): its latest level at or before the year
    /// before its plan's period (2015 for a 2016–2020 plan), with why not when there is none. Each target's own is
    /// <see cref="ITarget.Baseline"/>.
    /// </summary>
    TargetBaseline Baseline(string? scope = null);
}
