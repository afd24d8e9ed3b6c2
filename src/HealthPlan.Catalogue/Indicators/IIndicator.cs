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
}
