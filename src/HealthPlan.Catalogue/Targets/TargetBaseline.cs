using System.Collections.Generic;
using System.Globalization;

namespace HealthPlan.Catalogue;

/// <summary>
/// The value a target is measured from: its year, its number and the reported value that states it; or, when the plan
/// gives none, why not (<see cref="Reason"/>). <see cref="ITarget.Baseline"/> decides it once for every output.
/// </summary>
/// <param name="Year">The base year; null when there is no baseline.</param>
/// <param name="Value">The baseline in the target's unit; null when there is no baseline.</param>
/// <param name="Reported">The reported value the baseline is (with its sources); null when there is none, or when the baseline is only a number given with the target.</param>
/// <param name="Reason">Why there is no baseline; null when there is one.</param>
public sealed record TargetBaseline(int? Year, double? Value, IReportedValue? Reported, string? Reason)
{
    /// <summary>
    /// Why progress cannot be measured without a baseline, as progress words it: the reason itself where it already names
    /// the baseline (a change's baseline year), else <c>no baseline: …</c>.
    /// </summary>
    internal string? ProgressReason { get; init; }

    /// <summary>Whether the plan gives a baseline (<see cref="Year"/> and <see cref="Value"/> are set).</summary>
    public bool IsKnown => Year is not null && Value is not null;

    /// <summary><c>8.1 ‰ in 2015</c>, or <c>no baseline: …</c> with the reason.</summary>
    public override string ToString()
        => Reported?.ToString()
            ?? (IsKnown ? Wording.Number(Value.GetValueOrDefault()) + " in " + Year.GetValueOrDefault().ToString(CultureInfo.InvariantCulture) : "no baseline: " + Reason);
}

/// <summary>
/// Which value a target is measured from, decided once (docs/progress.md, "Which baseline"): for a change (比2015年提高1岁)
/// the level of its baseline year; otherwise, for a plan whose period starts in year Y, the indicator's latest level
/// (of the target's scope, else unscoped) at or before Y−1. A level is a value of one year, or a value of a period
/// marked as the level reached at its end; a change or a total over a period is not.
/// </summary>
internal static class Baselines
{
    /// <summary>Whether <paramref name="value"/> is a level, and so can be a baseline (the rule the generator uses too).</summary>
    public static bool IsLevel(IReportedValue value) => ValueModel.IsLevelOf(value.PeriodStart, value.ChangeFrom, value.AtPeriodEnd);

    /// <summary>The year <paramref name="value"/> is the level of.</summary>
    public static int LevelYear(IReportedValue value) => ValueModel.LevelYearOf(value.Year, value.PeriodEnd, value.AtPeriodEnd);

    /// <summary>The baseline of <paramref name="target"/>.</summary>
    public static TargetBaseline Of(ITarget target)
    {
        var indicator = target.Indicator;
        if (target.IsPreviousPeriod)
        {
            return None($"a previous plan's target ({Year(target.Year)}), restated for reference: it is not measured");
        }

        if (target.Operator.IsChange())
        {
            int baseYear = target.BaselineYear.GetValueOrDefault();
            var level = LatestLevel(indicator, target.Scope, baseYear, exactly: true);
            if (target.BaselineValue is double stated)
            {
                return new TargetBaseline(baseYear, stated, level is not null && level.Value == stated ? level : null, null);
            }

            string reason = $"the target is relative to {Year(baseYear)} and the plan gives no {Year(baseYear)} value";
            return None(reason) with { ProgressReason = reason };
        }

        int? plansBaseYear = BaseYear(indicator);
        return Latest(indicator, target.Scope, plansBaseYear ?? target.Year - 1);
    }

    /// <summary>
    /// The value progress of <paramref name="target"/> is measured at when no actuals are given: the latest level the plan
    /// records (of the target's scope, else unscoped) after the baseline's year and no later than the target year; null
    /// when the target has no baseline or the plan records no later level.
    /// </summary>
    public static IReportedValue? LatestRecorded(ITarget target)
    {
        var baseline = target.Baseline;
        if (baseline.Year is not int baseYear)
        {
            return null;
        }

        var latest = LatestLevel(target.Indicator, target.Scope, target.Year, exactly: false);
        return latest is not null && LevelYear(latest) > baseYear ? latest : null;
    }

    /// <summary>The baseline of <paramref name="indicator"/> for <paramref name="scope"/>: its latest level in its plan's base year or before.</summary>
    public static TargetBaseline Of(IIndicator indicator, string? scope)
        => Latest(indicator, scope, BaseYear(indicator) ?? int.MaxValue);

    /// <summary>The year before the indicator's plan's period, or null for an indicator that belongs to no plan.</summary>
    private static int? BaseYear(IIndicator indicator) => indicator.Plan is Plan plan ? plan.PeriodStart - 1 : null;

    private static TargetBaseline Latest(IIndicator indicator, string? scope, int atOrBefore)
    {
        var level = LatestLevel(indicator, scope, atOrBefore, exactly: false);
        if (level is not null)
        {
            return new TargetBaseline(LevelYear(level), level.Value, level, null);
        }

        string when = atOrBefore == int.MaxValue ? string.Empty : " at or before " + Year(atOrBefore);
        string period = indicator.Plan is Plan plan && atOrBefore == plan.PeriodStart - 1
            ? $" (the year before the plan's period {Year(plan.PeriodStart)}–{Year(plan.PeriodEnd)})"
            : string.Empty;
        return None($"the plan gives no level{ScopeText(scope)}{when}{period}");
    }

    /// <summary>The latest level of <paramref name="scope"/> (else unscoped) in <paramref name="year"/> or, unless <paramref name="exactly"/>, before it.</summary>
    private static IReportedValue? LatestLevel(IIndicator indicator, string? scope, int year, bool exactly)
        => (scope is null ? null : LatestLevelOf(indicator.Values, scope, year, exactly)) ?? LatestLevelOf(indicator.Values, null, year, exactly);

    private static IReportedValue? LatestLevelOf(IReadOnlyList<IReportedValue> values, string? scope, int year, bool exactly)
    {
        IReportedValue? latest = null;
        foreach (var value in values)
        {
            int levelYear = LevelYear(value);
            if (value.Scope == scope && IsLevel(value) && (exactly ? levelYear == year : levelYear <= year) && (latest is null || levelYear > LevelYear(latest)))
            {
                latest = value;
            }
        }

        return latest;
    }

    private static TargetBaseline None(string reason) => new(null, null, null, reason) { ProgressReason = "no baseline: " + reason };

    private static string ScopeText(string? scope) => scope is null ? string.Empty : " (" + scope + ")";

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
