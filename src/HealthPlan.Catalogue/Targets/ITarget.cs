using System.Collections.Generic;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>A target of any unit: what tools that list or export targets work with.</summary>
public interface ITarget
{
    /// <summary>The year by which the target is to be reached.</summary>
    int Year { get; }

    /// <summary>How the actual value is compared with the target.</summary>
    TargetOperator Operator { get; }

    /// <summary>The target value (for a range, its lower bound; for an increase or decrease, the amount); null for a qualitative goal.</summary>
    double? Value { get; }

    /// <summary>The upper bound of a range target; otherwise null.</summary>
    double? ValueMax { get; }

    /// <summary>The tolerance of an <see cref="TargetOperator.About"/> target as stated by the plan file; null means the default 5% of the value.</summary>
    double? Tolerance { get; }

    /// <summary>The number of decimals the document states the value with (6.30 → 2): display and neutral reach targets use it.</summary>
    int Decimals { get; }

    /// <summary>The baseline year of an increase or decrease target; otherwise null.</summary>
    int? BaselineYear { get; }

    /// <summary>True when an increase or decrease is a percentage of the baseline rather than an amount in the indicator's unit.</summary>
    bool IsRelative { get; }

    /// <summary>The part of the indicator this target applies to (<c>urban</c>, <c>inpatient</c>); null for the whole.</summary>
    string? Scope { get; }

    /// <summary>A benchmark the plan quotes beside the target (省指标 ≥90%), if any.</summary>
    TargetReference? Reference { get; }

    /// <summary>The goal in Chinese, for qualitative targets (实现全覆盖).</summary>
    string? TextZh { get; }

    /// <summary>The goal in English, for qualitative targets.</summary>
    string? TextEn { get; }

    /// <summary>A curator's note where the document looks wrong or ambiguous.</summary>
    string? Note { get; }

    /// <summary>Where the target is first stated in the source document: <c>Sources[0]</c>.</summary>
    Provenance Source { get; }

    /// <summary>Every place the document states this target (same operator and numbers), the first statement first (<see cref="Source"/>).</summary>
    IReadOnlyList<Provenance> Sources { get; }

    /// <summary>
    /// True when the plan file marks this target as the one the plan's indicator table states, among targets of the same year
    /// and scope that differ (<c>"table": true</c>); <see cref="Indicator{TUnit}.Target"/> then returns it.
    /// </summary>
    bool InTable { get; }

    /// <summary>
    /// True for a previous plan's target the plan restates (a table column for a year before the plan's period,
    /// <c>"previousPeriod": true</c>): shown as the previous period's, never assessed or used for progress.
    /// </summary>
    bool IsPreviousPeriod { get; }

    /// <summary>The indicator's unit.</summary>
    UnitInfo Unit { get; }

    /// <summary>The indicator this target belongs to.</summary>
    IIndicator Indicator { get; }

    /// <summary>
    /// The value in <see cref="BaselineYear"/> an increase or decrease target starts from, when the plan gives one
    /// (resolved from the plan's values when the catalogue is generated).
    /// </summary>
    double? BaselineValue { get; }

    /// <summary>
    /// The number, in <see cref="Unit"/>, actual values are compared with: for an increase or decrease the baseline moved
    /// by the amount (null when the baseline is not known), otherwise <see cref="Value"/> (a range's lower bound); null for
    /// a qualitative goal. Lets targets of different plans be compared: <c>+1 岁 over 2015</c> from 76.34 is 77.34.
    /// </summary>
    double? ThresholdValue { get; }

    /// <summary>The target in words, without the year: <c>≥ 95 %</c>.</summary>
    string Describe();

    /// <summary>
    /// The target in words in another unit of the same dimension, without the year: a ≤ 130 /万 target in
    /// percent reads <c>≤ 1.3 %</c>. A relative increase or decrease stays in percent of its baseline.
    /// </summary>
    /// <exception cref="System.InvalidOperationException"><paramref name="unit"/> measures another dimension.</exception>
    string Describe(UnitInfo unit);

    /// <summary>
    /// The target in words with its year and scope, in <paramref name="unit"/> (default: the target's own):
    /// <c>≥ 95 % by 2020</c>, <c>&lt; 12 分钟 by 2025 (urban)</c>, and for a previous plan's target the plan restates
    /// <c>≤ 6.3 ‰ by 2020 (previous plan)</c>. <see cref="object.ToString"/> returns the same in the target's unit.
    /// </summary>
    /// <exception cref="System.InvalidOperationException"><paramref name="unit"/> measures another dimension.</exception>
    string DescribeWithYear(UnitInfo? unit = null);

    /// <summary>Assesses a plain number, in the indicator's unit, against this target.</summary>
    /// <param name="actual">The measured value in <see cref="Unit"/>.</param>
    /// <param name="baseline">The baseline for increase or decrease targets; defaults to <see cref="BaselineValue"/>.</param>
    TargetAssessment AssessValue(double actual, double? baseline = null);

    /// <summary>
    /// Progress of <paramref name="value"/>, measured in <paramref name="year"/>, towards this target: Open SDG's progress
    /// measure and the values expected on the way (docs/progress.md).
    /// </summary>
    /// <param name="year">The year the value was measured: after the base year, at the latest the target's year.</param>
    /// <param name="value">The measured value in <see cref="Unit"/>.</param>
    /// <param name="baseline">
    /// The value progress is measured from, converted to <see cref="Unit"/> when in another unit of the same dimension. By default
    /// <see cref="Baseline"/>; without one the status is <see cref="ProgressStatus.NotAvailable"/> and the reason says why.
    /// </param>
    /// <exception cref="System.InvalidOperationException"><paramref name="baseline"/> measures another dimension.</exception>
    TargetProgress ProgressOf(int year, double value, IReportedValue? baseline = null);

    /// <summary>Progress of <paramref name="value"/> in <paramref name="year"/> from an explicit baseline, in <see cref="Unit"/>.</summary>
    /// <param name="year">The year the value was measured.</param>
    /// <param name="value">The measured value in <see cref="Unit"/>.</param>
    /// <param name="baseYear">The baseline's year.</param>
    /// <param name="baseValue">The baseline's value in <see cref="Unit"/>.</param>
    TargetProgress ProgressOf(int year, double value, int baseYear, double baseValue);

    /// <summary>
    /// The value this target is measured from, decided once for every output (docs/progress.md, "Which baseline"): for an increase or
    /// decrease, the level of <see cref="BaselineYear"/>; otherwise the indicator's latest level (of the target's scope, else unscoped)
    /// at or before the year before its plan's period (2015 for a 2016–2020 plan; for an indicator in no plan, the year before the
    /// target's). A previous plan's target has none. When there is none, <see cref="TargetBaseline.Reason"/> says why.
    /// </summary>
    TargetBaseline Baseline { get; }

    /// <summary>
    /// The value the plan itself records that progress is measured at without actuals, decided once for every output
    /// (docs/progress.md, "Progress from recorded values"): the latest level of the indicator (of the target's scope, else
    /// unscoped) after <see cref="Baseline"/>'s year and no later than the target year, such as a national figure from a
    /// statistical bulletin. Null when the target has no baseline or the plan records no later level.
    /// </summary>
    IReportedValue? LatestRecorded { get; }

    /// <summary>
    /// Progress towards this target at <see cref="LatestRecorded"/>, measured from <see cref="Baseline"/> exactly as an
    /// actual of that year is (<see cref="ProgressOf(int, double, IReportedValue?)"/>); null when there is no recorded value.
    /// </summary>
    TargetProgress? RecordedProgress { get; }

    /// <summary>
    /// Whether a value can be judged against this target without being given a baseline: false for an increase or decrease whose
    /// baseline value the plan does not give, and for a goal in words on an indicator measured in numbers (持续改善), which no single
    /// value meets (its progress still has a status).
    /// </summary>
    bool CanJudge { get; }

    /// <summary>
    /// Whether this target and <paramref name="other"/> are one target stated twice: the same year and scope, and the same operator and
    /// numbers (a qualitative goal: the same words), or a bare figure (达到 N, a table cell) and the same number with words (N以上, N以下,
    /// N左右). Such restatements are judged once (<see cref="IIndicator.JudgedTargets"/>).
    /// </summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="other"/> is null.</exception>
    bool SaysTheSame(ITarget other);

    /// <summary>
    /// Whether a value of <see cref="Year"/> is judged against this target: it is one of <see cref="IIndicator.JudgedTargets"/>
    /// (not a previous plan's target, and not a restatement of a target judged in its place).
    /// </summary>
    bool IsJudged { get; }
}
