using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using UnitInfo = HealthPlan.Catalogue.Units.UnitInfo;

namespace HealthPlan.Catalogue.TargetQuery.Rendering;

/// <summary>How the app writes the catalogue's enums, numbers and sources as text.</summary>
internal static class Words
{
    /// <summary>The plan-file word of an operator: <c>&gt;=</c>, <c>range</c>, <c>increase-by</c>.</summary>
    public static string Operator(TargetOperator op)
        => PlanFileTokens.Operators.TokenOf(op) ?? throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown target operator.");

    /// <summary>The plan-file word of a level: <c>prefecture-city</c>.</summary>
    public static string Level(AdministrativeLevel level) => PlanFileTokens.Levels.TokenOf(level)!;

    /// <summary>The plan-file word of a direction: <c>higher-is-better</c>.</summary>
    public static string Direction(Direction direction) => PlanFileTokens.Directions.TokenOf(direction)!;

    /// <summary>The plan-file word of an attribute (<c>binding</c>, <c>anticipatory</c>), or <c>unspecified</c>.</summary>
    public static string Attribute(IndicatorAttribute attribute) => PlanFileTokens.Attributes.TokenOf(attribute) ?? "unspecified";

    /// <summary><c>binding 约束性</c>, <c>anticipatory 预期性</c>, or a dash when the plan does not say.</summary>
    public static string AttributeCell(IndicatorAttribute attribute)
        => attribute == IndicatorAttribute.Unspecified ? "—" : attribute.Describe();

    /// <summary>The outcome as a JSON word: <c>met</c>, <c>not-met</c> or <c>cannot-tell</c>.</summary>
    public static string Outcome(AssessmentOutcome outcome) => AssessmentTokens.Outcomes.TokenOf(outcome)!;

    /// <summary>A number as the catalogue writes it: invariant, up to ten decimals.</summary>
    public static string Number(double value) => Wording.Number(value);

    /// <summary>The unit as a cell: its symbol, or its id for units without a symbol.</summary>
    public static string UnitCell(UnitInfo unit) => unit.ToString();

    /// <summary>
    /// The baselines an indicator's targets are measured from (<see cref="ITarget.Baseline"/>), each once: <c>6.5 ‰ in 2015</c>;
    /// for an indicator without targets, its own (<see cref="IIndicator.Baseline"/>). Empty when the plan gives none.
    /// </summary>
    public static IReadOnlyList<string> Baselines(IIndicator indicator)
    {
        var baselines = indicator.Targets.Count == 0
            ? new[] { indicator.Baseline() }
            : indicator.Targets.Select(target => target.Baseline);
        return baselines.Where(baseline => baseline.IsKnown).Select(baseline => baseline.ToString()).Distinct().ToArray();
    }

    /// <summary>
    /// A target in words, and under it, when the plan records a later value (<see cref="ITarget.RecordedProgress"/>), where that
    /// value puts it: <c>≥ 79 岁 by 2030</c>, then <c>  79 岁 in 2024 → substantial progress</c>.
    /// </summary>
    public static string TargetWithProgress(ITarget target)
        => target.RecordedProgress is { } progress && target.LatestRecorded is { } recorded
            ? $"{target}\n  {recorded} → {progress.Status.Describe()}"
            : target.ToString() ?? string.Empty;

    /// <summary>The distinct source lines of an indicator's values and targets (every place each is stated), ascending: <c>37, 39</c>.</summary>
    public static string SourceLines(IIndicator indicator)
    {
        var lines = indicator.Values.SelectMany(value => value.Sources).Select(source => source.Line)
            .Concat(indicator.Targets.SelectMany(target => target.Sources).Select(source => source.Line))
            .OfType<int>()
            .Distinct()
            .OrderBy(line => line);
        return string.Join(", ", lines.Select(line => line.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary><c>阜新市 Fuxin</c>.</summary>
    public static string Region(Region region) => region.NameZh + " " + region.NameEn;

    /// <summary><c>2016–2020</c>.</summary>
    public static string Period(Plan plan)
        => plan.PeriodStart.ToString(CultureInfo.InvariantCulture) + "–" + plan.PeriodEnd.ToString(CultureInfo.InvariantCulture);
}
