using System;
using System.Globalization;
using System.Text;

namespace HealthPlan.Catalogue;

/// <summary>
/// How far a measured value has come from a baseline towards a target: Open SDG's progress measure (status, growth
/// ratio, score) and what Open SDG does not give (the values expected on the way, the projection at the observed rate,
/// the share of the way covered). Every rule, with worked examples, is in docs/progress.md.
/// <see cref="ITarget.ProgressOf(int, double, IReportedValue?)"/> and <see cref="PlanAssessment.Progress"/> return one.
/// </summary>
public sealed class TargetProgress
{
    internal TargetProgress(
        ITarget target, ProgressStatus status, double? score, double? growthRatio, int? baseYear, double? baseValue, int targetYear,
        double? targetValue, int year, double value, double? expectedLinear, double? expectedCompound, double? projected,
        double? shareCovered, string? reason)
    {
        Target = target;
        Status = status;
        Score = score;
        GrowthRatio = growthRatio;
        BaseYear = baseYear;
        BaseValue = baseValue;
        TargetYear = targetYear;
        TargetValue = targetValue;
        Year = year;
        Value = value;
        ExpectedLinear = expectedLinear;
        ExpectedCompound = expectedCompound;
        Projected = projected;
        ShareCovered = shareCovered;
        Reason = reason;
    }

    /// <summary>The target progress is measured towards.</summary>
    public ITarget Target { get; }

    /// <summary>Open SDG's progress status; <see cref="ProgressStatus.NotAvailable"/> with a <see cref="Reason"/> when it cannot be measured.</summary>
    public ProgressStatus Status { get; }

    /// <summary>Open SDG's identifier of <see cref="Status"/>: <c>target_achieved</c>, <c>substantial_progress</c>, … <c>not_available</c>.</summary>
    public string StatusId => ProgressTokens.OpenSdg.TokenOf(Status)!;

    /// <summary>Open SDG's score in [−5, 5]: 5 when the target is achieved; null when not available.</summary>
    public double? Score { get; }

    /// <summary>
    /// The observed compound annual growth rate over the required one, signed so that a positive ratio is movement towards
    /// the target (1 = exactly on course). Null when the target is achieved, when progress is not available, and when the
    /// baseline already sits on the target (no growth required).
    /// </summary>
    public double? GrowthRatio { get; }

    /// <summary>The year of the baseline progress is measured from; null when no baseline is known.</summary>
    public int? BaseYear { get; }

    /// <summary>The baseline value as given (before Open SDG's rule that counts a zero as 0.001); null when no baseline is known.</summary>
    public double? BaseValue { get; }

    /// <summary>The target's year.</summary>
    public int TargetYear { get; }

    /// <summary>
    /// The value aimed at: the target value; for an increase or decrease, the threshold it sets from its baseline; for a range,
    /// the bound nearer the measured value. Null when progress is not available before it is known.
    /// </summary>
    public double? TargetValue { get; }

    /// <summary>The year the value was measured.</summary>
    public int Year { get; }

    /// <summary>The measured value, in the target's unit.</summary>
    public double Value { get; }

    /// <summary>The value expected in <see cref="Year"/> on a straight line from the baseline to <see cref="TargetValue"/> in <see cref="TargetYear"/>.</summary>
    public double? ExpectedLinear { get; }

    /// <summary>The value expected in <see cref="Year"/> at the constant annual rate that takes the baseline to <see cref="TargetValue"/> in <see cref="TargetYear"/>.</summary>
    public double? ExpectedCompound { get; }

    /// <summary>The value projected for <see cref="TargetYear"/> if the rate observed from the baseline to <see cref="Year"/> goes on.</summary>
    public double? Projected { get; }

    /// <summary>
    /// The share of the way from the baseline to <see cref="TargetValue"/> covered, as a fraction (0.4 = 40 %; above 1 past the
    /// target, below 0 the wrong way). Null when the baseline already meets the target: there is no way to cover.
    /// </summary>
    public double? ShareCovered { get; }

    /// <summary>Why progress is not available; null otherwise.</summary>
    public string? Reason { get; }

    /// <summary>The baseline in words, <c>6.5 ‰ in 2015</c>; null when progress is not available.</summary>
    public string? BaselineText => Status == ProgressStatus.NotAvailable || BaseValue is not double baseValue || BaseYear is not int baseYear
        ? null
        : Target.Unit.Format(Round(baseValue)) + " in " + baseYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The values expected in <see cref="Year"/> in words, <c>expected 5.9 ‰ (straight line), 5.88 ‰ (compound)</c>; null
    /// when there is no straight line to the target.
    /// </summary>
    public string? ExpectedText
    {
        get
        {
            if (ExpectedLinear is not double linear)
            {
                return null;
            }

            string text = "expected " + Target.Unit.Format(Round(linear)) + " (straight line)";
            return ExpectedCompound is double compound ? text + ", " + Target.Unit.Format(Round(compound)) + " (compound)" : text;
        }
    }

    /// <summary>The projection in words, <c>projected 5.85 ‰ in 2020</c>; null when there is none.</summary>
    public string? ProjectedText => Projected is double projected
        ? "projected " + Target.Unit.Format(Round(projected)) + " in " + TargetYear.ToString(CultureInfo.InvariantCulture)
        : null;

    /// <summary>The share of the way covered in words, <c>40 % of the way</c>; null when there is no way to cover.</summary>
    public string? ShareText => ShareCovered is double share ? Wording.Number(Math.Round(share * 100)) + " % of the way" : null;

    /// <summary>
    /// Progress in words: <c>moderate progress: 6 ‰ in 2018 from 6.5 ‰ in 2015 towards ≤ 5.5 ‰ by 2020; growth ratio 0.69,
    /// score 0.63; expected 5.9 ‰ (straight line), 5.89 ‰ (compound); projected 5.24 ‰ in 2020; 50 % of the way</c>.
    /// Tools that lay progress out themselves use the parts: <see cref="BaselineText"/>, <see cref="ExpectedText"/>,
    /// <see cref="ProjectedText"/>, <see cref="ShareText"/>.
    /// </summary>
    public string Describe()
    {
        if (Status == ProgressStatus.NotAvailable)
        {
            return Status.Describe() + ": " + Reason;
        }

        var text = new StringBuilder()
            .Append(Status.Describe()).Append(": ")
            .Append(Target.Unit.Format(Round(Value))).Append(" in ").Append(Year.ToString(CultureInfo.InvariantCulture))
            .Append(" from ").Append(BaselineText)
            .Append(" towards ").Append(Target.DescribeWithYear());
        if (GrowthRatio is double ratio)
        {
            text.Append("; growth ratio ").Append(Wording.Number(Round(ratio)));
        }

        text.Append(GrowthRatio is null ? "; score " : ", score ").Append(Wording.Number(Round(Score.GetValueOrDefault())));
        foreach (string? part in new[] { ExpectedText, ProjectedText, ShareText })
        {
            if (part is not null)
            {
                text.Append("; ").Append(part);
            }
        }

        return text.ToString();
    }

    /// <summary>The same as <see cref="Describe"/>.</summary>
    public override string ToString() => Describe();

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
